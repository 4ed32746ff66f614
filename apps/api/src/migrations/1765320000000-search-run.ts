import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Scoped to the statement: no JIT compilation for a statement that runs in milliseconds, and room to count in memory. */
const SETTINGS = `SET jit = off SET work_mem = '32MB'`;

/**
 * Issue 16: a search in one round trip. The search statement (built by libs/search with its values
 * inlined as literals) is run by a function whose SET clauses are the planner settings it needs:
 * they hold while the function runs and end with it, without a transaction of the search's own
 * (BEGIN, set_config, the statement, COMMIT: four round trips). With words, the GIN index is the
 * way in: the planner over-estimates prefix matches and would otherwise read the whole table.
 * SECURITY INVOKER (the default): it runs a statement with the caller's own rights, nothing more.
 */
export class SearchRun1765320000000 implements MigrationInterface {
  name = 'SearchRun1765320000000';

  async up(db: QueryRunner): Promise<void> {
    for (const [name, extra] of [
      ['vejviser_search_run', ''],
      ['vejviser_search_run_words', ` SET enable_seqscan = off SET random_page_cost = 1.1`],
    ]) {
      await db.query(`CREATE FUNCTION ${name}(statement text) RETURNS json LANGUAGE plpgsql VOLATILE ${SETTINGS}${extra}
        AS $$ DECLARE result json; BEGIN EXECUTE statement INTO result; RETURN result; END $$`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION vejviser_search_run_words(text)`);
    await db.query(`DROP FUNCTION vejviser_search_run(text)`);
  }
}
