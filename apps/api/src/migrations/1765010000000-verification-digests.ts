import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VerificationDigests1765010000000 implements MigrationInterface {
  name = 'VerificationDigests1765010000000';

  async up(db: QueryRunner): Promise<void> {
    // One row per record and verification cycle; a cycle is named by what it counts from (the last
    // confirmation, or creation), so confirming a record starts a new cycle and ends the old one.
    await db.query(`CREATE TABLE verification_request (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      record_type text NOT NULL CHECK (record_type IN ('CONTACT', 'OFFER')),
      record_id uuid NOT NULL,
      organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
      basis_at timestamptz NOT NULL,
      opened_at timestamptz NOT NULL,
      last_asked_at timestamptz,
      ask_count integer NOT NULL DEFAULT 0,
      escalated_at timestamptz,
      confirmed_at timestamptz,
      CONSTRAINT verification_request_cycle UNIQUE (record_type, record_id, basis_at)
    )`);
    await db.query(`CREATE INDEX verification_request_open_idx ON verification_request (organisation_id) WHERE confirmed_at IS NULL`);
    // Single-use confirm links: only the SHA-256 of the random token is kept.
    await db.query(`CREATE TABLE verification_link (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      request_id uuid NOT NULL REFERENCES verification_request(id) ON DELETE CASCADE,
      account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
      purpose text NOT NULL CHECK (purpose IN ('REQUEST', 'ESCALATION')),
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await db.query(`CREATE INDEX verification_link_request_idx ON verification_link (request_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE verification_link`);
    await db.query(`DROP TABLE verification_request`);
  }
}
