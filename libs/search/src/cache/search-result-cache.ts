import { Inject, Injectable } from '@nestjs/common';
import { DirectoryGeneration, GenerationCache } from '#directory';
import { SEARCH_CONFIG, type SearchConfig } from '../meilisearch/meilisearch.config.js';

/** SEARCH_CACHE's default: entries per API process. */
export const SEARCH_CACHE_DEFAULT_ENTRIES = 2_000;
/**
 * Results of search, suggest and the like (GenerationCache), `SEARCH_CACHE` entries per process. Read
 * from `search_generation` (migration 1765300000000, triggers), which every committed change to the
 * directory or the search index moves on.
 */
@Injectable()
export class SearchResultCache extends GenerationCache {
  /** Whole answers may be kept too (PublicAnswerCache): the PostgreSQL engine's results, current at every commit. */
  readonly sharesAnswers: boolean;

  constructor(generations: DirectoryGeneration, @Inject(SEARCH_CONFIG) config: SearchConfig) {
    super(generations, config.cacheEntries ?? 0);
    this.sharesAnswers = this.capacity > 0 && !config.meilisearch;
  }
}
