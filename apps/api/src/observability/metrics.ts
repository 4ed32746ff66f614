/** Where the gauges read the state of the database, the job queue and the mail log at scrape time. */
export interface MetricSources {
  jobCounts(): Promise<{ queue: string; state: string; count: number }[]>;
  mailCounts(): Promise<Record<string, number>>;
  pool(): PoolUse | null;
}

export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

/** What the request middleware and the GraphQL plugin record; a no-op when METRICS is off. */
export abstract class Metrics {
  abstract readonly enabled: boolean;
  abstract observeHttp(method: string, route: string, status: number, seconds: number): void;
  abstract observeOperation(operation: string, type: string, seconds: number): void;
  abstract countError(code: string, kind: 'graphql' | 'result'): void;
  /** The Prometheus text exposition. */
  abstract render(): Promise<{ contentType: string; body: string }>;
}

export class NoMetrics extends Metrics {
  readonly enabled = false;
  observeHttp(): void {}
  observeOperation(): void {}
  countError(): void {}
  render(): Promise<{ contentType: string; body: string }> {
    return Promise.resolve({ contentType: 'text/plain', body: '' });
  }
}

/** Operation names come from clients: past this many distinct ones, new names count as "other". */
const MAX_OPERATIONS = 200;
/** Scrapes from several Prometheus servers within this window share one read of the database. */
const SOURCE_CACHE_MS = 5_000;
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Loads prom-client (only when METRICS is on) and registers the app's metrics in a registry of their own. */
export async function createMetrics(sources: MetricSources, onSourceError: (message: string) => void): Promise<Metrics> {
  const prom = await import('prom-client');
  const registry = new prom.Registry();
  prom.collectDefaultMetrics({ register: registry });

  const httpRequests = new prom.Counter({
    name: 'vejviser_http_requests_total',
    help: 'HTTP requests by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const httpDuration = new prom.Histogram({
    name: 'vejviser_http_request_duration_seconds',
    help: 'HTTP request duration by method and route pattern.',
    labelNames: ['method', 'route'],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const operations = new prom.Counter({
    name: 'vejviser_graphql_operations_total',
    help: 'GraphQL operations by operation name and type.',
    labelNames: ['operation', 'type'],
    registers: [registry],
  });
  const operationDuration = new prom.Histogram({
    name: 'vejviser_graphql_operation_duration_seconds',
    help: 'GraphQL operation duration (parse to response) by operation name and type.',
    labelNames: ['operation', 'type'],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const errors = new prom.Counter({
    name: 'vejviser_graphql_errors_total',
    help: 'GraphQL errors by code: kind "graphql" for errors in the response (extensions.code), "result" for typed ErrorResult answers.',
    labelNames: ['code', 'kind'],
    registers: [registry],
  });

  type Snapshot = { at: number; jobs: Awaited<ReturnType<MetricSources['jobCounts']>>; mail: Record<string, number> };
  let cached: Snapshot | null = null;
  let reading: Promise<Snapshot | null> | null = null;
  const read = async (): Promise<Snapshot | null> => {
    if (cached && Date.now() - cached.at < SOURCE_CACHE_MS) return cached;
    reading ??= Promise.all([sources.jobCounts(), sources.mailCounts()])
      .then(([jobs, mail]): Snapshot => (cached = { at: Date.now(), jobs, mail }))
      .catch((error: unknown) => {
        onSourceError(`Metrikker: kunne ikke læse jobkø og maillog: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      })
      .finally(() => (reading = null));
    return reading;
  };

  new prom.Gauge({
    name: 'vejviser_jobs',
    help: 'Jobs in the queue table by queue and state (created and retry: waiting; active; failed: gave up, kept until pg-boss deletes them). Queues ending in ".dead" hold jobs that used up their retries.',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of (await read())?.jobs ?? []) this.set({ queue: row.queue, state: row.state }, row.count);
    },
  });
  new prom.Gauge({
    name: 'vejviser_mail_messages',
    help: 'Messages in the mail log by status.',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [status, count] of Object.entries((await read())?.mail ?? {})) this.set({ status }, count);
    },
  });
  new prom.Gauge({
    name: 'vejviser_db_pool_connections',
    help: 'Database pool connections by state (busy, idle), the pool size (max) and requests waiting for a connection (waiting). The embedded database is one connection.',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const pool = sources.pool();
      if (!pool) return;
      this.set({ state: 'busy' }, pool.total - pool.idle);
      this.set({ state: 'idle' }, pool.idle);
      this.set({ state: 'max' }, pool.max);
      this.set({ state: 'waiting' }, pool.waiting);
    },
  });

  const known = new Set<string>();
  const label = (operation: string) => {
    if (known.has(operation)) return operation;
    if (known.size >= MAX_OPERATIONS) return 'other';
    known.add(operation);
    return operation;
  };

  return new (class extends Metrics {
    readonly enabled = true;
    observeHttp(method: string, route: string, status: number, seconds: number): void {
      httpRequests.inc({ method, route, status: String(status) });
      httpDuration.observe({ method, route }, seconds);
    }
    observeOperation(operation: string, type: string, seconds: number): void {
      const labels = { operation: label(operation), type };
      operations.inc(labels);
      operationDuration.observe(labels, seconds);
    }
    countError(code: string, kind: 'graphql' | 'result'): void {
      errors.inc({ code, kind });
    }
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    }
  })();
}
