import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from 'typeorm';
import { AUTH_ENTITIES } from '#auth';
import { AuditEvent, openDatabase, type Database, type DatabaseOptions, type DatabaseTarget } from '#core';
import { DIRECTORY_ENTITIES } from '#directory';
import { GEOGRAPHY_ENTITIES } from '#geography';
import { HANDOVER_ENTITIES } from '#handover';
import { MAIL_ENTITIES } from '#mail';
import { NETWORK_ENTITIES } from '#network';
import { UPKEEP_ENTITIES } from '#upkeep';

/**
 * Every lib's entities, as apps/api's ENTITIES lists them (a spec there checks that the two agree): a test database
 * opened here knows every table, whichever modules a test boots. The migrations stay in apps/api: the template is
 * migrated by test/support/prepare-template.mjs, and a test database is a copy of it.
 */
export const TEST_ENTITIES = [
  AuditEvent,
  ...GEOGRAPHY_ENTITIES,
  ...DIRECTORY_ENTITIES,
  ...NETWORK_ENTITIES,
  ...MAIL_ENTITIES,
  ...AUTH_ENTITIES,
  ...UPKEEP_ENTITIES,
  ...HANDOVER_ENTITIES,
];

function openTestDatabase(target: DatabaseTarget, queryLogger?: Logger, migrations: DatabaseOptions['migrations'] = []): Promise<Database> {
  return openDatabase(target, { entities: TEST_ENTITIES, migrations, queryLogger });
}

async function migrate(database: Database): Promise<void> {
  await database.dataSource.runMigrations({ transaction: 'each' });
}

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

/** Migrates a template once per test run with the app's `migrations`: a PGlite dump file, or a template database on the server. */
export async function prepareTemplate(migrations: DatabaseOptions['migrations']): Promise<void> {
  const server = testServerUrl();
  if (server) {
    const name = `vejviser_template_${randomBytes(6).toString('hex')}`;
    await admin(server, (c) => c.query(`CREATE DATABASE ${name}`));
    const database = await openTestDatabase({ kind: 'postgres', url: withDatabase(server, name) }, undefined, migrations);
    await migrate(database);
    await database.close();
    process.env[TEMPLATE_DB_ENV] = name;
    return;
  }
  const database = await openTestDatabase({ kind: 'pglite', dataDir: 'memory://' }, undefined, migrations);
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
    const database = await openTestDatabase({ kind: 'postgres', url: withDatabase(server, name) }, queryLogger);
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
  return openTestDatabase({ kind: 'pglite', dataDir: 'memory://', loadDataDir: template }, queryLogger);
}

/**
 * Another way into the same test database, for a second app instance: its own connection pool on a
 * server; on PGlite the same instance (the embedded engine belongs to one process). Close it before
 * the database it came from.
 */
export async function openSameDatabase(database: Database): Promise<Database> {
  if (database.target.kind === 'pglite') return { ...database, close: async () => undefined };
  return openTestDatabase(database.target);
}
