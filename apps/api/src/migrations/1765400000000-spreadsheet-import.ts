import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SpreadsheetImport1765400000000 implements MigrationInterface {
  name = 'SpreadsheetImport1765400000000';

  async up(db: QueryRunner): Promise<void> {
    // What caused a change besides a person editing (a spreadsheet import: "import:<id>").
    await db.query(`ALTER TABLE audit_event ADD COLUMN cause text`);
    // The column mapping an organisation's last import used, offered for the next (libs/spreadsheets).
    await db.query(`CREATE TABLE import_mapping (
      organisation_id uuid PRIMARY KEY REFERENCES organisation(id) ON DELETE CASCADE,
      mapping jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now())`);
    // Which record a row's key (external id, or kind and normalised name) was imported as: a re-import updates it.
    await db.query(`CREATE TABLE import_link (
      organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
      record_type text NOT NULL,
      match_key text NOT NULL,
      record_id uuid NOT NULL,
      PRIMARY KEY (organisation_id, record_type, match_key))`);
    // One applied import: who, when, which file and what it did.
    await db.query(`CREATE TABLE import_run (
      id uuid PRIMARY KEY,
      organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
      account_id uuid,
      file_name text,
      created integer NOT NULL,
      updated integer NOT NULL,
      unchanged integer NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE import_run`);
    await db.query(`DROP TABLE import_link`);
    await db.query(`DROP TABLE import_mapping`);
    await db.query(`ALTER TABLE audit_event DROP COLUMN cause`);
  }
}
