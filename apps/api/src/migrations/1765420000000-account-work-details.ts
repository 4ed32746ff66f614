import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An account's own work details (issue 17 item 5): job title and work phone, edited by the person themself. */
export class AccountWorkDetails1765420000000 implements MigrationInterface {
  name = 'AccountWorkDetails1765420000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account ADD COLUMN job_title text, ADD COLUMN work_phone text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account DROP COLUMN job_title, DROP COLUMN work_phone`);
  }
}
