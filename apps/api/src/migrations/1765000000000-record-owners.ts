import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecordOwners1765000000000 implements MigrationInterface {
  name = 'RecordOwners1765000000000';

  async up(db: QueryRunner): Promise<void> {
    // Who answers for a contact or offer being correct: an account, or a unit's editors (issue 7).
    for (const table of ['contact', 'offer']) {
      await db.query(`ALTER TABLE ${table}
        ADD COLUMN owner_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        ADD COLUMN owner_unit_id uuid REFERENCES unit(id) ON DELETE SET NULL,
        ADD CONSTRAINT ${table}_one_owner CHECK (owner_account_id IS NULL OR owner_unit_id IS NULL)`);
      // Records already placed in a unit are owned by it; the rest by their organisation's editors.
      await db.query(`UPDATE ${table} SET owner_unit_id = unit_id WHERE unit_id IS NOT NULL`);
      await db.query(`CREATE INDEX ${table}_owner_account_idx ON ${table} (owner_account_id) WHERE owner_account_id IS NOT NULL`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['contact', 'offer']) {
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_one_owner, DROP COLUMN owner_account_id, DROP COLUMN owner_unit_id`);
    }
  }
}
