import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ConstructorOptions, JobWithMetadata, PgBoss, SendOptions } from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

export interface JobsConfig {
  /** Run the handlers in this process (the API does by default; `npm run start:worker` always does). */
  work: boolean;
  pollingIntervalSeconds: number;
  maintenanceIntervalSeconds: number;
  /** Cron expressions by job name that replace the jobs' own schedules (JOB_SCHEDULES). */
  schedules?: Record<string, string>;
}

export const JOBS_CONFIG = Symbol('JOBS_CONFIG');

export interface JobContext {
  id: string;
  /** Retries left after this attempt fails: 0 on the last attempt. */
  retriesLeft: number;
}

export interface JobDefinition<T extends object> {
  name: string;
  handler(data: T, job: JobContext): Promise<void>;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Each retry waits about twice as long as the one before. */
  retryBackoff?: boolean;
  /** An active job not finished by then (its process died) is given to another worker. */
  expireInSeconds?: number;
  /** Cron expression, Europe/Copenhagen time: the job is enqueued on that schedule. */
  cron?: string;
}

/** Job data of scheduled work: `at` (an ISO instant) runs it as of another moment, so tests move time forward with it. */
export interface AsOfData {
  at?: string;
}

/** The moment a scheduled job runs as of: `data.at` when it is a valid instant, else now. */
export function asOf(data: AsOfData | undefined): Date {
  const moment = data?.at ? new Date(data.at) : new Date();
  return Number.isNaN(moment.getTime()) ? new Date() : moment;
}

/** Dead letters of a queue: jobs that used up their retries land here for people to look at. */
export const deadLetterQueue = (name: string) => `${name}.dead`;

type Db = { executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };

/**
 * Background jobs on pg-boss in the application's own database (PGlite or PostgreSQL). Jobs are
 * enqueued in the caller's transaction, retried with backoff, parked in a dead-letter queue when
 * they keep failing, and never run twice at once (pg-boss fetches with SKIP LOCKED).
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private boss: PgBoss | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
  ) {}

  /** Called by feature modules in onModuleInit, before the queue starts. */
  define<T extends object>(definition: JobDefinition<T>): void {
    this.definitions.set(definition.name, definition as JobDefinition<object>);
  }

  async onApplicationBootstrap(): Promise<void> {
    const pool = (this.dataSource.driver as PostgresDriver).master as {
      query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
    };
    const db: Db = { executeSql: (text, values) => pool.query(text, values) };
    // Loaded when the queue starts: code that only imports #core (pure functions, their specs) never parses pg-boss.
    const { PgBoss } = await import('pg-boss');
    const boss = new PgBoss({
      db,
      schema: 'pgboss',
      migrate: true,
      supervise: this.config.work,
      schedule: this.config.work,
      maintenanceIntervalSeconds: this.config.maintenanceIntervalSeconds,
      // pg-boss 12 looks for expired active jobs (a worker that died mid-job) on these, every 60 s by default.
      superviseIntervalSeconds: this.config.maintenanceIntervalSeconds,
      monitorIntervalSeconds: this.config.maintenanceIntervalSeconds,
    } as ConstructorOptions);
    boss.on('error', (error: Error) => this.logger.error(error.message));
    await boss.start();
    for (const definition of this.definitions.values()) {
      const dead = deadLetterQueue(definition.name);
      await boss.createQueue(dead);
      const queue = {
        name: definition.name,
        retryLimit: definition.retryLimit ?? 5,
        retryDelay: definition.retryDelaySeconds ?? 30,
        retryBackoff: definition.retryBackoff ?? true,
        expireInSeconds: definition.expireInSeconds ?? 15 * 60,
        deadLetter: dead,
      };
      // createQueue leaves an existing queue alone; updateQueue applies today's settings to it.
      if (await boss.getQueue(definition.name)) await boss.updateQueue(definition.name, queue);
      else await boss.createQueue(definition.name, queue);
      const cron = this.config.schedules?.[definition.name] ?? definition.cron;
      if (cron && this.config.work) await boss.schedule(definition.name, cron, {}, { tz: 'Europe/Copenhagen' });
    }
    for (const name of Object.keys(this.config.schedules ?? {}))
      if (!this.definitions.get(name)?.cron) this.logger.warn(`JOB_SCHEDULES: ${name} er ikke et planlagt job og ignoreres`);
    this.boss = boss;
    const queues = [...this.definitions.keys()].flatMap((name) => [name, deadLetterQueue(name)]);
    await moveLegacyJobs(this.dataSource, boss, new Set(queues), this.logger);
    if (this.config.work) await this.startWorkers(boss);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 10_000 });
    this.boss = null;
  }

  /**
   * Enqueues a job; with `manager`, inside that transaction (rolled back with it). The same `key`
   * enqueues at most one job, however often it is sent. Returns the job id, or null for a repeat.
   */
  async enqueue(
    manager: EntityManager | null,
    name: string,
    data: object,
    options: { key?: string; startAfter?: Date } = {},
  ): Promise<string | null> {
    const boss = this.started();
    if (!this.definitions.has(name)) throw new Error(`Ukendt jobtype: ${name}`);
    const db = manager ? await transactionDb(manager) : undefined;
    return boss.send(name, data, {
      id: options.key ? keyToUuid(name, options.key) : undefined,
      startAfter: options.startAfter,
      db,
    } as SendOptions);
  }

  /** Jobs of a queue in a given state (for tests and the admin view). */
  async count(name: string, states: string[]): Promise<number> {
    const pool = (this.dataSource.driver as PostgresDriver).master as {
      query(text: string, values?: unknown[]): Promise<{ rows: { count: string }[] }>;
    };
    const { rows } = await pool.query(`SELECT count(*) AS count FROM pgboss.job WHERE name = $1 AND state::text = ANY($2)`, [name, states]);
    return Number(rows[0].count);
  }

  /** Jobs per queue (every queue, zeros included) and state: waiting (created, retry), active and failed; completed are left out. */
  async counts(): Promise<{ queue: string; state: string; count: number }[]> {
    const pool = (this.dataSource.driver as PostgresDriver).master as {
      query(text: string): Promise<{ rows: { name: string; state: string; count: string }[] }>;
    };
    const { rows } = await pool.query(
      `SELECT q.name, s.state, count(j.id) AS count
         FROM pgboss.queue q
         CROSS JOIN unnest(ARRAY['created', 'retry', 'active', 'failed']) AS s(state)
         LEFT JOIN pgboss.job j ON j.name = q.name AND j.state::text = s.state
        GROUP BY q.name, s.state`,
    );
    return rows.map((row) => ({ queue: row.name, state: row.state, count: Number(row.count) }));
  }

  /** The cron schedules in force. */
  async schedules(): Promise<{ name: string; cron: string; timezone: string }[]> {
    return (await this.started().getSchedules()).map((s) => ({ name: s.name, cron: s.cron, timezone: s.options?.tz ?? 'UTC' }));
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('Jobkøen er ikke startet endnu.');
    return this.boss;
  }

  private async startWorkers(boss: PgBoss): Promise<void> {
    for (const definition of this.definitions.values()) {
      const options = { pollingIntervalSeconds: this.config.pollingIntervalSeconds, batchSize: 1, includeMetadata: true as const };
      await boss.work(definition.name, options, async ([job]: JobWithMetadata<object>[]) => {
        await definition.handler(job.data, { id: job.id, retriesLeft: Math.max(0, job.retryLimit - job.retryCount) });
      });
    }
    this.logger.log(`Arbejder på ${this.definitions.size} jobtyper`);
  }
}

/** pg-boss speaks to a `{ executeSql }`; this one runs on the transaction's own connection. */
async function transactionDb(manager: EntityManager): Promise<Db> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('enqueue med en EntityManager kræver en aktiv transaktion.');
  const client = (await runner.connect()) as { query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };
  return { executeSql: (text, values) => client.query(text, values) };
}

/** The name under which the migration to pg-boss 12 sets aside the schema pg-boss 10 made. */
export const LEGACY_JOB_SCHEMA = 'pgboss_v10';

/**
 * Moves the jobs pg-boss 10 left waiting (created, retry, or active when its process stopped) into
 * the current queue with their ids, so keyed jobs stay unique, then drops the old schema. One
 * transaction under an advisory lock, so processes starting together move each job once.
 */
async function moveLegacyJobs(dataSource: DataSource, boss: PgBoss, queues: Set<string>, logger: Logger): Promise<void> {
  const present = async (manager: EntityManager) =>
    ((await manager.query(`SELECT to_regnamespace($1) IS NOT NULL AS present`, [LEGACY_JOB_SCHEMA])) as { present: boolean }[])[0].present;
  if (!(await present(dataSource.manager))) return;
  await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [LEGACY_JOB_SCHEMA]);
    if (!(await present(manager))) return;
    const jobs: { id: string; name: string; data: object | null; start_after: Date; singleton_key: string | null }[] = await manager.query(
      `SELECT id, name, data, start_after, singleton_key FROM ${LEGACY_JOB_SCHEMA}.job
        WHERE state::text IN ('created', 'retry', 'active') ORDER BY created_on`,
    );
    const db = await transactionDb(manager);
    const kept = jobs.filter((job) => queues.has(job.name));
    for (const job of kept) {
      await boss.send(job.name, job.data ?? {}, {
        id: job.id,
        startAfter: job.start_after,
        singletonKey: job.singleton_key ?? undefined,
        db,
      } as SendOptions);
    }
    await manager.query(`DROP SCHEMA ${LEGACY_JOB_SCHEMA} CASCADE`);
    logger.log(
      `Jobkøen er flyttet til pg-boss 12: ${kept.length} ventende job flyttet, ${jobs.length - kept.length} af ukendt type droppet`,
    );
  });
}

/** A job id derived from an idempotency key: the same key is the same job. */
function keyToUuid(name: string, key: string): string {
  const hex = createHash('sha256').update(`${name}\u0000${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
