import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1764200000000 implements MigrationInterface {
  name = 'Accounts1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE account (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL CHECK (email = lower(email)), display_name text NOT NULL, password_hash text,
      status text NOT NULL CHECK (status IN ('ACTIVE','INVITED','DISABLED')),
      is_demo boolean NOT NULL DEFAULT false, last_sign_in_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE UNIQUE INDEX account_email_idx ON account (email)`);
    await db.query(`CREATE TABLE role_grant (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('EDITOR','KEY_PERSON','NETWORK_COORDINATOR','ADMIN')),
      organisation_id uuid REFERENCES organisation(id) ON DELETE CASCADE,
      unit_id uuid REFERENCES unit(id) ON DELETE CASCADE,
      network_id uuid)`);
    // One grant of a role per scope; written with coalesce so it also holds on PostgreSQL before 15.
    const none = `'00000000-0000-0000-0000-000000000000'::uuid`;
    await db.query(`CREATE UNIQUE INDEX role_grant_unique_idx ON role_grant
      (account_id, role, coalesce(organisation_id, ${none}), coalesce(unit_id, ${none}), coalesce(network_id, ${none}))`);
    await db.query(`CREATE INDEX role_grant_account_idx ON role_grant (account_id)`);
    await db.query(`CREATE TABLE refresh_token (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
      family_id uuid NOT NULL, token_hash text NOT NULL UNIQUE,
      expires_at timestamptz NOT NULL, used_at timestamptz, revoked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);
    await db.query(`CREATE INDEX refresh_token_account_idx ON refresh_token (account_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['refresh_token', 'role_grant', 'account']) await db.query(`DROP TABLE ${table}`);
  }
}
