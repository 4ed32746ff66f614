import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VerificationDigests1765010000000 implements MigrationInterface {
  name = 'VerificationDigests1765010000000';

  async up(db: QueryRunner): Promise<void> {
    // TODO verification digests: confirm links, escalation state.
    await db.query('SELECT 1');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('SELECT 1');
  }
}
