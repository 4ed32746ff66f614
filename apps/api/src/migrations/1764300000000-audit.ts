import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Audit1764300000000 implements MigrationInterface {
  name = 'Audit1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE audit_event (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      occurred_at timestamptz NOT NULL DEFAULT now(),
      account_id uuid, -- no foreign key: the trail outlives accounts (erasure leaves a pseudonymous marker)
      entity_type text NOT NULL, entity_id uuid NOT NULL, organisation_id uuid,
      action text NOT NULL CHECK (action IN ('CREATE','UPDATE','DELETE','VERIFY')),
      changes jsonb NOT NULL DEFAULT '[]')`);
    await db.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_id, occurred_at DESC)`);
    await db.query(`CREATE INDEX audit_event_account_idx ON audit_event (account_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_event`);
  }
}
