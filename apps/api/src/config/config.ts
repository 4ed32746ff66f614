import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, resolve } from 'node:path';
import { DEFAULT_SESSION_IDLE_HOURS, DEFAULT_SIGN_IN_LIMITS, type AuthConfig, type OidcClientConfig } from '#auth';
import { DEFAULT_OPERATION_LIMITS, type DatabaseTarget, type JobsConfig, type OperationLimits } from '#core';
import type { MailConfig } from '#mail';
import type { NetworkConfig } from '#network';
import type { HandoverConfig } from '#handover';
import type { SearchConfig } from '#search';
import type { UpkeepConfig } from '#upkeep';
import type { ObservabilityConfig } from '../observability/observability.config.js';
import { tracingConfigured } from '../observability/tracing-switch.js';
import type { TrustProxy } from '../http/configure-http.js';

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseTarget;
  seedDemo: boolean;
  production: boolean;
  /** The GraphQL explorer (GraphiQL, served by the app) at /graphql in a browser. */
  sandbox: boolean;
  introspection: boolean;
  jobs: JobsConfig;
  mail: MailConfig;
  auth: AuthConfig;
  network: NetworkConfig;
  upkeep: UpkeepConfig;
  handover: HandoverConfig;
  corsOrigins: string[];
  trustProxy: TrustProxy;
  limits: OperationLimits;
  search: SearchConfig;
  /** SEARCH_CACHE: entries of the search result cache per process (0: off); `search.cacheEntries` wins when set. */
  searchCache: number;
  observability: ObservabilityConfig;
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

const CRON = /^(\S+\s+){4}\S+$/;
const CRON_FIELD = /^[\d*/,-]+$/;

/** JOB_SCHEDULES="theme-days.reminders=*\/5 * * * *;verification.digests=0 6 * * *": other times for scheduled jobs. */
function jobSchedules(env: NodeJS.ProcessEnv): Record<string, string> {
  const schedules: Record<string, string> = {};
  for (const entry of (env.JOB_SCHEDULES ?? '')
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [name, cron] = entry.split('=').map((part) => part?.trim());
    if (!name || !cron || !CRON.test(cron) || !cron.split(/\s+/).every((field) => CRON_FIELD.test(field)))
      throw new ConfigError(
        `JOB_SCHEDULES skal være job=cron-udtryk adskilt af semikolon, fx "verification.digests=0 6 * * *" (fik "${entry}").`,
      );
    schedules[name] = cron;
  }
  return schedules;
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

/** OIDC_ISSUER, OIDC_JWKS_URL and OIDC_AUDIENCE together accept bearer tokens from that provider; OIDC_CLIENT_ID adds sign-in in the browser. */
function oidc(env: NodeJS.ProcessEnv, publicUrl: string): AuthConfig['oidc'] {
  const issuer = env.OIDC_ISSUER?.trim();
  const jwksUrl = env.OIDC_JWKS_URL?.trim();
  const audience = env.OIDC_AUDIENCE?.trim();
  if (!issuer && !jwksUrl && !audience) {
    if (env.OIDC_CLIENT_ID?.trim()) throw new ConfigError('OIDC_CLIENT_ID kræver OIDC_ISSUER, OIDC_JWKS_URL og OIDC_AUDIENCE.');
    return null;
  }
  if (!issuer || !jwksUrl || !audience) throw new ConfigError('OIDC_ISSUER, OIDC_JWKS_URL og OIDC_AUDIENCE skal angives sammen.');
  httpUrl('OIDC_JWKS_URL', jwksUrl);
  return { issuer, jwksUrl, audience, rolesClaim: env.OIDC_ROLES_CLAIM?.trim() || 'roles', client: oidcClient(env, publicUrl) };
}

function httpUrl(name: string, value: string): string {
  try {
    if (/^https?:$/.test(new URL(value).protocol)) return value;
  } catch {
    // reported below
  }
  throw new ConfigError(`${name} skal være en https://-adresse (fik "${value}").`);
}

/**
 * OIDC_CLIENT_ID: the web app's registration at the provider, for single sign-on with authorization
 * code and PKCE. OIDC_REDIRECT_URI defaults to PUBLIC_URL/log-ind/sso; the endpoints come from the
 * issuer's discovery document unless OIDC_AUTHORIZATION_ENDPOINT and OIDC_TOKEN_ENDPOINT are given.
 */
function oidcClient(env: NodeJS.ProcessEnv, publicUrl: string): OidcClientConfig | null {
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const names = ['OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI', 'OIDC_SCOPE', 'OIDC_AUTHORIZATION_ENDPOINT', 'OIDC_TOKEN_ENDPOINT'];
  if (!clientId) {
    const stray = names.find((name) => env[name]?.trim());
    if (stray) throw new ConfigError(`${stray} kræver OIDC_CLIENT_ID.`);
    return null;
  }
  const authorizationEndpoint = env.OIDC_AUTHORIZATION_ENDPOINT?.trim() || null;
  const tokenEndpoint = env.OIDC_TOKEN_ENDPOINT?.trim() || null;
  if (!authorizationEndpoint !== !tokenEndpoint)
    throw new ConfigError(
      'OIDC_AUTHORIZATION_ENDPOINT og OIDC_TOKEN_ENDPOINT skal angives sammen (eller ingen af dem: så læses de fra udbyderens discovery-dokument).',
    );
  const scope = env.OIDC_SCOPE?.trim() || 'openid profile email';
  if (!scope.split(/\s+/).includes('openid')) throw new ConfigError(`OIDC_SCOPE skal indeholde openid (fik "${scope}").`);
  return {
    clientId,
    clientSecret: env.OIDC_CLIENT_SECRET?.trim() || null,
    redirectUri: httpUrl('OIDC_REDIRECT_URI', env.OIDC_REDIRECT_URI?.trim() || `${publicUrl}/log-ind/sso`),
    scope,
    authorizationEndpoint: authorizationEndpoint && httpUrl('OIDC_AUTHORIZATION_ENDPOINT', authorizationEndpoint),
    tokenEndpoint: tokenEndpoint && httpUrl('OIDC_TOKEN_ENDPOINT', tokenEndpoint),
  };
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
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${env.PORT?.trim() || '3000'}`).replace(/\/$/, '');
  return {
    oidc: oidc(env, publicUrl),
    publicUrl,
    jwtSecret: secret,
    accessTokenMinutes: number(env, 'ACCESS_TOKEN_MINUTES', 15, 1, 24 * 60),
    refreshTokenDays: number(env, 'REFRESH_TOKEN_DAYS', 30, 1, 365),
    sessionIdleHours: number(env, 'SESSION_IDLE_HOURS', DEFAULT_SESSION_IDLE_HOURS, 0.25, 24 * 30),
    signInFailuresPerAccount: number(env, 'SIGN_IN_FAILURES_PER_ACCOUNT', DEFAULT_SIGN_IN_LIMITS.signInFailuresPerAccount, 1, 1000),
    signInFailuresPerAddress: number(env, 'SIGN_IN_FAILURES_PER_ADDRESS', DEFAULT_SIGN_IN_LIMITS.signInFailuresPerAddress, 1, 1_000_000),
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

const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY: off (the default: X-Forwarded-For is ignored), the number of proxies in front, or
 * their addresses (IPs, CIDR nets, loopback/linklocal/uniquelocal). Express's `trust proxy` setting.
 */
function trustProxy(env: NodeJS.ProcessEnv): TrustProxy {
  const raw = env.TRUST_PROXY?.trim() ?? '';
  const lower = raw.toLowerCase();
  if (['', 'false', 'off', 'no', 'nej', '0'].includes(lower)) return false;
  if (/^\d+$/.test(raw)) {
    if (Number(raw) > 10) throw new ConfigError(`TRUST_PROXY: højst 10 proxyer i træk (fik "${raw}").`);
    return Number(raw);
  }
  if (['true', 'on', 'yes', 'ja'].includes(lower))
    throw new ConfigError(
      'TRUST_PROXY=true ville tro på X-Forwarded-For fra alle; angiv antallet af proxyer foran (fx 1) eller deres adresser (fx 10.0.0.5,10.0.1.0/24).',
    );
  const entries = raw
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (PROXY_RANGES.includes(entry)) continue;
    const [address, prefix, ...rest] = entry.split('/');
    const version = isIP(address);
    const valid =
      version !== 0 && !rest.length && (prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128)));
    if (!valid)
      throw new ConfigError(
        `TRUST_PROXY: "${entry}" er hverken et antal proxyer, en IP-adresse, et net (fx 10.0.0.0/8) eller loopback, linklocal eller uniquelocal.`,
      );
  }
  return entries;
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

/** SEARCH_CACHE: search and suggest results kept per API process (default 2000, as in #search); "off" or 0: none. */
function searchCache(env: NodeJS.ProcessEnv): number {
  if (env.SEARCH_CACHE?.trim().toLowerCase() === 'off') return 0;
  const entries = number(env, 'SEARCH_CACHE', 2_000, 0, 1_000_000);
  if (!Number.isInteger(entries)) throw new ConfigError(`SEARCH_CACHE skal være et helt antal eller "off" (fik "${env.SEARCH_CACHE}").`);
  return entries;
}

/**
 * LOG_FORMAT (json in production, text otherwise); METRICS switches /metrics on, and then needs
 * METRICS_TOKEN (a bearer token on the public port) or METRICS_PORT (its own listener, loopback by default).
 */
function observability(env: NodeJS.ProcessEnv, production: boolean): ObservabilityConfig {
  const format = env.LOG_FORMAT?.trim().toLowerCase() || (production ? 'json' : 'text');
  if (format !== 'json' && format !== 'text') throw new ConfigError(`LOG_FORMAT skal være json eller text (fik "${env.LOG_FORMAT}").`);
  const enabled = bool(env, 'METRICS', false);
  const token = env.METRICS_TOKEN?.trim() || null;
  if (token !== null && token.length < 16) throw new ConfigError('METRICS_TOKEN skal være mindst 16 tegn langt.');
  const rawPort = env.METRICS_PORT?.trim();
  const port = rawPort ? number(env, 'METRICS_PORT', 0, 1, 65535) : null;
  if (port !== null && !Number.isInteger(port))
    throw new ConfigError(`METRICS_PORT skal være et heltal mellem 1 og 65535 (fik "${rawPort}").`);
  const host = env.METRICS_HOST?.trim() || '127.0.0.1';
  if (enabled && token === null && port === null)
    throw new ConfigError(
      'METRICS kræver METRICS_TOKEN (bearer-token på den offentlige port) eller METRICS_PORT (egen port, kun 127.0.0.1).',
    );
  if (enabled && port !== null && port === Number(env.PORT?.trim() || 3000))
    throw new ConfigError(`METRICS_PORT skal være en anden port end PORT (${port}).`);
  return {
    logFormat: format,
    metrics: { enabled, token, port, host },
    tracing: tracingConfigured(env),
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

/** Only where the data lives (DATABASE_URL or DATA_DIR): for tools such as backup and restore that need nothing else. */
export function loadDatabaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  return database(env);
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
      schedules: jobSchedules(env),
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
      themeDayRegistrationsPerHour: number(env, 'THEME_DAY_REGISTRATIONS_PER_HOUR', 5, 1, 1000),
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
    trustProxy: trustProxy(env),
    limits: {
      maxComplexity: number(env, 'GRAPHQL_MAX_COMPLEXITY', DEFAULT_OPERATION_LIMITS.maxComplexity, 100, 1_000_000),
      mutationsPerMinute: number(env, 'MUTATIONS_PER_MINUTE', DEFAULT_OPERATION_LIMITS.mutationsPerMinute, 1, 100_000),
      anonymousMutationsPerMinute: number(
        env,
        'ANONYMOUS_MUTATIONS_PER_MINUTE',
        DEFAULT_OPERATION_LIMITS.anonymousMutationsPerMinute,
        1,
        1_000_000,
      ),
    },
    search: search(env),
    searchCache: searchCache(env),
    observability: observability(env, production),
  };
}

/** The database URL with any password hidden, for messages. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return `PGlite i ${target.dataDir}`;
  const url = new URL(target.url);
  if (url.password) url.password = '***';
  return url.toString();
}
