import type { DataSource } from 'typeorm';

// Counts every row written to the app's own tables, through a row trigger on each, so a suite can
// show that a refused mutation changed nothing. Rolled-back writes roll their count back too.

/**
 * Bookkeeping a refusal is meant to leave: a failed sign-in is counted (sign_in_failure), so that guessing
 * passwords gets slower. Not the data a mutation changes.
 */
const BOOKKEEPING = /^(migrations|typeorm_metadata|sign_in_failure)$/;

export interface WriteCounter {
  count(): Promise<number>;
}

export async function installWriteCounter(dataSource: DataSource): Promise<WriteCounter> {
  await dataSource.query(`CREATE TABLE bad_input_writes (n bigint NOT NULL)`);
  await dataSource.query(`INSERT INTO bad_input_writes VALUES (0)`);
  await dataSource.query(
    `CREATE FUNCTION bad_input_count_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE bad_input_writes SET n = n + 1; RETURN NULL; END $$`,
  );
  const tables = await dataSource.query<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'bad_input_writes'`,
  );
  for (const { name } of tables.filter((t) => !BOOKKEEPING.test(t.name))) {
    await dataSource.query(`CREATE TRIGGER bad_input_count AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION bad_input_count_write()`);
  }
  return {
    count: async () => Number((await dataSource.query<{ n: string }[]>(`SELECT n FROM bad_input_writes`))[0].n),
  };
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
