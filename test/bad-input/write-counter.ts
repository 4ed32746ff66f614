import type { DataSource } from 'typeorm';

// Counts every row written to the app's own tables, through a row trigger on each, so a suite can
// show that a refused mutation changed nothing. Rolled-back writes roll their count back too.

/**
 * Bookkeeping every request is meant to leave, refused or not: a failed sign-in is counted (sign_in_failure) so
 * that guessing passwords gets slower, and a server shared by several processes counts mutations per minute
 * (rate_limit_counter). Not the data a mutation changes.
 */
const BOOKKEEPING = /^(migrations|typeorm_metadata|sign_in_failure|rate_limit_counter)$/;

export interface WriteCounter {
  /** Rows written so far, by table. */
  writes(): Promise<Map<string, number>>;
}

export async function installWriteCounter(dataSource: DataSource): Promise<WriteCounter> {
  await dataSource.query(`CREATE TABLE bad_input_writes (table_name text PRIMARY KEY, n bigint NOT NULL)`);
  await dataSource.query(
    `CREATE FUNCTION bad_input_count_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
       INSERT INTO bad_input_writes VALUES (TG_TABLE_NAME, 1) ON CONFLICT (table_name) DO UPDATE SET n = bad_input_writes.n + 1;
       RETURN NULL;
     END $$`,
  );
  const tables = await dataSource.query<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'bad_input_writes'`,
  );
  for (const { name } of tables.filter((t) => !BOOKKEEPING.test(t.name))) {
    await dataSource.query(
      `CREATE TRIGGER bad_input_count AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION bad_input_count_write()`,
    );
  }
  return {
    writes: async () =>
      new Map(
        (await dataSource.query<{ table_name: string; n: string }[]>(`SELECT table_name, n FROM bad_input_writes`)).map((r) => [
          r.table_name,
          Number(r.n),
        ]),
      ),
  };
}

/** The tables whose count differs between two readings, e.g. "offer +1". */
export function changedTables(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after].filter(([table, n]) => n !== (before.get(table) ?? 0)).map(([table, n]) => `${table} +${n - (before.get(table) ?? 0)}`);
}

/** One id of every table that has an `id` column, by table name; accounts left out so no case reaches the signed-in administrator. */
export async function knownIds(dataSource: DataSource): Promise<Map<string, string>> {
  const tables = await dataSource.query<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' AND table_name <> 'account'`,
  );
  const ids = new Map<string, string>();
  for (const { name } of tables) {
    const [row] = await dataSource.query<{ id: string }[]>(`SELECT id::text AS id FROM "${name}" ORDER BY id LIMIT 1`);
    if (row) ids.set(name, row.id);
  }
  return ids;
}
