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
    expect(refusal({ LOG_FORMAT: 'xml' })).toContain('LOG_FORMAT');
    expect(refusal({ METRICS: 'true' })).toContain('METRICS_TOKEN');
    expect(refusal({ METRICS: 'true', METRICS_TOKEN: 'kort' })).toContain('METRICS_TOKEN');
    expect(refusal({ METRICS: 'true', METRICS_PORT: '3000' })).toContain('METRICS_PORT');
    expect(refusal({ METRICS: 'true', METRICS_PORT: '9.5' })).toContain('METRICS_PORT');
    expect(refusal({ PGLITE_OPTIMIZE: 'maybe' })).toContain('PGLITE_OPTIMIZE');
    expect(refusal({ OIDC_ISSUER: 'https://login.example.org' })).toContain('OIDC_AUDIENCE');
    expect(refusal({ OIDC_ISSUER: 'https://l.example.org', OIDC_AUDIENCE: 'v', OIDC_JWKS_URL: 'ftp://x' })).toContain('OIDC_JWKS_URL');
  });

  it('ends idle browser sessions after SESSION_IDLE_HOURS (8 by default)', () => {
    expect(load({}).auth.sessionIdleHours).toBe(8);
    expect(load({ SESSION_IDLE_HOURS: '0.5' }).auth.sessionIdleHours).toBe(0.5);
    expect(refusal({ SESSION_IDLE_HOURS: '0' })).toContain('SESSION_IDLE_HOURS');
    expect(refusal({ SESSION_IDLE_HOURS: 'otte' })).toContain('SESSION_IDLE_HOURS');
  });

  it('signs in through the provider in the browser with OIDC_CLIENT_ID, its endpoints configured or discovered', () => {
    const provider = {
      OIDC_ISSUER: 'https://login.example.org/t',
      OIDC_JWKS_URL: 'https://login.example.org/t/keys',
      OIDC_AUDIENCE: 'api',
    };
    expect(load(provider).auth.oidc?.client).toBeNull();
    expect(load({ ...provider, OIDC_CLIENT_ID: 'vejviser-web', PUBLIC_URL: 'https://vejviser.kommune.dk/' }).auth.oidc?.client).toEqual({
      clientId: 'vejviser-web',
      clientSecret: null,
      redirectUri: 'https://vejviser.kommune.dk/log-ind/sso',
      scope: 'openid profile email',
      authorizationEndpoint: null,
      tokenEndpoint: null,
    });
    expect(refusal({ ...provider, OIDC_CLIENT_ID: 'w', OIDC_TOKEN_ENDPOINT: 'https://login.example.org/token' })).toContain(
      'OIDC_AUTHORIZATION_ENDPOINT',
    );
    expect(refusal({ ...provider, OIDC_CLIENT_ID: 'w', OIDC_SCOPE: 'profile' })).toContain('OIDC_SCOPE');
    expect(refusal({ ...provider, OIDC_CLIENT_ID: 'w', OIDC_REDIRECT_URI: 'vejviser/log-ind' })).toContain('OIDC_REDIRECT_URI');
    expect(refusal({ OIDC_CLIENT_ID: 'w' })).toContain('OIDC_ISSUER');
    expect(refusal({ ...provider, OIDC_REDIRECT_URI: 'https://v.example.org/log-ind/sso' })).toBe(
      'OIDC_REDIRECT_URI kræver OIDC_CLIENT_ID.',
    );
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

  it('caches search results unless SEARCH_CACHE is off or 0', () => {
    expect(load({}).searchCache).toBe(2000);
    expect(load({ SEARCH_CACHE: '500' }).searchCache).toBe(500);
    expect(load({ SEARCH_CACHE: 'off' }).searchCache).toBe(0);
    expect(load({ SEARCH_CACHE: '0' }).searchCache).toBe(0);
    expect(refusal({ SEARCH_CACHE: 'meget' })).toMatch(/^SEARCH_CACHE skal være/);
    expect(refusal({ SEARCH_CACHE: '2.5' })).toMatch(/^SEARCH_CACHE skal være et helt antal/);
  });

  it('trusts no proxy unless TRUST_PROXY names how many or which', () => {
    expect(load({}).trustProxy).toBe(false);
    expect(load({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(load({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(load({ TRUST_PROXY: '10.0.0.5, 10.0.1.0/24,loopback,fd00::/8' }).trustProxy).toEqual([
      '10.0.0.5',
      '10.0.1.0/24',
      'loopback',
      'fd00::/8',
    ]);
    expect(refusal({ TRUST_PROXY: 'true' })).toMatch(/^TRUST_PROXY=true ville tro på X-Forwarded-For fra alle/);
    expect(refusal({ TRUST_PROXY: '10.0.0.0/33' })).toMatch(/^TRUST_PROXY: "10.0.0.0\/33"/);
    expect(refusal({ TRUST_PROXY: 'proxy.kommune.dk' })).toMatch(/^TRUST_PROXY: "proxy.kommune.dk"/);
    expect(refusal({ TRUST_PROXY: '11' })).toMatch(/^TRUST_PROXY: højst 10/);
  });

  it('sizes limits for a town hall behind one address, and lets each be set', () => {
    const config = load({});
    expect(config.limits).toEqual({ maxComplexity: 20_000, mutationsPerMinute: 120, anonymousMutationsPerMinute: 600 });
    expect(config.auth).toMatchObject({ signInFailuresPerAccount: 5, signInFailuresPerAddress: 300 });
    expect(config.network.themeDayRegistrationsPerHour).toBe(5);
    const set = load({
      MUTATIONS_PER_MINUTE: '60',
      ANONYMOUS_MUTATIONS_PER_MINUTE: '2000',
      SIGN_IN_FAILURES_PER_ACCOUNT: '10',
      SIGN_IN_FAILURES_PER_ADDRESS: '1000',
      THEME_DAY_REGISTRATIONS_PER_HOUR: '3',
    });
    expect(set.limits).toMatchObject({ mutationsPerMinute: 60, anonymousMutationsPerMinute: 2000 });
    expect(set.auth).toMatchObject({ signInFailuresPerAccount: 10, signInFailuresPerAddress: 1000 });
    expect(set.network.themeDayRegistrationsPerHour).toBe(3);
    expect(refusal({ ANONYMOUS_MUTATIONS_PER_MINUTE: '0' })).toContain('ANONYMOUS_MUTATIONS_PER_MINUTE');
    expect(refusal({ SIGN_IN_FAILURES_PER_ADDRESS: 'mange' })).toContain('SIGN_IN_FAILURES_PER_ADDRESS');
    expect(refusal({ THEME_DAY_REGISTRATIONS_PER_HOUR: '-1' })).toContain('THEME_DAY_REGISTRATIONS_PER_HOUR');
  });

  it('in production requires JWT_SECRET, and turns off demo data, sandbox and introspection', () => {
    expect(refusal({ NODE_ENV: 'production' })).toContain('JWT_SECRET');
    const config = load({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    expect(config).toMatchObject({ production: true, seedDemo: false, sandbox: false, introspection: false });
  });

  it('logs JSON in production and text elsewhere, and serves metrics only when switched on and protected', () => {
    expect(load({}).observability).toEqual({
      logFormat: 'text',
      metrics: { enabled: false, token: null, port: null, host: '127.0.0.1' },
      tracing: false,
    });
    expect(load({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).observability.logFormat).toBe('json');
    expect(load({ LOG_FORMAT: 'JSON' }).observability.logFormat).toBe('json');
    expect(load({ METRICS: 'true', METRICS_TOKEN: 't'.repeat(20) }).observability.metrics).toEqual({
      enabled: true,
      token: 't'.repeat(20),
      port: null,
      host: '127.0.0.1',
    });
    expect(load({ METRICS: 'true', METRICS_PORT: '9464' }).observability.metrics).toMatchObject({ enabled: true, port: 9464, token: null });
    expect(load({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }).observability.tracing).toBe(true);
  });
});
