import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SEARCH_CONFIG, type SearchConfig } from '../meilisearch/meilisearch.config.js';

/** SEARCH_CACHE's default: entries per API process. */
export const SEARCH_CACHE_DEFAULT_ENTRIES = 2_000;
/** How long an entry may be used at most: bounds what depends on the clock (a record passing its verification date). */
export const SEARCH_CACHE_TTL_MS = 60_000;

interface Entry {
  value: Promise<unknown>;
  expires: number;
}

/**
 * Results of search, suggest and the like, shared by every viewer: only what does not depend on who
 * asks goes in (the engine's hits, facets and counts over public text, public names). Visibility
 * (staff lines, hidden records) is applied after it, per request.
 *
 * Never stale after a change: each lookup first reads `search_generation`, which every committed
 * change to the directory or the search index moves on (migration 1765300000000, triggers), and a
 * new generation empties the cache — on every API process, at its next request. Bounded: least
 * recently used entries go first. Identical misses in flight share one computation.
 */
@Injectable()
export class SearchResultCache {
  private readonly entries = new Map<string, Entry>();
  private generation: string | null = null;
  /** Times this process emptied the cache without a new generation (synonyms changed): part of `stamp()`. */
  private clears = 0;
  private reading: Promise<string> | null = null;
  private nextRead: Promise<string> | null = null;
  readonly capacity: number;
  /** Whole answers may be kept too (PublicAnswerCache): the PostgreSQL engine's results, current at every commit. */
  readonly sharesAnswers: boolean;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SEARCH_CONFIG) config: SearchConfig,
  ) {
    this.capacity = config.cacheEntries ?? 0;
    this.sharesAnswers = this.capacity > 0 && !config.meilisearch;
  }

  get enabled(): boolean {
    return this.capacity > 0;
  }

  /**
   * The state of everything cached, read now: the directory's generation and this process's clears.
   * Anything computed after reading a stamp is current while `stamp()` still returns it.
   */
  async stamp(): Promise<string> {
    const generation = await this.currentGeneration();
    if (generation !== this.generation) {
      this.entries.clear();
      this.generation = generation;
    }
    return `${generation}/${this.clears}`;
  }

  /** `compute()`'s result for `key` in `namespace`, from the cache while the directory is unchanged. */
  async get<T>(namespace: string, key: unknown, compute: () => Promise<T>): Promise<T> {
    if (!this.enabled) return compute();
    await this.stamp();
    const generation = this.generation;
    const id = `${namespace}\u0000${JSON.stringify(key)}`;
    const now = Date.now();
    const hit = this.entries.get(id);
    this.entries.delete(id);
    if (hit && hit.expires > now) {
      this.entries.set(id, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    // Kept only while no newer generation was seen: it was computed at this generation or later.
    if (this.generation === generation) {
      const entry = { value, expires: now + SEARCH_CACHE_TTL_MS };
      this.entries.set(id, entry);
      if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
      value.catch(() => {
        if (this.entries.get(id) === entry) this.entries.delete(id);
      });
    }
    return value;
  }

  /** Forgets every entry (this process only: for in-process state that changed without a write). */
  clear(): void {
    this.entries.clear();
    this.clears++;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Callers share reads: a read already sent may have started before the caller was asked, so it is
   * not current enough for it; the next one, sent when that one ends, is. At most one read is in flight.
   */
  private currentGeneration(): Promise<string> {
    if (!this.reading) return this.readGeneration();
    return (this.nextRead ??= this.reading
      .catch(() => undefined)
      .then(() => {
        this.nextRead = null;
        return this.readGeneration();
      }));
  }

  private readGeneration(): Promise<string> {
    const read = this.dataSource
      .query(`SELECT generation FROM search_generation WHERE id = 1`)
      .then((rows: { generation: string }[]) => String(rows[0]?.generation ?? ''));
    this.reading = read;
    const done = () => {
      if (this.reading === read) this.reading = null;
    };
    read.then(done, done);
    return read;
  }
}
