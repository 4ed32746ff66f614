/** How search is served: PostgreSQL only, or Meilisearch with PostgreSQL kept populated as the fallback. */
export interface SearchConfig {
  meilisearch: MeilisearchConfig | null;
  /**
   * SEARCH_CACHE: results kept per API process (search with the PostgreSQL engine, suggest); 0 or
   * absent: no cache. Results are never stale after a change (see SearchResultCache).
   */
  cacheEntries?: number;
}

export interface MeilisearchConfig {
  /** MEILI_URL, e.g. http://127.0.0.1:7700. */
  url: string;
  /** MEILI_KEY: an API key allowed to search, write documents and manage the index. */
  apiKey: string | null;
  /** The live index; a full rebuild fills `<indexName>_rebuild` and swaps it in. */
  indexName: string;
  /** Per HTTP request; a search that takes longer falls back to PostgreSQL. */
  timeoutMs: number;
  /** Indexing jobs retry with backoff from this delay, so the index catches up after an outage. */
  retryDelaySeconds: number;
  retryLimit: number;
  /** After a failed call, searches go straight to PostgreSQL for this long before Meilisearch is tried again. */
  breakerSeconds: number;
}

export const SEARCH_CONFIG = Symbol('SEARCH_CONFIG');

export const POSTGRES_ONLY: SearchConfig = { meilisearch: null };

/** Defaults for everything but the address and key. */
export function meilisearchConfig(url: string, apiKey: string | null, overrides: Partial<MeilisearchConfig> = {}): MeilisearchConfig {
  return {
    url,
    apiKey,
    indexName: 'vejviser',
    timeoutMs: 5_000,
    retryDelaySeconds: 10,
    retryLimit: 12,
    breakerSeconds: 10,
    ...overrides,
  };
}
