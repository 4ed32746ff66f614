import type { EntityManager } from 'typeorm';
import type { SearchDocument, SearchEngine, SearchQuery, SearchResult, SynonymGroup } from '../search-engine.port.js';
import type { SearchResultCache } from './search-result-cache.js';

/**
 * The PostgreSQL engine with its results cached by the whole engine query (words as understood,
 * filters, place, time, boosts, page). The query holds nothing about the viewer, and the index holds
 * only public text, so one entry serves everyone. Writes go straight through; their commit moves
 * the generation on, which empties the cache.
 */
export class CachingSearchEngine implements SearchEngine {
  constructor(
    private readonly inner: SearchEngine,
    private readonly cache: SearchResultCache,
  ) {}

  get name(): string {
    return this.inner.name;
  }

  search(query: SearchQuery): Promise<SearchResult> {
    return this.cache.get(
      'search',
      query,
      () => this.inner.search(query),
      (result) => result.changesAt,
    );
  }

  index(docs: SearchDocument[], manager?: EntityManager): Promise<void> {
    return this.inner.index(docs, manager);
  }

  remove(ids: string[], manager?: EntityManager): Promise<void> {
    return this.inner.remove(ids, manager);
  }

  clear(manager?: EntityManager): Promise<void> {
    return this.inner.clear(manager);
  }

  async setSynonyms(groups: SynonymGroup[]): Promise<void> {
    await this.inner.setSynonyms(groups);
    this.cache.clear();
  }

  health(): Promise<{ ok: boolean; detail?: string; degraded?: boolean }> {
    return this.inner.health();
  }
}
