import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChangeDigests1765040000000 implements MigrationInterface {
  name = 'ChangeDigests1765040000000';

  async up(db: QueryRunner): Promise<void> {
    // One subscription per member and network; an empty situation list means every situation.
    // covered_until: changes up to this moment are in an earlier digest (or predate the subscription).
    await db.query(`CREATE TABLE change_subscription (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
      network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
      municipality_codes text[] NOT NULL CHECK (cardinality(municipality_codes) > 0),
      situation_keys text[] NOT NULL DEFAULT '{}',
      covered_until timestamptz NOT NULL,
      last_sent_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (account_id, network_id))`);
    await db.query(`CREATE INDEX change_subscription_due_idx ON change_subscription (covered_until)`);
    await db.query(`CREATE INDEX change_subscription_network_idx ON change_subscription (network_id)`);
    // The weekly digest reads a week of directory changes from the audit trail by time.
    await db.query(`CREATE INDEX audit_event_directory_time_idx ON audit_event (occurred_at) WHERE entity_type IN ('Contact','Offer')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_event_directory_time_idx`);
    await db.query(`DROP TABLE change_subscription`);
  }
}
