import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session opened by single sign-on keeps the grants the provider's roles claim gave at sign-in
 * (refreshing it must not fall back to the account's own grants); null for a password session.
 */
export class SessionGrants1765210000000 implements MigrationInterface {
  name = 'SessionGrants1765210000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE refresh_token ADD COLUMN grants jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE refresh_token DROP COLUMN grants`);
  }
}
