import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DENMARK_BOUNDS, MUNICIPALITY_POINTS } from '#geography';

const PLACED = ['organisation', 'unit', 'offer'] as const;
/** Tables whose names are suggested while typing, and the name column. */
const SUGGESTED = [
  ['municipality', 'name'],
  ['taxonomy_term', 'label_da'],
  ['organisation', 'name'],
  ['offer', 'name'],
] as const;

/**
 * Place and time (issue 6): coordinates on addresses and a reference point per municipality, opening
 * hours as filterable search fields, distance in SQL, and trigram indexes for search-as-you-type.
 */
export class PlaceTime1764810000000 implements MigrationInterface {
  name = 'PlaceTime1764810000000';

  async up(db: QueryRunner): Promise<void> {
    const b = DENMARK_BOUNDS;
    // Reference points: each municipality's town hall town.
    await db.query(`ALTER TABLE municipality ADD COLUMN latitude double precision, ADD COLUMN longitude double precision`);
    const points = [...MUNICIPALITY_POINTS.values()];
    const params = points.flatMap((p) => [p.code, p.latitude, p.longitude]);
    const values = points.map((_, i) => `($${3 * i + 1}, $${3 * i + 2}::double precision, $${3 * i + 3}::double precision)`);
    await db.query(
      `UPDATE municipality m SET latitude = v.lat, longitude = v.lon FROM (VALUES ${values.join(', ')}) AS v(code, lat, lon) WHERE m.code = v.code`,
      params,
    );

    // An address and its coordinates: both coordinates or neither, and inside Denmark.
    for (const table of PLACED) {
      await db.query(`ALTER TABLE ${table} ADD COLUMN address text,
        ADD COLUMN latitude double precision, ADD COLUMN longitude double precision,
        ADD CONSTRAINT ${table}_location_check CHECK ((latitude IS NULL) = (longitude IS NULL)
          AND (latitude IS NULL OR (latitude BETWEEN ${b.south} AND ${b.north} AND longitude BETWEEN ${b.west} AND ${b.east})))`);
    }

    // Opening hours written before the flag existed: weekly hours do not apply on public holidays.
    for (const table of ['contact', 'offer']) {
      await db.query(
        `UPDATE ${table} SET opening_hours = opening_hours || '{"openOnHolidays": false}'::jsonb
         WHERE opening_hours IS NOT NULL AND NOT opening_hours ? 'openOnHolidays'`,
      );
    }

    // Search documents: a point, and opening hours as plain fields (see opening-times.ts).
    await db.query(`ALTER TABLE search_document
      ADD COLUMN latitude double precision, ADD COLUMN longitude double precision,
      ADD COLUMN always_open boolean NOT NULL DEFAULT false, ADD COLUMN open_on_holidays boolean NOT NULL DEFAULT false,
      ADD COLUMN open_slots int[] NOT NULL DEFAULT '{}', ADD COLUMN exception_dates text[] NOT NULL DEFAULT '{}',
      ADD COLUMN exception_open text[] NOT NULL DEFAULT '{}'`);
    await db.query(`CREATE INDEX search_document_open_slots_idx ON search_document USING gin (open_slots)`);
    await db.query(`CREATE INDEX search_document_exception_open_idx ON search_document USING gin (exception_open)`);
    await db.query(`CREATE INDEX search_document_location_idx ON search_document (latitude, longitude)`);
    // Great-circle distance in km (haversine; the same formula as distanceKm in #geography).
    await db.query(`CREATE FUNCTION vejviser_distance_km(double precision, double precision, double precision, double precision)
      RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT 2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians($3 - $1) / 2), 2)
        + cos(radians($1)) * cos(radians($3)) * power(sin(radians($4 - $2) / 2), 2)))) $$`);

    // Search-as-you-type: each name folded to " word word …" in a stored column with a trigram index,
    // so "% hels%" finds a word starting with "hels" without folding every row at query time. The
    // function has its own search_path: maintenance commands run with a restricted one (PostgreSQL 17).
    await db.query(`CREATE FUNCTION vejviser_suggest_text(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      SET search_path FROM CURRENT
      AS $$ SELECT ' ' || btrim(regexp_replace(vejviser_fold($1), '[^a-z0-9]+', ' ', 'g')) $$`);
    for (const [table, column] of SUGGESTED) {
      await db.query(`ALTER TABLE ${table} ADD COLUMN suggest_text text GENERATED ALWAYS AS (vejviser_suggest_text(${column})) STORED`);
      await db.query(`CREATE INDEX ${table}_suggest_idx ON ${table} USING gin (suggest_text gin_trgm_ops)`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [table] of SUGGESTED) await db.query(`ALTER TABLE ${table} DROP COLUMN suggest_text`);
    await db.query(`DROP FUNCTION IF EXISTS vejviser_suggest_text(text)`);
    await db.query(`DROP FUNCTION IF EXISTS vejviser_distance_km(double precision, double precision, double precision, double precision)`);
    await db.query(`ALTER TABLE search_document DROP COLUMN latitude, DROP COLUMN longitude, DROP COLUMN always_open,
      DROP COLUMN open_on_holidays, DROP COLUMN open_slots, DROP COLUMN exception_dates, DROP COLUMN exception_open`);
    for (const table of ['contact', 'offer']) {
      await db.query(`UPDATE ${table} SET opening_hours = opening_hours - 'openOnHolidays' WHERE opening_hours IS NOT NULL`);
    }
    for (const table of PLACED) {
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_location_check,
        DROP COLUMN address, DROP COLUMN latitude, DROP COLUMN longitude`);
    }
    await db.query(`ALTER TABLE municipality DROP COLUMN latitude, DROP COLUMN longitude`);
  }
}
