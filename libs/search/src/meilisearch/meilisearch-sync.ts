import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { JobQueue } from '#core';
import type { SynonymGroup } from '../search-engine.port.js';
import { SearchProjector } from '../search-projector.js';
import { SEARCH_CONFIG, type SearchConfig } from './meilisearch.config.js';
import { MeilisearchEngine, type RebuildProgress } from './meilisearch-search.engine.js';

export const MEILI_SYNC_JOB = 'search.meilisearch.sync';
/** Document ids to send again; synonyms to apply first, when they could not be applied at once. */
interface SyncJob {
  ids: string[];
  synonyms?: SynonymGroup[];
}
export const MEILI_REBUILD_JOB = 'search.meilisearch.rebuild';
/** Document ids per sync job. */
export const MEILI_SYNC_BATCH = 500;
/** Serialises "read the records, send them" across processes, so an older state never lands after a newer one. */
const SYNC_LOCK = 7_406_501;
/** A change committed while a rebuild read the records may have started this much earlier. */
const CATCH_UP_MARGIN = `interval '2 minutes'`;

/**
 * Keeps Meilisearch in step with the directory through jobs. The in-transaction indexer writes
 * the PostgreSQL index and, in the same transaction, enqueues the changed ids; the job projects
 * the records as they are when it runs and sends them in batches (ids without a record are
 * deleted), so running a job twice, or late, does no harm. While Meilisearch is down the jobs
 * retry with backoff and catch up when it is back.
 */
@Injectable()
export class MeilisearchSync implements OnModuleInit {
  private readonly logger = new Logger('Meilisearch');
  /** The rebuild running in this process: a second request waits for it instead of racing it. */
  private running: Promise<number> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly projector: SearchProjector,
    private readonly meili: MeilisearchEngine,
    @Inject(SEARCH_CONFIG) private readonly config: SearchConfig,
  ) {}

  onModuleInit(): void {
    const retry = {
      retryLimit: this.config.meilisearch?.retryLimit ?? 12,
      retryDelaySeconds: this.config.meilisearch?.retryDelaySeconds ?? 10,
      retryBackoff: true,
    };
    this.jobs.define<SyncJob>({ name: MEILI_SYNC_JOB, handler: (data) => this.sync(data.ids, data.synonyms), ...retry });
    this.jobs.define({ name: MEILI_REBUILD_JOB, handler: async () => void (await this.rebuild()), expireInSeconds: 4 * 3600, ...retry });
  }

  /** Enqueues jobs sending these document ids (in `manager`'s transaction when given). */
  async enqueue(manager: EntityManager | null, ids: string[]): Promise<void> {
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += MEILI_SYNC_BATCH) {
      await this.jobs.enqueue(manager, MEILI_SYNC_JOB, { ids: unique.slice(i, i + MEILI_SYNC_BATCH) });
    }
  }

  /** Synonyms that could not be applied: a job applies them (with the same retries) once Meilisearch is back. */
  async enqueueSynonyms(groups: SynonymGroup[]): Promise<void> {
    await this.jobs.enqueue(null, MEILI_SYNC_JOB, { ids: [], synonyms: groups } satisfies SyncJob);
  }

  async enqueueRebuild(manager: EntityManager | null): Promise<void> {
    await this.jobs.enqueue(manager, MEILI_REBUILD_JOB, {});
  }

  /** Sends the current documents of `ids` to Meilisearch and deletes those that no longer exist. */
  async sync(ids: string[], synonyms?: SynonymGroup[]): Promise<void> {
    if (synonyms) this.meili.rememberSynonyms(synonyms);
    if (!(await this.meili.liveIndexExists())) {
      // No live index yet (a new server, or it was deleted): a few documents would not do.
      this.logger.warn(`Indekset "${this.meili.indexName}" findes ikke; bygger det.`);
      await this.rebuild();
      return;
    }
    await this.meili.applyPendingSynonyms();
    const tasks = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [SYNC_LOCK]);
      const docs = await this.projector.documentsFor(manager, ids);
      const present = new Set(docs.map((d) => d.id));
      const sent = [
        ...this.meili.sendDocuments(this.meili.indexName, docs),
        ...this.meili.sendRemoval(ids.filter((id) => !present.has(id))),
      ];
      // Enqueued in Meilisearch (applied in this order) before the lock is let go.
      await Promise.all(sent);
      return sent;
    });
    await this.meili.waitAll(tasks);
  }

  /**
   * Rebuilds the Meilisearch index from every record and swaps it in; then sends again what
   * changed while it ran (those changes went to the index that was swapped out). Returns the
   * number of documents.
   */
  rebuild(progress?: RebuildProgress): Promise<number> {
    this.running ??= this.rebuildNow(progress).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async rebuildNow(progress?: RebuildProgress): Promise<number> {
    const [{ started }]: { started: Date }[] = await this.dataSource.query(`SELECT now() AS started`);
    const records = await this.projector.loadAll(this.dataSource.manager);
    const docs = await this.projector.project(records, { organisations: [], units: [] });
    await this.meili.rebuild(docs, progress);
    // The PostgreSQL index is written in every change's own transaction, so it knows what changed since.
    const changed: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM search_document WHERE updated_at >= $1::timestamptz - ${CATCH_UP_MARGIN}`,
      [started],
    );
    const rebuilt = docs.map((d) => d.id);
    const still: { id: string }[] = await this.dataSource.query(`SELECT id FROM search_document WHERE id = ANY($1::uuid[])`, [rebuilt]);
    const existing = new Set(still.map((r) => r.id));
    const again = [...changed.map((r) => r.id), ...rebuilt.filter((id) => !existing.has(id))];
    for (let i = 0; i < again.length; i += MEILI_SYNC_BATCH) await this.sync(again.slice(i, i + MEILI_SYNC_BATCH));
    this.logger.log(`Meilisearch-indekset "${this.meili.indexName}" genopbygget: ${docs.length} dokumenter.`);
    return docs.length;
  }
}
