import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Turnover1765020000000 implements MigrationInterface {
  name = 'Turnover1765020000000';

  async up(db: QueryRunner): Promise<void> {
    // A person who left stays as a pointer to their successor (issue 7: searches for them lead on).
    await db.query(`ALTER TABLE contact
      ADD COLUMN left_at timestamptz,
      ADD COLUMN successor_id uuid REFERENCES contact(id) ON DELETE SET NULL,
      ADD COLUMN former_names text[] NOT NULL DEFAULT '{}'`);
    // The retention job finds people who left long enough ago; the handover repoints chains of successors.
    await db.query(`CREATE INDEX contact_left_at_idx ON contact (left_at) WHERE left_at IS NOT NULL`);
    await db.query(`CREATE INDEX contact_successor_idx ON contact (successor_id) WHERE successor_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX contact_successor_idx`);
    await db.query(`DROP INDEX contact_left_at_idx`);
    await db.query(`ALTER TABLE contact DROP COLUMN left_at, DROP COLUMN successor_id, DROP COLUMN former_names`);
  }
}
