import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChangeDigests1765040000000 implements MigrationInterface {
  name = 'ChangeDigests1765040000000';

  async up(db: QueryRunner): Promise<void> {
    // TODO change-digest subscriptions.
    await db.query('SELECT 1');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('SELECT 1');
  }
}
