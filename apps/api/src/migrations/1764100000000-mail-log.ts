import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailLog1764100000000 implements MigrationInterface {
  name = 'MailLog1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE mail_message (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      template text NOT NULL,
      recipients text[] NOT NULL CHECK (cardinality(recipients) > 0),
      subject text NOT NULL, html text NOT NULL, text text NOT NULL, ical_event jsonb,
      status text NOT NULL CHECK (status IN ('QUEUED','SENDING','SENT','FAILED')),
      attempts int NOT NULL DEFAULT 0, last_error text,
      message_id text NOT NULL UNIQUE, idempotency_key text UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), sent_at timestamptz)`);
    await db.query(`CREATE INDEX mail_message_status_idx ON mail_message (status, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mail_message`);
  }
}
