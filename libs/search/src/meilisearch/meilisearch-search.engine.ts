import { distanceKm } from '#geography';
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  type EnqueuedTaskPromise,
} from 'meilisearch';
import type { SearchDocument, SearchEngine, SearchHit, SearchQuery, SearchResult, SynonymGroup } from '../search-engine.port.js';
import type { MeilisearchConfig } from './meilisearch.config.js';
import {
  MARK_END,
  MARK_START,
  pageWindow,
  toFacets,
  toFilter,
  toMeiliDocument,
  disjunctiveFacetQueries,
  toSnippet,
  toSynonymMap,
  FACET_ATTRIBUTES,
} from './meilisearch-document.js';
import { BROWSE_SORT, indexSettings } from './meilisearch-settings.js';

/** Documents per request when indexing. */
export const MEILI_BATCH = 1000;
/** How long to wait for Meilisearch to finish one task (a batch, a settings change, a swap). */
const TASK_TIMEOUT_MS = 120_000;

export type RebuildProgress = (done: number, total: number) => void;

/**
 * Meilisearch behind the search engine port. The live index is `indexName`; a full rebuild fills
 * a fresh `<indexName>_rebuild` and swaps it in atomically, so searches keep working meanwhile.
 * `index`, `remove` and `clear` return once Meilisearch has applied the change. `manager` is not
 * used: Meilisearch is outside the database's transactions (the job queue bridges the two).
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch';
  private readonly client: Meilisearch;
  private synonyms: Record<string, string[]> = {};
  /** Synonyms given but not yet applied (Meilisearch was down): sent before the next documents. */
  private synonymsPending = false;
  private indexReady = false;

  constructor(private readonly config: MeilisearchConfig) {
    this.client = new Meilisearch({
      host: config.url,
      apiKey: config.apiKey ?? undefined,
      timeout: config.timeoutMs,
      clientAgents: ['Vejviser'],
    });
  }

  get indexName(): string {
    return this.config.indexName;
  }

  async indexExists(uid = this.indexName): Promise<boolean> {
    try {
      await this.client.getRawIndex(uid);
      return true;
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return false;
      throw error;
    }
  }

  /** Whether the live index exists (remembered once seen: it is only ever replaced by a swap). */
  async liveIndexExists(): Promise<boolean> {
    this.indexReady ||= await this.indexExists();
    return this.indexReady;
  }

  /** Creates the live index, empty, with its settings when it does not exist yet. */
  async ensureIndex(): Promise<void> {
    if (!(await this.liveIndexExists())) await this.createWithSettings(this.indexName);
    this.indexReady = true;
  }

  async index(docs: SearchDocument[]): Promise<void> {
    await this.ensureIndex();
    await this.waitAll(this.sendDocuments(this.indexName, docs));
  }

  /** Enqueues the documents in Meilisearch without waiting for them to be applied. */
  sendDocuments(uid: string, docs: SearchDocument[]): EnqueuedTaskPromise[] {
    const tasks: EnqueuedTaskPromise[] = [];
    for (let i = 0; i < docs.length; i += MEILI_BATCH) {
      tasks.push(this.client.index(uid).addDocuments(docs.slice(i, i + MEILI_BATCH).map(toMeiliDocument), { primaryKey: 'id' }));
    }
    return tasks;
  }

  /** Enqueues the removal of documents (unknown ids are ignored) without waiting. */
  sendRemoval(ids: string[]): EnqueuedTaskPromise[] {
    return ids.length ? [this.client.index(this.indexName).deleteDocuments(ids)] : [];
  }

  async remove(ids: string[]): Promise<void> {
    await this.ensureIndex();
    await this.waitAll(this.sendRemoval(ids));
  }

  async clear(): Promise<void> {
    await this.ensureIndex();
    await this.waitAll([this.client.index(this.indexName).deleteAllDocuments()]);
  }

  /** Waits until Meilisearch has applied every task; a failed task throws with its message. */
  async waitAll(tasks: EnqueuedTaskPromise[]): Promise<void> {
    for (const task of tasks) {
      const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS });
      if (done.status !== 'succeeded')
        throw new Error(`Meilisearch-opgave ${done.uid} (${done.type}): ${done.error?.message ?? done.status}`);
    }
  }

  /** Replaces the synonyms; kept for later rebuilds, and applied again by `applyPendingSynonyms` if this fails. */
  async setSynonyms(groups: SynonymGroup[]): Promise<void> {
    this.rememberSynonyms(groups);
    await this.applyPendingSynonyms();
  }

  rememberSynonyms(groups: SynonymGroup[]): void {
    this.synonyms = toSynonymMap(groups);
    this.synonymsPending = true;
  }

  /** Applies remembered synonyms to the live index; without one they wait for the rebuild that creates it. */
  async applyPendingSynonyms(): Promise<void> {
    if (!this.synonymsPending || !(await this.liveIndexExists())) return;
    await this.waitAll([this.client.index(this.indexName).updateSynonyms(this.synonyms)]);
    this.synonymsPending = false;
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    await this.client.health();
    if (!(await this.indexExists())) return { ok: false, detail: `indekset "${this.indexName}" findes ikke; kør npm run search:reindex` };
    const stats = await this.client.index(this.indexName).getStats();
    return { ok: true, detail: `${stats.numberOfDocuments} dokumenter${stats.isIndexing ? ', indekserer' : ''}` };
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const filter = toFilter(query);
    if (filter === null) return { total: 0, hits: [], facets: [], correctedQuery: null, changesAt: null };
    // Query understanding's situation words (SearchBoost) go after the words as optional words: Meilisearch ranks
    // documents that hold more of them higher ("last" drops words from the end) but has no per-query boost for
    // situation keys or the municipality's own records, which only the PostgreSQL engine weighs.
    const boostText = query.boost?.text.trim() ?? '';
    const text = [query.text.trim(), boostText].filter(Boolean).join(' ');
    const words = text.split(/\s+/).filter(Boolean).length;
    const run = (matchingStrategy: 'all' | 'last') => this.searchOnce(query, text, filter, matchingStrategy);
    if (boostText) return run('last');
    let result = await run('all');
    // Nothing has every word: accept fewer, dropping words from the end (the PostgreSQL engine accepts any word).
    if (result.total === 0 && words > 1) result = await run('last');
    return result;
  }

  private async searchOnce(query: SearchQuery, text: string, filter: string[], matchingStrategy: 'all' | 'last'): Promise<SearchResult> {
    const window = pageWindow(query.offset, query.limit);
    const hasQuery = text.length > 0;
    const near = query.near;
    const sort =
      near && query.sortBy === 'DISTANCE'
        ? [`_geoPoint(${Number(near.latitude)}, ${Number(near.longitude)}):asc`]
        : hasQuery
          ? undefined
          : BROWSE_SORT;
    const response = await this.client.index(this.indexName).search(text, {
      filter: filter.length ? filter : undefined,
      facets: FACET_ATTRIBUTES.map(([, attribute]) => attribute),
      sort,
      page: window.page,
      hitsPerPage: window.hitsPerPage,
      matchingStrategy,
      showRankingScore: true,
      attributesToRetrieve: ['id', 'type', 'subtitle', 'body', '_geo'],
      ...(hasQuery
        ? {
            attributesToHighlight: ['subtitle', 'body'],
            highlightPreTag: MARK_START,
            highlightPostTag: MARK_END,
            attributesToCrop: ['subtitle:20', 'body:30'],
            cropMarker: '…',
          }
        : {}),
    });
    const hits: SearchHit[] = response.hits.slice(window.skip).map((hit) => ({
      id: String(hit.id),
      type: hit.type as SearchHit['type'],
      score: hit._rankingScore ?? 0,
      snippet: toSnippet(hasQuery ? hit._formatted : hit, hasQuery),
      distanceKm: near && hit._geo ? distanceKm(near, { latitude: hit._geo.lat, longitude: hit._geo.lng }) : null,
      stale: typeof hit.verificationDue === 'number' && hit.verificationDue < Date.now(),
    }));
    const distribution = { ...response.facetDistribution, ...(await this.disjunctiveFacets(query, text, matchingStrategy)) };
    // A hit's stale mark changes at its due date (Meilisearch ranks without it).
    const dues = response.hits
      .map((hit) => hit.verificationDue)
      .filter((due): due is number => typeof due === 'number' && due >= Date.now());
    const changesAt = dues.length ? new Date(Math.min(...dues)) : null;
    return { total: response.totalHits, hits, facets: toFacets(distribution), correctedQuery: null, changesAt };
  }

  /** Each filtered facet field counted without its own filter, in one multi-search (none when nothing is filtered). */
  private async disjunctiveFacets(
    query: SearchQuery,
    text: string,
    matchingStrategy: 'all' | 'last',
  ): Promise<Record<string, Record<string, number>>> {
    const queries = disjunctiveFacetQueries(query);
    if (!queries.length) return {};
    const { results } = await this.client.multiSearch({
      queries: queries.map(({ attribute, filter }) => ({
        indexUid: this.indexName,
        q: text,
        filter: filter.length ? filter : undefined,
        facets: [attribute],
        matchingStrategy,
        page: 1,
        hitsPerPage: 0,
      })),
    });
    return Object.fromEntries(queries.map(({ attribute }, i) => [attribute, results[i]?.facetDistribution?.[attribute] ?? {}]));
  }

  /**
   * A full rebuild: the documents go into a fresh index with the current settings, which then
   * takes the live index's place in one atomic swap; the old one is deleted.
   */
  async rebuild(docs: SearchDocument[], progress: RebuildProgress = () => undefined): Promise<void> {
    const fresh = `${this.indexName}_rebuild`;
    const replacing = await this.indexExists();
    // A leftover of an interrupted rebuild goes first (tasks run in order, so the creation follows it).
    await this.client.deleteIndexIfExists(fresh);
    this.synonymsPending = false;
    await this.createWithSettings(fresh);
    progress(0, docs.length);
    for (let i = 0; i < docs.length; i += MEILI_BATCH) {
      const batch = docs.slice(i, i + MEILI_BATCH);
      await this.waitAll(this.sendDocuments(fresh, batch));
      progress(i + batch.length, docs.length);
    }
    // Atomic: searches see the old index until the new one takes its name. Without a live index yet,
    // the new one is renamed to it, so no half-filled live index is ever visible.
    await this.waitAll([this.client.swapIndexes([{ indexes: [fresh, this.indexName], rename: !replacing }])]);
    if (replacing) await this.waitAll([this.client.deleteIndex(fresh)]);
    this.indexReady = true;
  }

  private async createWithSettings(uid: string): Promise<void> {
    await this.waitAll([this.client.createIndex(uid, { primaryKey: 'id' })]);
    await this.waitAll([this.client.index(uid).updateSettings(indexSettings(this.synonyms))]);
  }
}

/** One line saying why Meilisearch could not answer, for logs, health and the response's extensions. */
export function describeMeilisearchError(error: unknown): string {
  if (error instanceof MeilisearchRequestTimeOutError) return `Meilisearch svarede ikke inden for ${error.cause.timeout} ms`;
  if (error instanceof MeilisearchRequestError) {
    // The fetch error's innermost cause names the reason (ECONNREFUSED, ENOTFOUND …); duck-typed, as it may come from another realm.
    let cause = error.cause as { cause?: unknown; code?: unknown; message?: unknown } | undefined;
    while (cause?.cause && typeof cause.cause === 'object') cause = cause.cause as typeof cause;
    const why = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : 'ingen forbindelse';
    return `Meilisearch kan ikke nås (${why})`;
  }
  if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found')
    return 'Meilisearch-indekset findes ikke endnu (det bygges af et job, eller med npm run search:reindex)';
  if (error instanceof MeilisearchApiError) return `Meilisearch svarede med en fejl: ${error.cause?.code ?? error.response.status}`;
  return `Meilisearch fejlede: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
}
