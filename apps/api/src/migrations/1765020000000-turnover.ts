import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Turnover1765020000000 implements MigrationInterface {
  name = 'Turnover1765020000000';

  async up(db: QueryRunner): Promise<void> {
    // TODO turnover: left contacts and successors.
    await db.query('SELECT 1');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('SELECT 1');
  }
}
