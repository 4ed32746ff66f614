import { Injectable, Module, type INestApplicationContext, type OnModuleInit } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Database } from '#core';
import { DatabaseModule, JobQueue, JobsModule, deadLetterQueue } from '#core';
import { createTestDatabase, until } from '#testing';

/** Records every run in a table, so runs are counted by the database, not by one process. */
@Injectable()
class TestJobs implements OnModuleInit {
  constructor(private readonly jobs: JobQueue) {}

  onModuleInit(): void {
    this.jobs.define<{ tag: string }>({
      name: 'test.record',
      handler: async ({ tag }) => {
        await db.dataSource.query(`INSERT INTO test_job_run (tag) VALUES ($1)`, [tag]);
      },
    });
    this.jobs.define<{ tag: string }>({
      name: 'test.fail',
      retryLimit: 2,
      retryDelaySeconds: 1,
      retryBackoff: false,
      handler: async ({ tag }) => {
        await db.dataSource.query(`INSERT INTO test_job_run (tag) VALUES ($1)`, [tag]);
        throw new Error('altid fejl');
      },
    });
    this.jobs.define({ name: 'test.nightly', cron: '0 3 * * *', handler: async () => undefined });
  }
}

let db: Database;

async function worker(): Promise<INestApplicationContext> {
  @Module({ providers: [TestJobs] })
  class TestJobsModule {}
  const app = await NestFactory.createApplicationContext(
    {
      module: TestJobsModule,
      imports: [
        DatabaseModule.forDatabase(db),
        JobsModule.forRoot({ work: true, pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1 }),
      ],
    },
    { logger: ['error'] },
  );
  await app.init();
  return app;
}

async function runs(tag: string): Promise<number> {
  const [{ count }]: { count: string }[] = await db.dataSource.query(`SELECT count(*) AS count FROM test_job_run WHERE tag = $1`, [tag]);
  return Number(count);
}

describe('JobQueue', () => {
  let a: INestApplicationContext;
  let b: INestApplicationContext;

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.dataSource.query(`CREATE TABLE test_job_run (id serial PRIMARY KEY, tag text NOT NULL)`);
    a = await worker();
    b = await worker();
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await db.close();
  });

  it('runs a job enqueued in a committed transaction, and never one whose transaction rolled back', async () => {
    const jobs = a.get(JobQueue);
    await db.dataSource.transaction((manager) => jobs.enqueue(manager, 'test.record', { tag: 'committed' }));
    await expect(
      db.dataSource.transaction(async (manager) => {
        await jobs.enqueue(manager, 'test.record', { tag: 'rolled-back' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await until(async () => (await runs('committed')) === 1);
    expect(await jobs.count('test.record', ['created', 'active', 'retry', 'completed'])).toBe(1);
    expect(await runs('rolled-back')).toBe(0);
  });

  it('enqueues a job once per idempotency key', async () => {
    const jobs = a.get(JobQueue);
    const first = await jobs.enqueue(null, 'test.record', { tag: 'keyed' }, { key: 'same-key' });
    const second = await jobs.enqueue(null, 'test.record', { tag: 'keyed' }, { key: 'same-key' });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    await until(async () => (await runs('keyed')) === 1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await runs('keyed')).toBe(1);
  });

  it('retries a failing job and then parks it in the dead-letter queue', async () => {
    const jobs = a.get(JobQueue);
    await jobs.enqueue(null, 'test.fail', { tag: 'failing' });
    await until(
      async () => (await jobs.count(deadLetterQueue('test.fail'), ['created', 'active', 'retry', 'completed', 'failed'])) === 1,
      30_000,
    );
    expect(await runs('failing')).toBe(3);
    expect(await jobs.count('test.fail', ['failed'])).toBe(1);
  });

  it('gives each job to exactly one of two workers', async () => {
    const jobs = a.get(JobQueue);
    for (let i = 0; i < 30; i++) await jobs.enqueue(null, 'test.record', { tag: `many-${i}` });
    await until(async () => {
      const [{ count }]: { count: string }[] = await db.dataSource.query(
        `SELECT count(*) AS count FROM test_job_run WHERE tag LIKE 'many-%'`,
      );
      return Number(count) >= 30;
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const rows: { tag: string; n: string }[] = await db.dataSource.query(
      `SELECT tag, count(*) AS n FROM test_job_run WHERE tag LIKE 'many-%' GROUP BY tag`,
    );
    expect(rows).toHaveLength(30);
    expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
  });

  it('registers scheduled jobs in Danish time', async () => {
    expect(await a.get(JobQueue).schedules()).toContainEqual(
      expect.objectContaining({ name: 'test.nightly', cron: '0 3 * * *', timezone: 'Europe/Copenhagen' }),
    );
  });
});
