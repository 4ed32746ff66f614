import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table a cached search, suggestion or facet label is read from. */
const WATCHED = ['search_document', 'search_synonym', 'organisation', 'unit', 'offer', 'contact', 'taxonomy_term', 'municipality'];

/**
 * A counter that moves on with every committed change to what search answers from, so each API
 * process can tell with one indexed read whether its cached results are still current (issue 16).
 * The row triggers are deferred to commit and bump once per transaction (a transaction-local flag):
 * the counter row is locked only at the very end, never between a transaction's other writes, so
 * it adds no lock-order deadlock, and a reader never sees the new number before the new data.
 */
export class SearchGeneration1765300000000 implements MigrationInterface {
  name = 'SearchGeneration1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE search_generation (
      id smallint PRIMARY KEY CHECK (id = 1),
      generation bigint NOT NULL
    )`);
    await db.query(`INSERT INTO search_generation (id, generation) VALUES (1, 0)`);
    await db.query(`CREATE FUNCTION vejviser_search_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('vejviser.search_changed', true) IS DISTINCT FROM 'yes' THEN
          PERFORM set_config('vejviser.search_changed', 'yes', true);
          UPDATE search_generation SET generation = generation + 1 WHERE id = 1;
        END IF;
        RETURN NULL;
      END $$`);
    await watchGeneration(db, WATCHED);
  }

  async down(db: QueryRunner): Promise<void> {
    await unwatchGeneration(db, WATCHED);
    await db.query(`DROP FUNCTION vejviser_search_changed()`);
    await db.query(`DROP TABLE search_generation`);
  }
}

/** Every committed change to these tables moves the generation on (a later migration may add tables). */
export async function watchGeneration(db: QueryRunner, tables: string[]): Promise<void> {
  for (const table of tables) {
    await db.query(`CREATE CONSTRAINT TRIGGER ${table}_search_changed AFTER INSERT OR UPDATE OR DELETE ON ${table}
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION vejviser_search_changed()`);
    await db.query(`CREATE TRIGGER ${table}_search_truncated AFTER TRUNCATE ON ${table}
      FOR EACH STATEMENT EXECUTE FUNCTION vejviser_search_changed()`);
  }
}

export async function unwatchGeneration(db: QueryRunner, tables: string[]): Promise<void> {
  for (const table of tables) {
    await db.query(`DROP TRIGGER ${table}_search_truncated ON ${table}`);
    await db.query(`DROP TRIGGER ${table}_search_changed ON ${table}`);
  }
}
