import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Erasure1764500000000 implements MigrationInterface {
  name = 'Erasure1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check`);
    await db.query(
      `ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check CHECK (action IN ('CREATE','UPDATE','DELETE','VERIFY','ERASE'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM audit_event WHERE action = 'ERASE'`);
    await db.query(`ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check`);
    await db.query(
      `ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check CHECK (action IN ('CREATE','UPDATE','DELETE','VERIFY'))`,
    );
  }
}
