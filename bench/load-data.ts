import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { SearchReindexer } from '#search';
import { AppModule } from '../apps/api/src/app.module.js';
import { loadConfig } from '../apps/api/src/config/config.js';
import { migrate, openAppDatabase } from '../apps/api/src/database.js';
import { ProgressBar } from '../apps/api/src/cli/progress-bar.js';
import { buildBenchDataset } from './bench-dataset.js';
import { insertBenchDataset } from './bench-load.js';

/** Said on a database once its data is complete, so `--keep` reuses only a finished one. */
const READY = 'vejviser bench:load data complete';

export interface LoadDatabase {
  name: string;
  url: string;
  /** False when an existing database from an earlier `--keep` run was reused. */
  built: boolean;
  documents: number;
  buildSeconds: number;
  /** Drops it, unless kept. */
  release(): Promise<void>;
}

async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const withDatabase = (serverUrl: string, name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

/**
 * The Denmark-size data in a database of its own on the server of `serverUrl`. With `keep` it is
 * named after the data's size, reused when an earlier run completed it, and left in place; without,
 * it gets a fresh name and is dropped by `release`.
 */
export async function prepareLoadDatabase(
  serverUrl: string,
  options: { keep: boolean; offers: number; contacts: number },
  note: (line: string) => void,
): Promise<LoadDatabase> {
  // Named after the URL's database (h_load → h_load_bench_20000_60000), which itself is not touched.
  const base = new URL(serverUrl).pathname.slice(1).replace(/[^a-z0-9_]/g, '') || 'vejviser';
  const name = options.keep ? `${base}_bench_${options.offers}_${options.contacts}` : `${base}_bench_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(serverUrl, name);
  const ready = await onServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [name],
    );
    if (rows.length && rows[0].comment === READY) return true;
    if (rows.length) await client.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
    return false;
  });
  const release = async () => {
    if (!options.keep) await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  };
  const started = performance.now();
  try {
    if (!ready) await build(url, options, note);
    else note(`--keep: genbruger databasen ${name}.`);
    const documents = await onServer(url, async (client) => {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM search_document`);
      if (!ready) await client.query(`COMMENT ON DATABASE ${name} IS '${READY}'`);
      return Number(rows[0].n);
    });
    return { name, url, built: !ready, documents, buildSeconds: (performance.now() - started) / 1000, release };
  } catch (error) {
    await release().catch(() => undefined);
    throw error;
  }
}

async function build(url: string, options: { offers: number; contacts: number }, note: (line: string) => void): Promise<void> {
  note(`Bygger data i ${new URL(url).pathname.slice(1)} (${options.offers} tilbud, ${options.contacts} kontakter) …`);
  const database = await openAppDatabase({ kind: 'postgres', url });
  try {
    await migrate(database);
    const dataset = buildBenchDataset({ offers: options.offers, contacts: options.contacts });
    const bars = new Map<string, ProgressBar>();
    await insertBenchDataset(database.dataSource, dataset, (table, done, total) => {
      if (!bars.has(table)) bars.set(table, new ProgressBar(`Indsætter ${table}`));
      bars.get(table)!.update(done, total);
    });
    const config = loadConfig({ ...process.env, JWT_SECRET: randomBytes(32).toString('hex') });
    const app = await NestFactory.createApplicationContext(
      AppModule.forRoot(database, { ...config, sandbox: false, jobs: { ...config.jobs, work: false }, search: { meilisearch: null } }),
      { logger: ['error'] },
    );
    try {
      const bar = new ProgressBar('Søgeindeks');
      await app.get(SearchReindexer).run((_engine, done, total) => bar.update(done, total));
    } finally {
      await app.close();
    }
    await database.dataSource.query('ANALYZE');
  } finally {
    await database.close();
  }
}
