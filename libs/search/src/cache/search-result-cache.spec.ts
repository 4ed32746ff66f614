import type { DataSource } from 'typeorm';
import { DirectoryGeneration } from '#directory';
import { SearchResultCache } from './search-result-cache.js';

/** A cache over a stand-in for the database: `generation` is what search_generation holds. */
function cacheWith(capacity: number) {
  const state = { generation: 1, reads: 0 };
  const dataSource = {
    query: () => {
      state.reads++;
      return Promise.resolve([{ generation: String(state.generation) }]);
    },
  } as Pick<DataSource, 'query'> as DataSource;
  return { cache: new SearchResultCache(new DirectoryGeneration(dataSource), { meilisearch: null, cacheEntries: capacity }), state };
}

/** A computation that counts its runs per key. */
function counted() {
  const runs = new Map<string, number>();
  const compute = (key: string) => () => {
    runs.set(key, (runs.get(key) ?? 0) + 1);
    return Promise.resolve(`${key}#${runs.get(key)}`);
  };
  return { runs, compute };
}

describe('SearchResultCache', () => {
  it('answers a repeated key from memory while the generation stays', async () => {
    const { cache } = cacheWith(10);
    const { runs, compute } = counted();
    expect(await cache.get('search', { q: 'angst' }, compute('a'))).toBe('a#1');
    expect(await cache.get('search', { q: 'angst' }, compute('a'))).toBe('a#1');
    expect(runs.get('a')).toBe(1);
  });

  it('computes again after the generation moved on', async () => {
    const { cache, state } = cacheWith(10);
    const { compute } = counted();
    await cache.get('search', 'angst', compute('a'));
    state.generation++;
    expect(await cache.get('search', 'angst', compute('a'))).toBe('a#2');
  });

  it('keeps at most its capacity, dropping the least recently used', async () => {
    const { cache } = cacheWith(2);
    const { runs, compute } = counted();
    await cache.get('s', 'a', compute('a'));
    await cache.get('s', 'b', compute('b'));
    await cache.get('s', 'a', compute('a'));
    await cache.get('s', 'c', compute('c'));
    expect(cache.size).toBe(2);
    await cache.get('s', 'a', compute('a'));
    await cache.get('s', 'b', compute('b'));
    expect(runs.get('a')).toBe(1);
    expect(runs.get('b')).toBe(2);
  });

  it('runs identical misses in flight once, and keeps no failure', async () => {
    const { cache } = cacheWith(10);
    let runs = 0;
    const slow = () => {
      runs++;
      return new Promise<string>((resolve) => setTimeout(() => resolve('x'), 10));
    };
    expect(await Promise.all([cache.get('s', 'k', slow), cache.get('s', 'k', slow)])).toEqual(['x', 'x']);
    expect(runs).toBe(1);
    await expect(cache.get('s', 'bad', () => Promise.reject(new Error('nede')))).rejects.toThrow('nede');
    expect(await cache.get('s', 'bad', () => Promise.resolve('op'))).toBe('op');
  });

  it('keeps namespaces apart', async () => {
    const { cache } = cacheWith(10);
    expect(await cache.get('search', 'bo', () => Promise.resolve('hits'))).toBe('hits');
    expect(await cache.get('suggest', 'bo', () => Promise.resolve('names'))).toBe('names');
  });

  it('with capacity 0 neither reads the generation nor keeps anything', async () => {
    const { cache, state } = cacheWith(0);
    const { runs, compute } = counted();
    await cache.get('s', 'a', compute('a'));
    await cache.get('s', 'a', compute('a'));
    expect(runs.get('a')).toBe(2);
    expect(state.reads).toBe(0);
    expect(cache.enabled).toBe(false);
  });
});
