import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: a search document's weekly opening hours as a few ranges of quarter-hour slots
 * (int4multirange) instead of every open slot (int[] of about 90 numbers, 362 bytes a row): "open at"
 * is one binary search in a handful of ranges, and every row the search reads is smaller.
 * And every facet value of a document in one array ("t:OFFER", "m:0217", …; FACET_PREFIX in
 * libs/search), so a search counts all its facets in one pass over its matches.
 */
export class SearchCompact1765310000000 implements MigrationInterface {
  name = 'SearchCompact1765310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE search_document ADD COLUMN open_ranges int4multirange NOT NULL DEFAULT '{}'`);
    await db.query(`UPDATE search_document d SET open_ranges = (SELECT range_agg(int4range(s, s + 1)) FROM unnest(d.open_slots) s)
      WHERE cardinality(d.open_slots) > 0`);
    await db.query(`DROP INDEX IF EXISTS search_document_open_slots_idx`);
    await db.query(`ALTER TABLE search_document DROP COLUMN open_slots`);
    await db.query(`ALTER TABLE search_document ADD COLUMN facet_values text[] NOT NULL DEFAULT '{}'`);
    await db.query(`UPDATE search_document d SET facet_values = ARRAY['t:' || d.type, 'e:' || d.sector]
      || CASE WHEN d.access_route IS NULL THEN '{}'::text[] ELSE ARRAY['a:' || d.access_route] END
      || CASE WHEN d.status IS NULL THEN '{}'::text[] ELSE ARRAY['o:' || d.status] END
      || ARRAY(SELECT 'm:' || v FROM unnest(d.municipality_codes) v)
      || ARRAY(SELECT 's:' || v FROM unnest(d.situation_keys) v)
      || ARRAY(SELECT 'p:' || v FROM unnest(d.problem_keys) v)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE search_document DROP COLUMN facet_values`);
    await db.query(`ALTER TABLE search_document ADD COLUMN open_slots int[] NOT NULL DEFAULT '{}'`);
    await db.query(`UPDATE search_document d SET open_slots = ARRAY(
      SELECT generate_series(lower(r), upper(r) - 1) FROM unnest(d.open_ranges) r ORDER BY 1) WHERE NOT isempty(d.open_ranges)`);
    await db.query(`CREATE INDEX search_document_open_slots_idx ON search_document USING gin (open_slots)`);
    await db.query(`ALTER TABLE search_document DROP COLUMN open_ranges`);
  }
}
