import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'vejviser-config-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const load = (env: Record<string, string>) => loadConfig({ DATA_DIR: dataDir, ...env });
  const refusal = (env: Record<string, string>) => {
    try {
      load(env);
    } catch (error) {
      if (error instanceof ConfigError) return error.message;
      throw error;
    }
    throw new Error('expected a ConfigError');
  };

  it('runs embedded with sensible defaults, keeping a generated JWT secret in DATA_DIR', () => {
    const config = load({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: join(dataDir, 'pglite'), optimize: false });
    expect(load({ PGLITE_OPTIMIZE: 'true' }).database).toMatchObject({ optimize: true });
    expect(config.mail.transport).toEqual({ kind: 'file', dir: join(dataDir, 'mail') });
    expect(config.seedDemo).toBe(true);
    expect(config.auth.jwtSecret).toBe(readFileSync(join(dataDir, 'secrets', 'jwt-secret'), 'utf8'));
    expect(load({}).auth.jwtSecret).toBe(config.auth.jwtSecret);
  });

  it('names the setting that is wrong', () => {
    expect(refusal({ PORT: '70000' })).toContain('PORT');
    expect(refusal({ JWT_SECRET: 'for-kort' })).toContain('JWT_SECRET');
    expect(refusal({ SMTP_URL: 'smtp://mail.example.org:587' })).toContain('MAIL_FROM');
    expect(refusal({ SMTP_URL: 'http://mail.example.org' })).toContain('SMTP_URL');
    expect(refusal({ MAIL_RETRY_LIMIT: '-1' })).toContain('MAIL_RETRY_LIMIT');
    expect(refusal({ NODE_ENV: 'prod' })).toContain('NODE_ENV');
    expect(refusal({ PGLITE_OPTIMIZE: 'maybe' })).toContain('PGLITE_OPTIMIZE');
    expect(refusal({ OIDC_ISSUER: 'https://login.example.org' })).toContain('OIDC_AUDIENCE');
    expect(refusal({ OIDC_ISSUER: 'https://l.example.org', OIDC_AUDIENCE: 'v', OIDC_JWKS_URL: 'ftp://x' })).toContain('OIDC_JWKS_URL');
  });

  it('searches with PostgreSQL unless MEILI_URL names a Meilisearch server', () => {
    expect(load({}).search).toEqual({ meilisearch: null });
    expect(load({ MEILI_URL: 'http://127.0.0.1:7700/', MEILI_KEY: 'nøgle' }).search.meilisearch).toMatchObject({
      url: 'http://127.0.0.1:7700',
      apiKey: 'nøgle',
      indexName: 'vejviser',
    });
    expect(refusal({ MEILI_URL: '127.0.0.1:7700' })).toMatch(/^MEILI_URL skal være en http\(s\)-adresse/);
    expect(refusal({ MEILI_KEY: 'nøgle' })).toMatch(/^MEILI_KEY kræver MEILI_URL/);
  });

  it('in production requires JWT_SECRET, and turns off demo data, sandbox and introspection', () => {
    expect(refusal({ NODE_ENV: 'production' })).toContain('JWT_SECRET');
    const config = load({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    expect(config).toMatchObject({ production: true, seedDemo: false, sandbox: false, introspection: false });
  });
});
