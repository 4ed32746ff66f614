import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { lockDataDir } from './data-dir-lock.js';
import { answerBackupRequests } from './live-backup.js';
import { chooseWasmTier, pgliteStartParams } from './pglite-runtime.js';
import { copyPgliteTemplate } from './pglite-template.js';
import { DataSource, type DataSourceOptions, type EntitySchema, type Logger, type MixedList } from 'typeorm';

/** Where the data lives: embedded PGlite in a folder (or in memory), or a PostgreSQL server. */
export type DatabaseTarget =
  | {
      kind: 'pglite';
      dataDir: string;
      loadDataDir?: Blob;
      /** Compile PGlite's hot code with V8's optimizing compiler (PGLITE_OPTIMIZE): faster CPU-heavy queries, far more memory. */
      optimize?: boolean;
      /** More PostgreSQL settings ("name=value"): test databases give up durability (fsync=off) for speed. */
      settings?: string[];
    }
  | { kind: 'postgres'; url: string };

export interface DatabaseOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  logging?: boolean;
  /** Receives every query (tests count them to prove there is no N+1). */
  queryLogger?: Logger;
}

export interface Database {
  dataSource: DataSource;
  target: DatabaseTarget;
  /** The embedded engine, when there is one (used to dump a migrated template in tests). */
  pglite?: PGlite;
  close(): Promise<void>;
}

/**
 * PGlite with the extensions the migrations need, its memory settings (sized by its data) and the WebAssembly
 * tier chosen once; not yet ready (await `waitReady`).
 */
export function createPGlite(dataDir: string, loadDataDir?: Blob, optimize = false, settings: string[] = []): PGlite {
  chooseWasmTier(optimize);
  return new PGlite(dataDir, {
    extensions: { pg_trgm, unaccent },
    loadDataDir,
    startParams: pgliteStartParams(settings, loadDataDir ? undefined : dataDir),
  });
}

export async function openDatabase(target: DatabaseTarget, options: DatabaseOptions): Promise<Database> {
  const common = {
    type: 'postgres' as const,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: options.queryLogger ? (['query'] as const) : (options.logging ?? false),
    logger: options.queryLogger,
    uuidExtension: 'pgcrypto' as const,
  };
  if (target.kind === 'postgres') {
    const dataSource = new DataSource({
      ...common,
      url: target.url,
      // A burst (say, everyone registering the minute a theme day opens) queues for a connection rather than failing.
      extra: { max: 10, connectionTimeoutMillis: 30_000 },
    } as DataSourceOptions);
    await dataSource.initialize();
    return { dataSource, target, close: () => dataSource.destroy() };
  }
  const inMemory = target.dataDir.startsWith('memory://');
  // PGlite writes its files world-readable and -writable: the folders around them keep others out.
  if (!inMemory) mkdirSync(target.dataDir, { recursive: true, mode: 0o700 });
  const unlock = inMemory ? () => undefined : lockDataDir(target.dataDir);
  let pglite: PGlite;
  try {
    if (!inMemory && !target.loadDataDir) copyPgliteTemplate(target.dataDir);
    pglite = createPGlite(target.dataDir, target.loadDataDir, target.optimize === true, target.settings);
    await pglite.waitReady;
  } catch (error) {
    unlock();
    throw error;
  }
  // `npm run backup` asks the process that holds the folder for a copy.
  const stopAnswering = inMemory ? () => undefined : answerBackupRequests(target.dataDir, pglite);
  const { connection } = createPgConfig(pglite);
  // PGlite is a single connection: a pool of one queues concurrent requests instead of failing them.
  const dataSource = new DataSource({ ...common, extra: { connection, max: 1 } } as DataSourceOptions);
  await dataSource.initialize();
  return {
    dataSource,
    target,
    pglite,
    close: async () => {
      stopAnswering();
      await dataSource.destroy();
      await pglite.close();
      unlock();
    },
  };
}
