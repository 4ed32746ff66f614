import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from 'typeorm';
import type { Database } from '#core';
import { migrate, openAppDatabase } from '../../../apps/api/src/database.js';

/** Set by the global setup: where the migrated template lives. */
export const TEMPLATE_FILE_ENV = 'VEJVISER_TEST_TEMPLATE_FILE';
/** Set by the global setup: the template database on the server, one per test run so runs side by side keep theirs. */
export const TEMPLATE_DB_ENV = 'VEJVISER_TEST_TEMPLATE_DB';

/** TEST_DATABASE_URL selects a PostgreSQL server; without it, every test database is embedded PGlite. */
export function testServerUrl(): string | null {
  return process.env.TEST_DATABASE_URL?.trim() || null;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Migrates a template once per test run: a PGlite dump file, or a template database on the server. */
export async function prepareTemplate(): Promise<void> {
  const server = testServerUrl();
  if (server) {
    const name = `vejviser_template_${randomBytes(6).toString('hex')}`;
    await admin(server, (c) => c.query(`CREATE DATABASE ${name}`));
    const database = await openAppDatabase({ kind: 'postgres', url: withDatabase(server, name) });
    await migrate(database);
    await database.close();
    process.env[TEMPLATE_DB_ENV] = name;
    return;
  }
  const database = await openAppDatabase({ kind: 'pglite', dataDir: 'memory://' });
  await migrate(database);
  const dump = await database.pglite!.dumpDataDir('none');
  await database.close();
  const file = join(await mkdtemp(join(tmpdir(), 'vejviser-test-')), 'template.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  process.env[TEMPLATE_FILE_ENV] = file;
}

/**
 * A migrated database of its own for one test file: PGlite loaded from the template dump, or a
 * fresh database cloned from the template on the server (dropped again on close).
 */
export async function createTestDatabase(queryLogger?: Logger): Promise<Database> {
  const server = testServerUrl();
  if (server) {
    const template = process.env[TEMPLATE_DB_ENV];
    if (!template) throw new Error(`${TEMPLATE_DB_ENV} mangler: testene skal køres med jest-konfigurationens globalSetup.`);
    const name = `vejviser_test_${randomBytes(6).toString('hex')}`;
    await admin(server, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
    const database = await openAppDatabase({ kind: 'postgres', url: withDatabase(server, name) }, queryLogger);
    return {
      ...database,
      close: async () => {
        await database.close();
        await admin(server, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      },
    };
  }
  const file = process.env[TEMPLATE_FILE_ENV];
  if (!file) throw new Error(`${TEMPLATE_FILE_ENV} mangler: testene skal køres med jest-konfigurationens globalSetup.`);
  const template = new Blob([await readFile(file)]);
  return openAppDatabase({ kind: 'pglite', dataDir: 'memory://', loadDataDir: template }, queryLogger);
}

/**
 * Another way into the same test database, for a second app instance: its own connection pool on a
 * server; on PGlite the same instance (the embedded engine belongs to one process). Close it before
 * the database it came from.
 */
export async function openSameDatabase(database: Database): Promise<Database> {
  if (database.target.kind === 'pglite') return { ...database, close: async () => undefined };
  return openAppDatabase(database.target);
}
