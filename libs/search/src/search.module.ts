import { Module } from '@nestjs/common';
import { DirectoryModule } from '#directory';
import { GeographyModule } from '#geography';
import { PostgresSearchEngine } from './postgres/postgres-search.engine.js';
import { SEARCH_ENGINE } from './search-engine.port.js';
import { SearchIndexer } from './search-indexer.js';
import { SearchProjector } from './search-projector.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

export const SEARCH_RESOLVERS = [SearchResolver];

@Module({
  imports: [DirectoryModule, GeographyModule],
  providers: [
    { provide: SEARCH_ENGINE, useClass: PostgresSearchEngine },
    SearchProjector,
    SearchIndexer,
    SearchService,
    ...SEARCH_RESOLVERS,
  ],
  exports: [SearchService, SearchIndexer, SEARCH_ENGINE],
})
export class SearchModule {}
