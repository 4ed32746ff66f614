import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables that held a folded name for search-as-you-type, and the name column. */
const FORMERLY_SUGGESTED = [
  ['municipality', 'name'],
  ['taxonomy_term', 'label_da'],
  ['organisation', 'name'],
  ['offer', 'name'],
] as const;

/**
 * Issue 15: search-as-you-type reads a table of its own, `search_suggestion` (one row per name to
 * suggest: municipalities, situations, organisations and offers that have not ended), which the
 * search lib keeps in step in each change's transaction, as it does `search_document`. The folded
 * name and its trigram index move there from the directory's and geography's tables, so suggest
 * reads no other lib's table. Existing names are copied here once; `npm run search:reindex` rebuilds them.
 */
export class SearchSuggestion1765350000000 implements MigrationInterface {
  name = 'SearchSuggestion1765350000000';

  async up(db: QueryRunner): Promise<void> {
    // `ref`: the municipality code, situation key or record id; `rank` orders the kinds (municipality first);
    // `organisation_id`: the organisation a record's row goes with (its own id, or an offer's organisation).
    await db.query(`CREATE TABLE search_suggestion (
      kind text NOT NULL CHECK (kind IN ('MUNICIPALITY','SITUATION','ORGANISATION','OFFER')),
      ref text NOT NULL,
      rank smallint NOT NULL,
      label text NOT NULL,
      detail text,
      organisation_id uuid,
      suggest_text text GENERATED ALWAYS AS (vejviser_suggest_text(label)) STORED,
      PRIMARY KEY (kind, ref))`);
    await db.query(`CREATE INDEX search_suggestion_text_idx ON search_suggestion USING gin (suggest_text gin_trgm_ops)`);
    await db.query(`CREATE INDEX search_suggestion_organisation_idx ON search_suggestion (organisation_id)`);
    await db.query(`INSERT INTO search_suggestion (kind, ref, rank, label, detail, organisation_id)
      SELECT 'MUNICIPALITY', code, 0, name, NULL, NULL::uuid FROM municipality
      UNION ALL SELECT 'SITUATION', key, 1, label_da, NULL, NULL FROM taxonomy_term WHERE kind = 'SITUATION'
      UNION ALL SELECT 'ORGANISATION', id::text, 2, name, NULL, id FROM organisation
      UNION ALL SELECT 'OFFER', o.id::text, 3, o.name, g.name, o.organisation_id
        FROM offer o JOIN organisation g ON g.id = o.organisation_id WHERE o.status <> 'ENDED'`);
    // Cached suggestions are current only while the generation moves with this table (migration 1765300000000).
    await db.query(`CREATE CONSTRAINT TRIGGER search_suggestion_search_changed AFTER INSERT OR UPDATE OR DELETE ON search_suggestion
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION vejviser_search_changed()`);
    await db.query(`CREATE TRIGGER search_suggestion_search_truncated AFTER TRUNCATE ON search_suggestion
      FOR EACH STATEMENT EXECUTE FUNCTION vejviser_search_changed()`);
    for (const [table] of FORMERLY_SUGGESTED) await db.query(`ALTER TABLE ${table} DROP COLUMN suggest_text`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [table, column] of FORMERLY_SUGGESTED) {
      await db.query(`ALTER TABLE ${table} ADD COLUMN suggest_text text GENERATED ALWAYS AS (vejviser_suggest_text(${column})) STORED`);
      await db.query(`CREATE INDEX ${table}_suggest_idx ON ${table} USING gin (suggest_text gin_trgm_ops)`);
    }
    await db.query(`DROP TABLE search_suggestion`);
  }
}
