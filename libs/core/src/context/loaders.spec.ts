import type { Database } from '#core';
import { AuditAction, AuditEvent, RequestContext, byIdLoader, defineLoader } from '#core';
import { createTestDatabase } from '#testing';

describe('request loaders', () => {
  it('batches the keys of one request in one call and answers each in the order asked', async () => {
    const batches: (readonly number[])[] = [];
    const SQUARE = defineLoader<number, number, null>('test.square', async (_deps, keys) => {
      batches.push(keys);
      return keys.map((k) => k * k);
    });
    const ctx = new RequestContext();
    expect(await Promise.all([3, 1, 2, 3].map((k) => ctx.load(SQUARE, null, k)))).toEqual([9, 1, 4, 9]);
    expect(batches).toEqual([[3, 1, 2]]);
    expect(await new RequestContext().load(SQUARE, null, 3)).toBe(9); // another request: its own cache
    expect(batches).toHaveLength(2);
  });

  it('keeps loaders of the same name apart, and caches object keys by their cache key', async () => {
    const first = defineLoader<string, string, null>('test.same', async (_deps, keys) => keys.map((k) => `first ${k}`));
    const second = defineLoader<string, string, null>('test.same', async (_deps, keys) => keys.map((k) => `second ${k}`));
    let calls = 0;
    const ON_DAY = defineLoader<{ code: string; at: string }, string, null>(
      'test.onDay',
      async (_deps, keys) => {
        calls++;
        return keys.map((k) => `${k.code}@${k.at}`);
      },
      { cacheKey: (k) => `${k.at}|${k.code}` },
    );
    const ctx = new RequestContext();
    expect([await ctx.load(first, null, 'a'), await ctx.load(second, null, 'a')]).toEqual(['first a', 'second a']);
    expect(await ctx.load(ON_DAY, null, { code: '0101', at: '2027-01-01' })).toBe('0101@2027-01-01');
    expect(await ctx.load(ON_DAY, null, { code: '0101', at: '2027-01-01' })).toBe('0101@2027-01-01');
    expect(calls).toBe(1);
  });

  describe('byIdLoader', () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase();
    });
    afterAll(() => db.close());

    it('answers rows in key order, null for a missing id and for one that is not a UUID', async () => {
      const repo = db.dataSource.getRepository(AuditEvent);
      const base = { accountId: null, entityType: 'Test', organisationId: null, action: AuditAction.CREATE };
      const [a, b] = await repo.save([
        repo.create({ ...base, entityId: '00000000-0000-4000-8000-00000000000a' }),
        repo.create({ ...base, entityId: '00000000-0000-4000-8000-00000000000b' }),
      ]);
      const ctx = new RequestContext();
      const ids = [b.id, 'ikke-et-id', '00000000-0000-4000-8000-000000000000', a.id];
      const found = await Promise.all(ids.map((id) => ctx.load(byIdLoader(AuditEvent), db.dataSource, id)));
      expect(found.map((row) => row?.entityId ?? null)).toEqual([b.entityId, null, null, a.entityId]);
      expect(byIdLoader(AuditEvent)).toBe(byIdLoader(AuditEvent)); // one definition per entity, so one cache per request
    });
  });
});
