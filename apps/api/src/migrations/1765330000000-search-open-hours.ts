import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: "open at" through an index. The hours of the week (quarter-hour slot / 4) in which a
 * search document is open at some slot, and -1 when it is always open, as a generated int[] under
 * a GIN index. The search adds `open_hours && ARRAY[-1, hour, spill hour]` (or an exception that
 * opens it) to its exact opening-hours test: a superset of it, which the planner combines with the
 * words' GIN index (BitmapAnd) instead of reading every match of the words and filtering them.
 * Not the multirange itself under GiST: the planner estimates `open_ranges @> slot` from the
 * ranges' outer bounds (every document open on Monday and Sunday "contains" every slot) at 70 % of
 * the table and never uses it; array statistics give the real share.
 */
export class SearchOpenHours1765330000000 implements MigrationInterface {
  name = 'SearchOpenHours1765330000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE FUNCTION vejviser_open_hours(ranges int4multirange, always boolean) RETURNS int[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT CASE WHEN always THEN ARRAY[-1] ELSE ARRAY[]::int[] END || coalesce(
        (SELECT array_agg(DISTINCT h ORDER BY h) FROM unnest(ranges) AS r(slots),
          generate_series(lower(r.slots) / 4, (upper(r.slots) - 1) / 4) AS h), ARRAY[]::int[]) $$`);
    await db.query(`ALTER TABLE search_document ADD COLUMN open_hours int[]
      GENERATED ALWAYS AS (vejviser_open_hours(open_ranges, always_open)) STORED`);
    await db.query(`CREATE INDEX search_document_open_hours_idx ON search_document USING gin (open_hours)`);
    await db.query(`ANALYZE search_document`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE search_document DROP COLUMN open_hours`);
    await db.query(`DROP FUNCTION vejviser_open_hours(int4multirange, boolean)`);
  }
}
