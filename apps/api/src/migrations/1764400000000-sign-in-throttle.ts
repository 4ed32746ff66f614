import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SignInThrottle1764400000000 implements MigrationInterface {
  name = 'SignInThrottle1764400000000';

  async up(db: QueryRunner): Promise<void> {
    // Failed sign-ins, kept for a day: shared by every API process, so the limits hold across them.
    await db.query(`CREATE TABLE sign_in_failure (
      id bigserial PRIMARY KEY, email text NOT NULL, address text NOT NULL, at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX sign_in_failure_email_idx ON sign_in_failure (email, at)`);
    await db.query(`CREATE INDEX sign_in_failure_address_idx ON sign_in_failure (address, at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sign_in_failure`);
  }
}
