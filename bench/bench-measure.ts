import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { Logger } from 'typeorm';

/** One statement as the app sent it to the database. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The statements of the search engine and of suggest: those on the search tables or the folded
 * suggestion names, and the search statement run by its function (its SQL is the parameter). The
 * rest of a request (loading the hits' records for GraphQL fields) is not.
 */
const ENGINE_SQL = /search_document|search_term|search_synonym|search_suggestion|vejviser_search_run/;
/** The search's own transaction and its local planner settings, replayed with it. */
const ENGINE_TRANSACTION = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)\b|set_config\(/i;

/**
 * A TypeORM logger that, while recording, keeps every statement the app runs, so the benchmark can
 * replay exactly the SQL of one request on a plain connection.
 */
export class StatementRecorder implements Logger {
  private recording: Statement[] | null = null;
  /** How many statements of any kind the last recorded request ran (loading the hits' records included). */
  lastTotal = 0;

  logQuery(query: string, parameters?: unknown[]): void {
    this.recording?.push({ sql: query, params: parameters ?? [] });
  }

  /** The engine statements run while `work` ran. */
  async record(work: () => Promise<unknown>): Promise<Statement[]> {
    const statements: Statement[] = [];
    this.recording = statements;
    try {
      await work();
    } finally {
      this.recording = null;
    }
    this.lastTotal = statements.length;
    return statements.filter((s) => ENGINE_SQL.test(s.sql) || ENGINE_TRANSACTION.test(s.sql));
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface GraphQLCall {
  query: string;
  variables: Record<string, unknown>;
}

/** POSTs one operation to /graphql; fails on an HTTP or GraphQL error. Returns the data. */
export async function postGraphQL(url: string, call: GraphQLCall): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(call) });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length || !body.data)
    throw new Error(`GraphQL svarede ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'ingen data'}`);
  return body.data;
}

/** Runs the statements one after another on a plain node-postgres client, as the app ran them. */
export async function replay(client: pg.Client, statements: Statement[]): Promise<void> {
  for (const s of statements) await client.query(s.sql, s.params);
}

/** Milliseconds `work` took. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** The q-quantile (0–1) of the samples, nearest rank. */
export function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
