import type { DirectoryGeneration } from './directory-generation.js';

/** How long an entry may be used at most: bounds what depends on the clock (a record passing its verification date). */
export const GENERATION_CACHE_TTL_MS = 60_000;

interface Entry {
  value: Promise<unknown>;
  expires: number;
}

/**
 * Results shared by every viewer, kept while the directory is unchanged: only what does not depend on who
 * asks goes in (search hits, facets and counts over public text, public names, the handover guide's lists).
 * Visibility (staff lines, hidden records) is applied after it, per request.
 *
 * Never stale after a change: each lookup first reads the directory's generation (DirectoryGeneration), and
 * a new generation empties the cache — on every API process, at its next request. Entries also end after
 * 60 s. Bounded: least recently used entries go first. Identical misses in flight share one computation.
 */
export class GenerationCache {
  private readonly entries = new Map<string, Entry>();
  private generation: string | null = null;
  /** Times this process emptied the cache without a new generation (synonyms changed): part of `stamp()`. */
  private clears = 0;

  constructor(
    private readonly generations: DirectoryGeneration,
    readonly capacity: number,
  ) {}

  get enabled(): boolean {
    return this.capacity > 0;
  }

  /**
   * The state of everything cached, read now: the directory's generation and this process's clears.
   * Anything computed after reading a stamp is current while `stamp()` still returns it.
   */
  async stamp(): Promise<string> {
    const generation = await this.generations.current();
    if (generation !== this.generation) {
      this.entries.clear();
      this.generation = generation;
    }
    return `${generation}/${this.clears}`;
  }

  /**
   * `compute()`'s result for `key` in `namespace`, from the cache while the directory is unchanged, and not past
   * `changesAt(result)`: when the clock alone changes it (a match passing its verification date).
   */
  async get<T>(namespace: string, key: unknown, compute: () => Promise<T>, changesAt?: (result: T) => Date | null): Promise<T> {
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
      const entry = { value, expires: now + GENERATION_CACHE_TTL_MS };
      this.entries.set(id, entry);
      if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
      value.then(
        (result) => {
          const change = changesAt?.(result);
          if (change) entry.expires = Math.min(entry.expires, change.getTime());
        },
        () => {
          if (this.entries.get(id) === entry) this.entries.delete(id);
        },
      );
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
}
