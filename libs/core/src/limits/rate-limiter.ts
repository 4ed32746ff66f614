import { createHash } from 'node:crypto';
import { HeaderMap } from '@apollo/server';
import { Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';

/** One thing counted: `subject` (an account id, an address, an e-mail) under `scope`, at most `limit` per window. */
export interface RateLimitRule {
  scope: string;
  subject: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimitVerdict {
  allowed: boolean;
  /** When refused: seconds until the window that refused ends. */
  retryAfterSeconds: number;
}

const SWEEP_EVERY_MS = 60_000;

/** Subjects are addresses and e-mail addresses: the table keeps only a digest of them. */
const keyOf = (rule: RateLimitRule) => `${rule.scope}:${createHash('sha256').update(rule.subject).digest('base64url').slice(0, 32)}`;

/**
 * Counts attempts in the database, so every API process enforces one limit: one row per key, one
 * upsert (`count + 1 … RETURNING count`) for all of a request's rules. A key's window starts at its
 * first attempt and lasts `windowSeconds`; an attempt after that starts a new one. Ended windows are
 * deleted about once a minute per process, so the table holds only keys seen within their window,
 * and nothing is kept in memory but the time of the next sweep.
 */
@Injectable()
export class RateLimiter {
  private nextSweep = 0;

  constructor(private readonly dataSource: DataSource) {}

  /** Counts this attempt against every rule; refused when any rule is over its limit. `now`: the database clock by default. */
  async hit(rules: RateLimitRule[], now: Date | null = null): Promise<RateLimitVerdict> {
    const byKey = new Map(rules.map((rule) => [keyOf(rule), rule]));
    if (!byKey.size) return { allowed: true, retryAfterSeconds: 0 };
    await this.sweep(now);
    // Sorted keys: concurrent requests lock shared rows in one order.
    const keys = [...byKey.keys()].sort();
    const rows: { key: string; count: number; remaining: string }[] = await this.dataSource.query(
      `WITH clock AS (SELECT COALESCE($3::timestamptz, now()) AS at)
       INSERT INTO rate_limit_counter AS c (key, started_at, expires_at, count)
       SELECT r.key, clock.at, clock.at + make_interval(secs => r.seconds), 1
       FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS r(key, seconds, ord), clock
       ORDER BY r.ord
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN c.expires_at <= EXCLUDED.started_at THEN 1 ELSE c.count + 1 END,
         started_at = CASE WHEN c.expires_at <= EXCLUDED.started_at THEN EXCLUDED.started_at ELSE c.started_at END,
         expires_at = CASE WHEN c.expires_at <= EXCLUDED.started_at THEN EXCLUDED.expires_at ELSE c.expires_at END
       RETURNING key, count, extract(epoch FROM expires_at - (SELECT at FROM clock)) AS remaining`,
      [keys, keys.map((key) => byKey.get(key)!.windowSeconds), now],
    );
    const refused = rows.filter((row) => row.count > byKey.get(row.key)!.limit);
    if (!refused.length) return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...refused.map((row) => Number(row.remaining))))) };
  }

  /** Counts like `hit`, and throws TOO_MANY_REQUESTS (HTTP 429 with Retry-After) when refused. */
  async enforce(rules: RateLimitRule[], message: string, now: Date | null = null): Promise<void> {
    const verdict = await this.hit(rules, now);
    if (!verdict.allowed) throw tooManyRequests(message, verdict.retryAfterSeconds);
  }

  private async sweep(now: Date | null): Promise<void> {
    if (Date.now() < this.nextSweep) return;
    this.nextSweep = Date.now() + SWEEP_EVERY_MS;
    await this.dataSource.query(`DELETE FROM rate_limit_counter WHERE expires_at <= COALESCE($1::timestamptz, now())`, [now]);
  }
}

/** The error a refused caller gets: code TOO_MANY_REQUESTS, HTTP 429 and a Retry-After header. */
export function tooManyRequests(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'TOO_MANY_REQUESTS',
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
