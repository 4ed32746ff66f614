import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Coverage1765030000000 implements MigrationInterface {
  name = 'Coverage1765030000000';

  async up(db: QueryRunner): Promise<void> {
    // TODO coverage requirements.
    await db.query('SELECT 1');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('SELECT 1');
  }
}
