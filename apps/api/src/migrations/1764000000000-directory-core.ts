import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MUNICIPALITIES, REGIONS } from '#geography';
import { TAXONOMY } from '#directory';

export class DirectoryCore1764000000000 implements MigrationInterface {
  name = 'DirectoryCore1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);

    // Geography: regions, municipalities and region membership over time (the 2027 merger).
    await db.query(`CREATE TABLE region (
      key text PRIMARY KEY, code text UNIQUE, name text NOT NULL,
      valid_from date NOT NULL, valid_to date, succeeded_by text REFERENCES region(key))`);
    await db.query(
      `CREATE TABLE municipality (code text PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'), name text NOT NULL, official_name text NOT NULL)`,
    );
    await db.query(`CREATE TABLE municipality_region (
      municipality_code text NOT NULL REFERENCES municipality(code),
      region_key text NOT NULL REFERENCES region(key),
      valid_from date NOT NULL, valid_to date,
      PRIMARY KEY (municipality_code, valid_from),
      CHECK (valid_to IS NULL OR valid_to >= valid_from))`);
    // Successors first, so every succeeded_by reference already exists.
    const regions = [...REGIONS].sort((x, y) => Number(x.succeededBy !== null) - Number(y.succeededBy !== null));
    await insertRows(
      db,
      'region (key, code, name, valid_from, valid_to, succeeded_by)',
      regions.map((r) => [r.key, r.code, r.name, r.validFrom, r.validTo, r.succeededBy]),
    );
    await insertRows(
      db,
      'municipality (code, name, official_name)',
      MUNICIPALITIES.map((m) => [m.code, m.name, m.officialName]),
    );
    await insertRows(
      db,
      'municipality_region (municipality_code, region_key, valid_from, valid_to)',
      MUNICIPALITIES.flatMap((m) => m.regions.map((p) => [m.code, p.region, p.validFrom, p.validTo])),
    );

    // Taxonomy of handover situations and problem tags.
    await db.query(`CREATE TABLE taxonomy_term (
      key text PRIMARY KEY, kind text NOT NULL CHECK (kind IN ('SITUATION','PROBLEM')),
      label_da text NOT NULL, parent_key text REFERENCES taxonomy_term(key), sort_order int NOT NULL)`);
    await insertRows(
      db,
      'taxonomy_term (key, kind, label_da, parent_key, sort_order)',
      TAXONOMY.map((t, i) => [t.key, t.kind, t.labelDa, t.parentKey ?? null, i]),
    );

    // The directory.
    const audit = `last_verified_at timestamptz, last_verified_by text,
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now()`;
    await db.query(`CREATE TABLE organisation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL,
      sector text NOT NULL CHECK (sector IN ('MUNICIPAL','REGIONAL','STATE','CIVIL_SOCIETY','PRIVATE')),
      municipality_code text REFERENCES municipality(code), region_key text REFERENCES region(key),
      website text, description text, ${audit})`);
    await db.query(`CREATE INDEX organisation_municipality_idx ON organisation (municipality_code)`);
    await db.query(`CREATE INDEX organisation_region_idx ON organisation (region_key)`);
    await db.query(`CREATE INDEX organisation_name_idx ON organisation (name, id)`);

    await db.query(`CREATE TABLE unit (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      parent_id uuid REFERENCES unit(id),
      name text NOT NULL, kind text NOT NULL CHECK (kind IN ('FORVALTNING','CENTER','AFDELING','TEAM')),
      description text, ${audit})`);
    await db.query(`CREATE INDEX unit_organisation_idx ON unit (organisation_id)`);
    await db.query(`CREATE INDEX unit_parent_idx ON unit (parent_id)`);

    await db.query(`CREATE TABLE contact (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      unit_id uuid REFERENCES unit(id),
      kind text NOT NULL CHECK (kind IN ('PERSON','FUNCTION')),
      name text NOT NULL, role_title text, help_text text,
      channels jsonb NOT NULL DEFAULT '[]', opening_hours jsonb,
      deputy_id uuid REFERENCES contact(id) ON DELETE SET NULL,
      situation_keys text[] NOT NULL DEFAULT '{}', ${audit})`);
    await db.query(`CREATE INDEX contact_organisation_idx ON contact (organisation_id)`);
    await db.query(`CREATE INDEX contact_unit_idx ON contact (unit_id)`);
    await db.query(`CREATE INDEX contact_situations_idx ON contact USING gin (situation_keys)`);

    await db.query(`CREATE TABLE offer (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      unit_id uuid REFERENCES unit(id),
      name text NOT NULL, description text, help_text text,
      age_min int, age_max int, primary_age_min int, primary_age_max int,
      situation_keys text[] NOT NULL DEFAULT '{}', problem_keys text[] NOT NULL DEFAULT '{}',
      dual_diagnosis_accepted boolean, not_for text,
      access_route text NOT NULL CHECK (access_route IN ('ANONYMOUS','SELF_REFERRAL','REFERRAL','VISITATION')),
      referred_by text, decided_by text, legal_basis jsonb NOT NULL DEFAULT '[]',
      holds_authority boolean NOT NULL DEFAULT false,
      waiting_time text, capacity text, cost text, languages text[] NOT NULL DEFAULT '{}',
      municipality_codes text[] NOT NULL DEFAULT '{}',
      channels jsonb NOT NULL DEFAULT '[]', opening_hours jsonb,
      status text NOT NULL CHECK (status IN ('ACTIVE','PAUSED','ENDED')),
      starts_on date, ends_on date, ${audit},
      CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max))`);
    await db.query(`CREATE INDEX offer_organisation_idx ON offer (organisation_id)`);
    await db.query(`CREATE INDEX offer_unit_idx ON offer (unit_id)`);
    await db.query(`CREATE INDEX offer_situations_idx ON offer USING gin (situation_keys)`);
    await db.query(`CREATE INDEX offer_municipalities_idx ON offer USING gin (municipality_codes)`);

    // Search: Danish stemming with accents folded, one document per searchable record.
    await db.query(`CREATE TEXT SEARCH CONFIGURATION vejviser_da (COPY = danish)`);
    await db.query(`ALTER TEXT SEARCH CONFIGURATION vejviser_da ALTER MAPPING FOR hword, hword_part, word WITH unaccent, danish_stem`);
    await db.query(`CREATE FUNCTION vejviser_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(unaccent('unaccent'::regdictionary, $1)) $$`);
    await db.query(`CREATE TABLE search_document (
      id uuid PRIMARY KEY,
      type text NOT NULL CHECK (type IN ('OFFER','CONTACT','ORGANISATION','UNIT')),
      organisation_id uuid NOT NULL,
      title text NOT NULL, subtitle text, body text NOT NULL DEFAULT '',
      municipality_codes text[] NOT NULL DEFAULT '{}', region_keys text[] NOT NULL DEFAULT '{}',
      situation_keys text[] NOT NULL DEFAULT '{}', problem_keys text[] NOT NULL DEFAULT '{}',
      sector text NOT NULL, access_route text, status text,
      age_min int, age_max int,
      last_verified_at timestamptz, updated_at timestamptz NOT NULL DEFAULT now(),
      tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('vejviser_da', title), 'A') ||
        setweight(to_tsvector('vejviser_da', coalesce(subtitle, '')), 'B') ||
        setweight(to_tsvector('vejviser_da', body), 'C')) STORED)`);
    await db.query(`CREATE INDEX search_document_tsv_idx ON search_document USING gin (tsv)`);
    await db.query(`CREATE INDEX search_document_municipalities_idx ON search_document USING gin (municipality_codes)`);
    await db.query(`CREATE INDEX search_document_regions_idx ON search_document USING gin (region_keys)`);
    await db.query(`CREATE INDEX search_document_situations_idx ON search_document USING gin (situation_keys)`);
    await db.query(`CREATE INDEX search_document_organisation_idx ON search_document (organisation_id)`);
    // The vocabulary of indexed words, folded, for typo tolerance and suggestions.
    await db.query(`CREATE TABLE search_term (word text PRIMARY KEY)`);
    await db.query(`CREATE INDEX search_term_trgm_idx ON search_term USING gin (word gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'search_term',
      'search_document',
      'offer',
      'contact',
      'unit',
      'organisation',
      'taxonomy_term',
      'municipality_region',
      'municipality',
      'region',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await db.query(`DROP FUNCTION IF EXISTS vejviser_fold(text)`);
    await db.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS vejviser_da`);
  }
}

/** One multi-row INSERT: the reference data goes in with a handful of round trips, not hundreds. */
async function insertRows(db: QueryRunner, target: string, rows: unknown[][]): Promise<void> {
  const params: unknown[] = [];
  const values = rows.map((row) => `(${row.map((v) => `$${params.push(v)}`).join(', ')})`);
  await db.query(`INSERT INTO ${target} VALUES ${values.join(', ')}`, params);
}
