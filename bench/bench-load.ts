import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { BenchDataset } from './bench-dataset.js';

/** Rows per INSERT: one JSON parameter each, so no limit on bind parameters applies. */
const BATCH = 2_000;

/** Column types of the generated rows, per table, in insert order (parents before children). */
const TABLES = {
  organisation: {
    id: 'uuid',
    name: 'text',
    sector: 'text',
    municipality_code: 'text',
    region_key: 'text',
    website: 'text',
    description: 'text',
    address: 'text',
    latitude: 'float8',
    longitude: 'float8',
    last_verified_at: 'timestamptz',
    is_demo: 'boolean',
  },
  unit: {
    id: 'uuid',
    organisation_id: 'uuid',
    parent_id: 'uuid',
    name: 'text',
    kind: 'text',
    description: 'text',
    address: 'text',
    latitude: 'float8',
    longitude: 'float8',
    last_verified_at: 'timestamptz',
    is_demo: 'boolean',
  },
  offer: {
    id: 'uuid',
    organisation_id: 'uuid',
    unit_id: 'uuid',
    name: 'text',
    description: 'text',
    help_text: 'text',
    age_min: 'int',
    age_max: 'int',
    situation_keys: 'text[]',
    problem_keys: 'text[]',
    access_route: 'text',
    referred_by: 'text',
    decided_by: 'text',
    legal_basis: 'jsonb',
    municipality_codes: 'text[]',
    channels: 'jsonb',
    opening_hours: 'jsonb',
    status: 'text',
    address: 'text',
    latitude: 'float8',
    longitude: 'float8',
    last_verified_at: 'timestamptz',
    is_demo: 'boolean',
  },
  contact: {
    id: 'uuid',
    organisation_id: 'uuid',
    unit_id: 'uuid',
    kind: 'text',
    name: 'text',
    role_title: 'text',
    help_text: 'text',
    channels: 'jsonb',
    opening_hours: 'jsonb',
    situation_keys: 'text[]',
    last_verified_at: 'timestamptz',
    is_demo: 'boolean',
  },
} as const;

type Table = keyof typeof TABLES;
const ROWS_OF: Record<Table, keyof BenchDataset> = { organisation: 'organisations', unit: 'units', offer: 'offers', contact: 'contacts' };

/**
 * Writes the dataset with plain SQL: batches of rows as one JSON parameter, expanded by
 * jsonb_to_recordset, in one transaction. `progress` is told each table's rows done.
 */
export async function insertBenchDataset(
  dataSource: DataSource,
  dataset: BenchDataset,
  progress: (table: Table, done: number, total: number) => void,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    for (const table of Object.keys(TABLES) as Table[]) {
      const columns = Object.entries(TABLES[table]);
      const names = columns.map(([name]) => name).join(', ');
      const sql = `INSERT INTO ${table} (${names}) SELECT ${names}
        FROM jsonb_to_recordset($1::jsonb) AS r(${columns.map(([name, type]) => `${name} ${type}`).join(', ')})`;
      const rows = dataset[ROWS_OF[table]] as unknown[];
      progress(table, 0, rows.length);
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH);
        await manager.query(sql, [JSON.stringify(batch)]);
        progress(table, i + batch.length, rows.length);
      }
    }
  });
}

/** A database of the benchmark's own on the server of `serverUrl`, dropped again by `drop`. */
export interface BenchServerDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createBenchDatabase(serverUrl: string): Promise<BenchServerDatabase> {
  const name = `vejviser_bench_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
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
