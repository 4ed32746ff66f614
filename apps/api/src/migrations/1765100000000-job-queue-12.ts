import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LEGACY_JOB_SCHEMA } from '#core';

/**
 * pg-boss 12 cannot migrate the schema pg-boss 10 made (version 24; its own migrations start at 25).
 * Set that schema aside under another name: pg-boss 12 then creates its own, and the job queue moves
 * the jobs still waiting into it at start and drops the old schema (see moveLegacyJobs in #core).
 */
export class JobQueue121765100000000 implements MigrationInterface {
  name = 'JobQueue121765100000000';

  async up(db: QueryRunner): Promise<void> {
    const [{ present }]: { present: boolean }[] = await db.query(`SELECT to_regclass('pgboss.version') IS NOT NULL AS present`);
    if (!present) return;
    const [{ version }]: { version: number }[] = await db.query(`SELECT max(version) AS version FROM pgboss.version`);
    if (version < 25) await db.query(`ALTER SCHEMA pgboss RENAME TO ${LEGACY_JOB_SCHEMA}`);
  }

  async down(): Promise<void> {
    // Nothing to undo: pg-boss 10 would start on an empty schema of its own.
  }
}
