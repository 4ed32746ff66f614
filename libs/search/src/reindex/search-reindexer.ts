import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { describeMeilisearchError } from '../meilisearch/meilisearch-search.engine.js';
import { MeilisearchSync } from '../meilisearch/meilisearch-sync.js';
import { PostgresSearchEngine } from '../postgres/postgres-search.engine.js';
import { SearchProjector } from '../search-projector.js';
import { SuggestionIndex } from '../suggest/suggestion-index.js';

export type ReindexEngine = 'postgres' | 'meilisearch';
export type ReindexProgress = (engine: ReindexEngine, done: number, total: number) => void;

export interface ReindexReport {
  documents: number;
  engines: ReindexEngine[];
  /** Why Meilisearch could not be rebuilt (PostgreSQL was rebuilt all the same). */
  meilisearchError: string | null;
}

/** Documents per statement when rebuilding the PostgreSQL index (progress is reported per batch). */
const POSTGRES_BATCH = 500;

/**
 * A full rebuild of every configured engine (`npm run search:reindex`). Meilisearch is rebuilt in
 * a fresh index swapped in atomically, so search keeps working; then the PostgreSQL index, which
 * is always kept (it is the fallback), is rebuilt in one transaction. Meilisearch goes first: its
 * catch-up sends again what changed in the PostgreSQL index meanwhile, and rebuilding that first
 * would make everything look changed. The suggestions (search_suggestion) are rebuilt with the PostgreSQL index.
 */
@Injectable()
export class SearchReindexer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly projector: SearchProjector,
    private readonly postgres: PostgresSearchEngine,
    private readonly suggestions: SuggestionIndex,
    @Optional() @Inject(MeilisearchSync) private readonly meilisearch: MeilisearchSync | null = null,
  ) {}

  get engines(): ReindexEngine[] {
    return this.meilisearch ? ['meilisearch', 'postgres'] : ['postgres'];
  }

  async run(progress: ReindexProgress = () => undefined): Promise<ReindexReport> {
    let meilisearchError: string | null = null;
    if (this.meilisearch) {
      try {
        await this.meilisearch.rebuild((done, total) => progress('meilisearch', done, total));
      } catch (error) {
        meilisearchError = describeMeilisearchError(error);
      }
    }
    const documents = await this.dataSource.transaction(async (manager) => {
      const records = await this.projector.loadAll(manager);
      const docs = await this.projector.project(records, { organisations: [], units: [] });
      await this.postgres.clear(manager);
      progress('postgres', 0, docs.length);
      for (let i = 0; i < docs.length; i += POSTGRES_BATCH) {
        const batch = docs.slice(i, i + POSTGRES_BATCH);
        await this.postgres.index(batch, manager);
        progress('postgres', i + batch.length, docs.length);
      }
      // Search-as-you-type reads PostgreSQL whatever the engine: its names are rebuilt with the PostgreSQL index.
      await this.suggestions.rebuild(manager, records);
      return docs.length;
    });
    return { documents, engines: this.engines, meilisearchError };
  }
}
