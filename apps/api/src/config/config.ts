import { resolve } from 'node:path';
import type { DatabaseTarget } from '#core';

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseTarget;
  seedDemo: boolean;
  production: boolean;
  /** Apollo Sandbox at /graphql in a browser. */
  sandbox: boolean;
  introspection: boolean;
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
  const dataDir = env.DATA_DIR?.trim() || './data';
  return { kind: 'pglite', dataDir: dataDir.startsWith('memory://') ? dataDir : resolve(dataDir, 'pglite') };
}

/** Reads and checks every setting; throws ConfigError naming the first bad one. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV?.trim() || 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV skal være development, production eller test (fik "${nodeEnv}").`);
  }
  const production = nodeEnv === 'production';
  return {
    port: port(env),
    host: env.HOST?.trim() || '0.0.0.0',
    database: database(env),
    seedDemo: bool(env, 'SEED_DEMO', true),
    production,
    sandbox: bool(env, 'GRAPHQL_SANDBOX', !production),
    introspection: bool(env, 'GRAPHQL_INTROSPECTION', !production),
  };
}

/** The database URL with any password hidden, for messages. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return `PGlite i ${target.dataDir}`;
  const url = new URL(target.url);
  if (url.password) url.password = '***';
  return url.toString();
}
