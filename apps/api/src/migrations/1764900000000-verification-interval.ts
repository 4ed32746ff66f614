import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VerificationInterval1764900000000 implements MigrationInterface {
  name = 'VerificationInterval1764900000000';

  async up(db: QueryRunner): Promise<void> {
    // How often an organisation's records must be confirmed as still correct (issue 7: 180 days by default).
    await db.query(`ALTER TABLE organisation ADD COLUMN verification_interval_days integer NOT NULL DEFAULT 180
      CHECK (verification_interval_days BETWEEN 7 AND 3650)`);
    // When the record should have been confirmed again; past it, search ranks it lower and says it is stale.
    await db.query(`ALTER TABLE search_document ADD COLUMN verification_due timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE search_document DROP COLUMN verification_due`);
    await db.query(`ALTER TABLE organisation DROP COLUMN verification_interval_days`);
  }
}
