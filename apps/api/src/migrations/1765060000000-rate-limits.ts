import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimits1765060000000 implements MigrationInterface {
  name = 'RateLimits1765060000000';

  async up(db: QueryRunner): Promise<void> {
    // Attempts per key in its current window, shared by every API process. Unlogged: counters need
    // no crash safety or replication, and an upsert per mutation should not cost a WAL flush.
    await db.query(`CREATE UNLOGGED TABLE rate_limit_counter (
      key text PRIMARY KEY,
      started_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      count integer NOT NULL)`);
    await db.query(`CREATE INDEX rate_limit_counter_expires_idx ON rate_limit_counter (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rate_limit_counter`);
  }
}
