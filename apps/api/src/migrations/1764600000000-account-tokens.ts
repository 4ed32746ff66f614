import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountTokens1764600000000 implements MigrationInterface {
  name = 'AccountTokens1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account ADD COLUMN organisation_id uuid REFERENCES organisation(id) ON DELETE SET NULL`);
    // PENDING: someone applied to join an organisation and waits for a key person's approval.
    await db.query(`ALTER TABLE account DROP CONSTRAINT account_status_check`);
    await db.query(`ALTER TABLE account ADD CONSTRAINT account_status_check CHECK (status IN ('PENDING','INVITED','ACTIVE','DISABLED'))`);
    // Single-use links for invitations and password resets, stored only as hashes.
    await db.query(`CREATE TABLE account_token (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
      purpose text NOT NULL CHECK (purpose IN ('INVITATION','PASSWORD_RESET')),
      token_hash text NOT NULL UNIQUE, expires_at timestamptz NOT NULL, used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX account_token_account_idx ON account_token (account_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE account_token`);
    await db.query(`ALTER TABLE account DROP COLUMN organisation_id`);
  }
}
