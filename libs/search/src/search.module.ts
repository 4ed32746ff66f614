import { Module, type DynamicModule } from '@nestjs/common';
import { DirectoryModule } from '#directory';
import { GeographyModule } from '#geography';
import { CachingSearchEngine } from './cache/caching-search.engine.js';
import { SearchResultCache } from './cache/search-result-cache.js';
import { FallbackSearchEngine } from './fallback-search.engine.js';
import { POSTGRES_ONLY, SEARCH_CONFIG, type SearchConfig } from './meilisearch/meilisearch.config.js';
import { MeilisearchEngine } from './meilisearch/meilisearch-search.engine.js';
import { MeilisearchSync } from './meilisearch/meilisearch-sync.js';
import { PostgresSearchEngine } from './postgres/postgres-search.engine.js';
import { SearchReindexer } from './reindex/search-reindexer.js';
import { SEARCH_ENGINE } from './search-engine.port.js';
import { SearchIndexer } from './search-indexer.js';
import { SearchProjector } from './search-projector.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';
import { SuggestResolver } from './suggest/suggest.resolver.js';
import { SuggestService } from './suggest/suggest.service.js';
import { SuggestionIndex } from './suggest/suggestion-index.js';
import { SynonymsResolver } from './synonyms/synonyms.resolver.js';
import { SynonymsService } from './synonyms/synonyms.service.js';

export const SEARCH_RESOLVERS = [SearchResolver, SuggestResolver, SynonymsResolver];

@Module({
  imports: [DirectoryModule, GeographyModule],
  providers: [
    PostgresSearchEngine,
    SearchReindexer,
    SearchProjector,
    SearchIndexer,
    SearchService,
    SearchResultCache,
    SuggestService,
    SuggestionIndex,
    SynonymsService,
    ...SEARCH_RESOLVERS,
  ],
  exports: [SearchService, SearchIndexer, SearchReindexer, SynonymsService, SearchResultCache],
})
export class SearchModule {
  /**
   * PostgreSQL full-text search, or with `meilisearch` set (MEILI_URL) Meilisearch, fed by jobs,
   * with the PostgreSQL index kept populated as the fallback. With `cacheEntries`, PostgreSQL's
   * results are cached (Meilisearch's are not: its index catches up after the commit, by jobs).
   */
  static forRoot(config: SearchConfig = POSTGRES_ONLY): DynamicModule {
    const meili = config.meilisearch;
    return {
      module: SearchModule,
      providers: [
        { provide: SEARCH_CONFIG, useValue: config },
        ...(meili
          ? [
              { provide: MeilisearchEngine, useValue: new MeilisearchEngine(meili) },
              MeilisearchSync,
              {
                provide: SEARCH_ENGINE,
                inject: [MeilisearchEngine, PostgresSearchEngine, MeilisearchSync],
                useFactory: (engine: MeilisearchEngine, postgres: PostgresSearchEngine, sync: MeilisearchSync) =>
                  new FallbackSearchEngine(engine, postgres, sync, meili.breakerSeconds * 1000),
              },
            ]
          : [
              {
                provide: SEARCH_ENGINE,
                inject: [PostgresSearchEngine, SearchResultCache],
                useFactory: (postgres: PostgresSearchEngine, cache: SearchResultCache) =>
                  cache.enabled ? new CachingSearchEngine(postgres, cache) : postgres,
              },
            ]),
      ],
      exports: [SEARCH_ENGINE, SEARCH_CONFIG, PostgresSearchEngine, ...(meili ? [MeilisearchEngine, MeilisearchSync] : [])],
    };
  }
}
