import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AuthConfig } from '#auth';
import type { DatabaseTarget, JobsConfig, OperationLimits } from '#core';
import type { MailConfig } from '#mail';
import type { NetworkConfig } from '#network';
import type { HandoverConfig } from '#handover';
import type { SearchConfig } from '#search';
import type { UpkeepConfig } from '#upkeep';

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseTarget;
  seedDemo: boolean;
  production: boolean;
  /** Apollo Sandbox at /graphql in a browser. */
  sandbox: boolean;
  introspection: boolean;
  jobs: JobsConfig;
  mail: MailConfig;
  auth: AuthConfig;
  network: NetworkConfig;
  upkeep: UpkeepConfig;
  handover: HandoverConfig;
  corsOrigins: string[];
  limits: OperationLimits;
  search: SearchConfig;
}

/** A setting that cannot be used; start-up prints the message as one line and stops. */
export class ConfigError extends Error {}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes', 'ja'].includes(raw)) return true;
  if (['false', '0', 'no', 'nej'].includes(raw)) return false;
  throw new ConfigError(`${name} skal være true eller false (fik "${env[name]}").`);
}

function port(env: NodeJS.ProcessEnv): number {
  const raw = env.PORT?.trim();
  if (!raw) return 3000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535)
    throw new ConfigError(`PORT skal være et heltal mellem 0 og 65535 (fik "${raw}").`);
  return value;
}

function number(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max)
    throw new ConfigError(`${name} skal være et tal mellem ${min} og ${max} (fik "${raw}").`);
  return value;
}

function mail(env: NodeJS.ProcessEnv, dataDir: string, production: boolean): MailConfig {
  const url = env.SMTP_URL?.trim();
  const from = env.MAIL_FROM?.trim();
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError('SMTP_URL er ikke en gyldig adresse; skriv den som smtp://bruger:kode@vært:587 eller smtps://…:465.');
    }
    if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')
      throw new ConfigError(`SMTP_URL skal starte med smtp:// eller smtps:// (fik "${parsed.protocol}//…").`);
    if (!from) throw new ConfigError('MAIL_FROM skal angives sammen med SMTP_URL, fx MAIL_FROM="Vejviser <no-reply@kommune.dk>".');
  }
  if (from && !/<[^@\s]+@[^@\s>]+>$|^[^@\s<]+@[^@\s>]+$/.test(from))
    throw new ConfigError(`MAIL_FROM skal være en e-mailadresse, evt. med navn: "Vejviser <no-reply@kommune.dk>" (fik "${from}").`);
  const sender = from ?? 'Vejviser <vejviser@example.org>';
  return {
    from: sender,
    transport: url
      ? { kind: 'smtp', url, rejectUnauthorized: bool(env, 'SMTP_TLS_REJECT_UNAUTHORIZED', true) }
      : { kind: 'file', dir: resolve(dataDir, 'mail') },
    messageIdDomain: /@([^>\s]+)>?$/.exec(sender)?.[1] ?? 'vejviser.local',
    retryLimit: number(env, 'MAIL_RETRY_LIMIT', 8, 0, 50),
    retryDelaySeconds: number(env, 'MAIL_RETRY_DELAY_SECONDS', 30, 1, 3600),
    sendTimeoutSeconds: number(env, 'MAIL_SEND_TIMEOUT_SECONDS', 120, 5, 3600),
    production,
  };
}

/** OIDC_ISSUER, OIDC_JWKS_URL and OIDC_AUDIENCE together accept bearer tokens from that provider. */
function oidc(env: NodeJS.ProcessEnv): AuthConfig['oidc'] {
  const issuer = env.OIDC_ISSUER?.trim();
  const jwksUrl = env.OIDC_JWKS_URL?.trim();
  const audience = env.OIDC_AUDIENCE?.trim();
  if (!issuer && !jwksUrl && !audience) return null;
  if (!issuer || !jwksUrl || !audience) throw new ConfigError('OIDC_ISSUER, OIDC_JWKS_URL og OIDC_AUDIENCE skal angives sammen.');
  try {
    if (!/^https?:$/.test(new URL(jwksUrl).protocol)) throw new Error();
  } catch {
    throw new ConfigError(`OIDC_JWKS_URL skal være en https://-adresse (fik "${jwksUrl}").`);
  }
  return { issuer, jwksUrl, audience, rolesClaim: env.OIDC_ROLES_CLAIM?.trim() || 'roles' };
}

/**
 * JWT_SECRET signs access tokens. Outside production a missing one is made once and kept in
 * DATA_DIR/secrets, so sessions survive a restart; production must set it.
 */
function auth(env: NodeJS.ProcessEnv, dataDir: string, production: boolean): AuthConfig {
  let secret = env.JWT_SECRET?.trim();
  if (secret !== undefined && secret.length > 0 && secret.length < 32) throw new ConfigError('JWT_SECRET skal være mindst 32 tegn langt.');
  if (!secret) {
    if (production) throw new ConfigError('JWT_SECRET skal angives i produktion (mindst 32 tilfældige tegn).');
    const file = resolve(dataDir, 'secrets', 'jwt-secret');
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
    }
    secret = readFileSync(file, 'utf8').trim();
  }
  return {
    oidc: oidc(env),
    publicUrl: (env.PUBLIC_URL?.trim() || `http://localhost:${env.PORT?.trim() || '3000'}`).replace(/\/$/, ''),
    jwtSecret: secret,
    accessTokenMinutes: number(env, 'ACCESS_TOKEN_MINUTES', 15, 1, 24 * 60),
    refreshTokenDays: number(env, 'REFRESH_TOKEN_DAYS', 30, 1, 365),
  };
}

/** CORS_ORIGINS: comma-separated origins such as https://intra.kommune.dk. */
function corsOrigins(env: NodeJS.ProcessEnv): string[] {
  const origins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let url: URL | null = null;
    try {
      url = new URL(origin);
    } catch {
      // reported below
    }
    if (!url || url.origin !== origin)
      throw new ConfigError(`CORS_ORIGINS: "${origin}" er ikke en origin; skriv fx https://intra.kommune.dk uden sti.`);
  }
  return origins;
}

/** MEILI_URL switches search to Meilisearch (PostgreSQL stays populated as the fallback); MEILI_KEY is its API key. */
function search(env: NodeJS.ProcessEnv): SearchConfig {
  const url = env.MEILI_URL?.trim();
  const key = env.MEILI_KEY?.trim() || null;
  if (!url) {
    if (key) throw new ConfigError('MEILI_KEY kræver MEILI_URL, fx MEILI_URL=http://127.0.0.1:7700.');
    return { meilisearch: null };
  }
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    // reported below
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
    throw new ConfigError(`MEILI_URL skal være en http(s)-adresse, fx http://127.0.0.1:7700 (fik "${url}").`);
  // The same defaults as meilisearchConfig() in #search (a type-only import keeps this file free of the search lib).
  return {
    meilisearch: {
      url: url.replace(/\/+$/, ''),
      apiKey: key,
      indexName: 'vejviser',
      timeoutMs: 5_000,
      retryDelaySeconds: 10,
      retryLimit: 12,
      breakerSeconds: 10,
    },
  };
}

function database(env: NodeJS.ProcessEnv): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError('DATABASE_URL er ikke en gyldig adresse; skriv den som postgres://bruger:kode@vært:5432/database.');
    }
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
      throw new ConfigError(`DATABASE_URL skal starte med postgres:// (fik "${parsed.protocol}//…").`);
    }
    return { kind: 'postgres', url };
  }
  const dataDir = dataDirOf(env);
  return {
    kind: 'pglite',
    dataDir: dataDir.startsWith('memory://') ? dataDir : resolve(dataDir, 'pglite'),
    optimize: bool(env, 'PGLITE_OPTIMIZE', false),
  };
}

function dataDirOf(env: NodeJS.ProcessEnv): string {
  return env.DATA_DIR?.trim() || './data';
}

/** Reads and checks every setting; throws ConfigError naming the first bad one. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV?.trim() || 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV skal være development, production eller test (fik "${nodeEnv}").`);
  }
  const production = nodeEnv === 'production';
  const authConfig = auth(env, dataDirOf(env), production);
  return {
    port: port(env),
    host: env.HOST?.trim() || '0.0.0.0',
    database: database(env),
    seedDemo: bool(env, 'SEED_DEMO', !production),
    production,
    sandbox: bool(env, 'GRAPHQL_SANDBOX', !production),
    introspection: bool(env, 'GRAPHQL_INTROSPECTION', !production),
    jobs: {
      work: bool(env, 'RUN_JOBS', true),
      pollingIntervalSeconds: number(env, 'JOBS_POLL_SECONDS', 2, 0.5, 60),
      maintenanceIntervalSeconds: number(env, 'JOBS_MAINTENANCE_SECONDS', 30, 1, 3600),
    },
    mail: mail(env, dataDirOf(env), production),
    auth: authConfig,
    network: {
      publicUrl: authConfig.publicUrl,
      linkSecret: authConfig.jwtSecret,
      themeDayReminderDays: number(env, 'THEME_DAY_REMINDER_DAYS', 2, 0, 60),
      themeDayRetentionDays: number(env, 'THEME_DAY_RETENTION_DAYS', 30, 0, 3650),
      supervisionReminderHours: number(env, 'SUPERVISION_REMINDER_HOURS', 24, 1, 24 * 14),
      supervisionRetentionDays: number(env, 'SUPERVISION_RETENTION_DAYS', 3 * 365, 0, 3650),
    },
    upkeep: {
      publicUrl: authConfig.publicUrl,
      linkSecret: authConfig.jwtSecret,
      escalationDays: number(env, 'VERIFICATION_ESCALATION_DAYS', 14, 1, 365),
      verificationLinkDays: number(env, 'VERIFICATION_LINK_DAYS', 30, 1, 365),
      leftContactRetentionDays: number(env, 'LEFT_CONTACT_RETENTION_DAYS', 180, 0, 3650),
    },
    handover: { publicUrl: authConfig.publicUrl },
    corsOrigins: corsOrigins(env),
    limits: {
      maxComplexity: number(env, 'GRAPHQL_MAX_COMPLEXITY', 20_000, 100, 1_000_000),
      mutationsPerMinute: number(env, 'MUTATIONS_PER_MINUTE', 120, 1, 100_000),
    },
    search: search(env),
  };
}

/** The database URL with any password hidden, for messages. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return `PGlite i ${target.dataDir}`;
  const url = new URL(target.url);
  if (url.password) url.password = '***';
  return url.toString();
}
