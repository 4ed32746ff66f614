import { randomBytes } from 'node:crypto';
import { accessSync, constants, cpSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

/**
 * A test database is thrown away after its file: PostgreSQL need not wait for its writes to reach the
 * disk (no fsync, commits not waiting for the WAL); what a test sees is unchanged. About a fifth less CPU for write-heavy specs.
 */
const DISPOSABLE = ['fsync=off', 'synchronous_commit=off'];

/** Set by the global setup: the migrated PGlite data directory each test database is a copy of. */
export const TEMPLATE_DIR_ENV = 'VEJVISER_TEST_TEMPLATE_DIR';
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

/** Migrates a template once per test run with the app's `migrations`: a PGlite data directory, or a template database on the server. */
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
  // Started from the build's initdb template (copied by openDatabase) instead of running initdb in WebAssembly.
  const dataDir = join(await mkdtemp(join(scratchDir(), 'vejviser-test-')), 'template');
  const database = await openTestDatabase({ kind: 'pglite', dataDir, settings: DISPOSABLE }, undefined, migrations);
  await migrate(database);
  await database.close();
  process.env[TEMPLATE_DIR_ENV] = dataDir;
}

/**
 * Where PGlite test databases live: RAM (/dev/shm) where there is one, so a copy of the template takes
 * milliseconds and PostgreSQL's writes never reach a disk; the system's temporary folder elsewhere.
 */
function scratchDir(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

/**
 * A migrated database of its own for one test file: PGlite on a copy of the template's folder, or a
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
  const template = process.env[TEMPLATE_DIR_ENV];
  if (!template) throw new Error(`${TEMPLATE_DIR_ENV} mangler: testene skal køres med jest-konfigurationens globalSetup.`);
  // A file copy of the template beside it: no tarball to unpack into memory, which cost most of a test file's
  // start-up (half a second of CPU and hundreds of MB of garbage each). The global teardown removes what is left.
  const folder = await mkdtemp(join(dirname(template), 'db-'));
  const dataDir = join(folder, 'pglite');
  cpSync(template, dataDir, { recursive: true, mode: constants.COPYFILE_FICLONE });
  const database = await openTestDatabase({ kind: 'pglite', dataDir, settings: DISPOSABLE }, queryLogger);
  return {
    ...database,
    close: async () => {
      await database.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
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
