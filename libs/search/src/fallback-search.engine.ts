import { Logger } from '@nestjs/common';
import type { EntityManager, QueryRunner } from 'typeorm';
import type { SearchDocument, SearchEngine, SearchQuery, SearchResult, SynonymGroup } from './search-engine.port.js';
import type { MeilisearchSync } from './meilisearch/meilisearch-sync.js';
import { describeMeilisearchError, type MeilisearchEngine } from './meilisearch/meilisearch-search.engine.js';
import type { PostgresSearchEngine } from './postgres/postgres-search.engine.js';

/**
 * The engine when MEILI_URL is set: Meilisearch answers searches, and PostgreSQL, which every
 * change still writes in its own transaction, answers when Meilisearch cannot. Changes reach
 * Meilisearch through jobs enqueued in the same transaction (see MeilisearchSync). After a failed
 * call, searches go straight to PostgreSQL for `breakerMs` before Meilisearch is tried again.
 */
export class FallbackSearchEngine implements SearchEngine {
  readonly name = 'meilisearch';
  private readonly logger = new Logger('Search');
  /** Transactions that cleared the index: a rebuild job will send everything, so no per-document jobs. */
  private readonly rebuilding = new WeakSet<QueryRunner>();
  private downUntil = 0;
  private reason: string | null = null;

  constructor(
    private readonly meili: MeilisearchEngine,
    private readonly postgres: PostgresSearchEngine,
    private readonly sync: MeilisearchSync,
    private readonly breakerMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async index(docs: SearchDocument[], manager?: EntityManager): Promise<void> {
    await this.postgres.index(docs, manager);
    const tx = transactionOf(manager);
    if (!(tx?.queryRunner && this.rebuilding.has(tx.queryRunner)))
      await this.sync.enqueue(
        tx,
        docs.map((d) => d.id),
      );
  }

  async remove(ids: string[], manager?: EntityManager): Promise<void> {
    await this.postgres.remove(ids, manager);
    await this.sync.enqueue(transactionOf(manager), ids);
  }

  async clear(manager?: EntityManager): Promise<void> {
    await this.postgres.clear(manager);
    const tx = transactionOf(manager);
    await this.sync.enqueueRebuild(tx);
    if (tx?.queryRunner) this.rebuilding.add(tx.queryRunner);
  }

  /** PostgreSQL at once; Meilisearch now, or through a job that retries until it is back. */
  async setSynonyms(groups: SynonymGroup[]): Promise<void> {
    await this.postgres.setSynonyms(groups);
    try {
      await this.meili.setSynonyms(groups);
    } catch (error) {
      this.logger.warn(`Synonymer ikke sendt til Meilisearch (${describeMeilisearchError(error)}); et job prøver igen.`);
      await this.sync.enqueueSynonyms(groups).catch((e: unknown) => this.logger.warn(`Kunne ikke sætte synonymjob i kø: ${String(e)}`));
    }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    if (this.now() < this.downUntil && this.reason) return this.fallback(query, this.reason);
    try {
      const result = await this.meili.search(query);
      if (this.reason) this.logger.log('Meilisearch svarer igen.');
      this.reason = null;
      return result;
    } catch (error) {
      const reason = describeMeilisearchError(error);
      if (reason !== this.reason) this.logger.warn(`${reason}; søgning bruger PostgreSQL.`);
      this.reason = reason;
      this.downUntil = this.now() + this.breakerMs;
      return this.fallback(query, reason);
    }
  }

  async health(): Promise<{ ok: boolean; detail?: string; degraded?: boolean }> {
    const postgres = await this.postgres.health();
    let meili: { ok: boolean; detail?: string };
    try {
      meili = await this.meili.health();
    } catch (error) {
      meili = { ok: false, detail: describeMeilisearchError(error) };
    }
    if (meili.ok) return { ok: true, detail: `meilisearch, ${meili.detail}; postgres som reserve, ${postgres.detail}` };
    return { ok: true, degraded: true, detail: `${meili.detail}; søgning bruger PostgreSQL (${postgres.detail})` };
  }

  private async fallback(query: SearchQuery, reason: string): Promise<SearchResult> {
    return { ...(await this.postgres.search(query)), fallback: { engine: this.postgres.name, reason } };
  }
}

/** The manager when it runs a transaction (jobs are then enqueued in it), else null. */
function transactionOf(manager?: EntityManager): EntityManager | null {
  return manager?.queryRunner?.isTransactionActive ? manager : null;
}
