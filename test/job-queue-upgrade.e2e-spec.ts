import { Injectable, Module, type INestApplicationContext, type OnModuleInit } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import PgBoss10 from 'pg-boss-10';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { DatabaseModule, JobQueue, JobsModule, LEGACY_JOB_SCHEMA, type Database } from '#core';
import { createTestDatabase, until } from '#testing';
import { JobQueue121765100000000 } from '../apps/api/src/migrations/1765100000000-job-queue-12.js';

let db: Database;

@Injectable()
class RecordingJobs implements OnModuleInit {
  constructor(private readonly jobs: JobQueue) {}

  onModuleInit(): void {
    this.jobs.define<{ tag: string }>({
      name: 'test.record',
      handler: async ({ tag }) => {
        await db.dataSource.query(`INSERT INTO test_job_run (tag) VALUES ($1)`, [tag]);
      },
    });
  }
}

async function query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  return db.dataSource.query(sql, values);
}

/** What a data directory made by the previous release holds: pg-boss 10's schema with jobs waiting. */
async function leaveJobsInPgBoss10(): Promise<{ waiting: string; later: string }> {
  const pool = (db.dataSource.driver as PostgresDriver).master as { query(text: string, values?: unknown[]): Promise<{ rows: object[] }> };
  const boss = new PgBoss10({
    db: { executeSql: (text, values) => pool.query(text, values) },
    schema: 'pgboss',
    supervise: false,
    schedule: false,
  });
  await boss.start();
  await boss.createQueue('test.record');
  await boss.createQueue('test.retired');
  const waiting = await boss.send('test.record', { tag: 'waiting' });
  const later = await boss.send('test.record', { tag: 'later' }, { startAfter: new Date(Date.now() + 7 * 86_400_000) });
  await boss.send('test.retired', { tag: 'retired' });
  await boss.stop({ graceful: false, wait: true, close: false });
  return { waiting: waiting!, later: later! };
}

describe('Upgrading the job queue from pg-boss 10 to 12', () => {
  let app: INestApplicationContext;

  beforeAll(async () => {
    db = await createTestDatabase();
    await query(`CREATE TABLE test_job_run (id serial PRIMARY KEY, tag text NOT NULL)`);
  });
  afterAll(async () => {
    await app?.close();
    await db.close();
  });

  it('moves the waiting jobs with their ids into the new queue, runs those due, and drops the old schema', async () => {
    const ids = await leaveJobsInPgBoss10();
    const runner = db.dataSource.createQueryRunner();
    await new JobQueue121765100000000().up(runner);
    await runner.release();

    @Module({ providers: [RecordingJobs] })
    class RecordingJobsModule {}
    app = await NestFactory.createApplicationContext(
      {
        module: RecordingJobsModule,
        imports: [
          DatabaseModule.forDatabase(db),
          JobsModule.forRoot({ work: true, pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1 }),
        ],
      },
      { logger: ['error'] },
    );
    await app.init();

    await until(async () => (await query(`SELECT 1 FROM test_job_run WHERE tag = 'waiting'`)).length === 1);
    const moved = await query<{ id: string; state: string }>(
      `SELECT id, state::text FROM pgboss.job WHERE name = 'test.record' ORDER BY created_on`,
    );
    expect(moved.map((job) => job.id).sort()).toEqual([ids.waiting, ids.later].sort());
    expect(moved.find((job) => job.id === ids.later)?.state).toBe('created');
    const [{ present }] = await query<{ present: boolean }>(`SELECT to_regnamespace($1) IS NOT NULL AS present`, [LEGACY_JOB_SCHEMA]);
    expect(present).toBe(false);
    expect(await query(`SELECT 1 FROM test_job_run WHERE tag = 'retired'`)).toHaveLength(0);
  });
});
