import type { NextFunction, Request, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { addDays, copenhagenDate, copenhagenInstant } from '#core';
import type { SearchResultCache } from '#search';
import type { Metrics } from '../observability/metrics.js';
import { requestScope } from '../observability/request-scope.js';
import { operationOf, type Operation } from './keepable-operation.js';

/** Whole answers kept per process, and their bytes at most. */
const MAX_ANSWERS = 1_000;
const MAX_BYTES = 32 * 1024 * 1024;
/**
 * The longest an answer is kept. What depends on the clock says until when it holds (RequestContext.holdsUntil:
 * opening status, verification dates, the handover guide's "now"), and the date with the day: this bounds the rest.
 */
const MAX_AGE_MS = 15 * 60_000;
const MINUTE_MS = 60_000;
/** Parsed operations remembered. */
const MAX_OPERATIONS = 500;

interface Answer {
  body: Buffer;
  stamp: string;
  expires: number;
}

interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/**
 * Whole answers to anonymous search, suggest and handover requests, kept so a repeated request skips GraphQL, the
 * records' loading and the answer's serialisation. What may be kept is what anyone without a sign-in sees of
 * types that read only what the directory's generation watches (KEPT_TYPES): not a theme day's registrations.
 *
 * Current in the same ways: an answer is used only while the directory's generation (read from the database
 * at each request, so a change through any process is seen) and this process's clears are as when it was
 * made, and until the first moment at which the clock would change it (`answerHolds`: a place opens or
 * closes, a record passes its verification date, the day ends), 15 minutes at most. The web app asks about
 * "now" to the minute, so its questions repeat. Signed-in requests and answers with errors are never kept.
 */
export class PublicAnswerCache {
  private readonly answers = new Map<string, Answer>();
  private readonly operations = new Map<string, Operation>();
  private bytes = 0;
  private operationIds = 0;

  constructor(
    private readonly results: SearchResultCache,
    private readonly metrics: Metrics,
    /** The API's schema, once GraphQL has started: what an operation selects decides whether its answer is kept. */
    private readonly schema: () => GraphQLSchema,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.answers.size;
  }

  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const request = this.requestOf(req);
      if (!request) return next();
      // Only reading the generation can fail, before anything was sent: GraphQL then answers as it would without a cache.
      this.answer(req, res, next, request).catch(() => next());
    };
  }

  private requestOf(req: Request): { key: string; operation: Operation } | null {
    if (req.method !== 'POST' || req.path !== '/graphql' || req.headers.authorization || !req.is('application/json')) return null;
    const body = req.body as GraphQLBody | undefined;
    if (!body || typeof body.query !== 'string' || body.extensions !== undefined) return null;
    const operationName = typeof body.operationName === 'string' ? body.operationName : null;
    const operationKey = `${operationName ?? ''}\u0000${body.query}`;
    let operation = this.operations.get(operationKey);
    if (!operation) {
      if (this.operations.size >= MAX_OPERATIONS) this.operations.clear();
      this.operations.set(operationKey, (operation = operationOf(++this.operationIds, body.query, operationName, this.schema)));
    }
    if (!operation.cacheable) return null;
    return { key: `${operation.id}\u0000${JSON.stringify(body.variables ?? null)}`, operation };
  }

  private async answer(req: Request, res: Response, next: NextFunction, { key, operation }: { key: string; operation: Operation }) {
    const started = this.now();
    const stamp = await this.results.stamp();
    const kept = this.answers.get(key);
    if (kept && kept.stamp === stamp && kept.expires > started) {
      this.answers.delete(key);
      this.answers.set(key, kept);
      this.observe(operation, started);
      res.status(200).type('application/json; charset=utf-8').send(kept.body);
      return;
    }
    if (kept) this.forget(key, kept);
    const scope = requestScope.current();
    this.capture(res, (body) => {
      // Without GraphQL's word on the clock (no context was made), an answer holds to the end of its minute.
      const holds = scope?.answerHolds?.() ?? (Math.floor(started / MINUTE_MS) + 1) * MINUTE_MS;
      const expires = Math.min(started + MAX_AGE_MS, startOfNextDay(started), holds);
      // An answer finished after that, or on the next day, may already be another's: not kept.
      if (this.now() < expires && res.statusCode === 200 && body.length <= MAX_BYTES / 100 && !hasErrors(body))
        this.keep(key, { body, stamp, expires });
    });
    next();
  }

  /** Collects what the rest of the chain writes to `res`, and hands it over when the answer ends. */
  private capture(res: Response, done: (body: Buffer) => void): void {
    const chunks: Buffer[] = [];
    const add = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      chunks.push(
        Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'),
      );
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      add(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as Response['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      add(chunk, rest[0]);
      done(Buffer.concat(chunks));
      return end(chunk, ...rest);
    }) as Response['end'];
  }

  private keep(key: string, answer: Answer): void {
    const old = this.answers.get(key);
    if (old) this.forget(key, old);
    this.answers.set(key, answer);
    this.bytes += answer.body.length;
    for (const [oldest, entry] of this.answers) {
      if (this.answers.size <= MAX_ANSWERS && this.bytes <= MAX_BYTES) break;
      this.forget(oldest, entry);
    }
  }

  private forget(key: string, answer: Answer): void {
    this.answers.delete(key);
    this.bytes -= answer.body.length;
  }

  /** The log line and metrics a kept answer gets, as one that ran (graphql-observer.plugin.ts). */
  private observe(operation: Operation, started: number): void {
    const scope = requestScope.current();
    if (scope) {
      scope.operation = operation.name;
      scope.operationType = 'query';
      scope.rootFields = operation.rootFields;
    }
    const label = operation.name ?? `(${operation.rootFields.join(',')})`;
    this.metrics.observeOperation(label, 'query', (this.now() - started) / 1000);
  }
}

/** Midnight after `at` in Copenhagen: regions, offers' periods and holidays go by the date. */
function startOfNextDay(at: number): number {
  return copenhagenInstant(addDays(copenhagenDate(at), 1), 0).getTime();
}

function hasErrors(body: Buffer): boolean {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { errors?: unknown; data?: unknown };
    return parsed.errors !== undefined || parsed.data === undefined;
  } catch {
    return true;
  }
}
