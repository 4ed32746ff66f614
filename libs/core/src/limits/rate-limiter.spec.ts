import type { Database } from '#core';
import { RateLimiter, type RateLimitRule } from '#core';
import { createTestDatabase } from '#testing';

const AT = new Date('2027-03-01T08:00:00Z');
const later = (seconds: number) => new Date(AT.getTime() + seconds * 1000);
const rule = (subject: string, limit = 3, windowSeconds = 60): RateLimitRule => ({ scope: 'test', subject, limit, windowSeconds });

describe('RateLimiter', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  const rows = async () => (await db.dataSource.query(`SELECT key FROM rate_limit_counter`)) as { key: string }[];

  it('allows the limit within a window, refuses after it with the seconds left, and starts over when the window ends', async () => {
    const limiter = new RateLimiter(db.dataSource);
    for (let i = 0; i < 3; i++) expect(await limiter.hit([rule('a')], later(i))).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(await limiter.hit([rule('a')], later(20))).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect((await limiter.hit([rule('b')], later(20))).allowed).toBe(true); // another key counts on its own
    expect((await limiter.hit([rule('a')], later(60))).allowed).toBe(true);
  });

  it('refuses when any of several rules is over its limit, counting all of them in one go', async () => {
    const limiter = new RateLimiter(db.dataSource);
    const narrow = rule('person', 1, 3600);
    const wide = rule('address', 100);
    expect((await limiter.hit([narrow, wide], later(0))).allowed).toBe(true);
    expect(await limiter.hit([narrow, wide], later(1))).toEqual({ allowed: false, retryAfterSeconds: 3599 });
    expect((await limiter.hit([rule('someone else', 1, 3600), wide], later(2))).allowed).toBe(true);
  });

  it('is one limit for every instance on the database (each API process has its own)', async () => {
    const first = new RateLimiter(db.dataSource);
    const second = new RateLimiter(db.dataSource);
    const verdicts = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? first : second).hit([rule('shared', 6)], later(i))));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(6);
  });

  it('keeps no address or e-mail in the table, and deletes ended windows', async () => {
    const limiter = new RateLimiter(db.dataSource);
    await limiter.hit([rule('anna@example.org')], later(0));
    expect((await rows()).some((r) => r.key.includes('anna'))).toBe(false);
    expect((await rows()).length).toBeGreaterThan(0);
    // A fresh instance sweeps on its first hit; only the key it just counted is left.
    await new RateLimiter(db.dataSource).hit([rule('c')], later(2 * 3600));
    expect(await rows()).toHaveLength(1);
  });
});
