import type { DataSource, EntityManager } from 'typeorm';
import { RequestContext } from '#core';
import type { SearchEngine } from '../search-engine.port.js';
import type { SearchService } from '../search.service.js';
import type { RelevanceRecord, RelevanceSearch } from './relevance-evaluator.js';

/** How many hits each relevance query asks for (MRR looks this deep). */
export const RELEVANCE_DEPTH = 10;

/**
 * Every searchable record with its organisation's name, read from the search lib's own index
 * (search_document, kept in step with the directory): what the suite's matchers are checked against.
 */
export function loadRelevanceCatalogue(db: DataSource | EntityManager): Promise<RelevanceRecord[]> {
  return db.query(
    `SELECT d.id, d.type, d.title AS name, g.title AS organisation
       FROM search_document d JOIN search_document g ON g.id = d.organisation_id AND g.type = 'ORGANISATION'`,
  );
}

/** Searches through the app's SearchService (query understanding, the configured engine, an anonymous viewer). */
export function serviceSearch(service: SearchService): RelevanceSearch {
  return async (query) => (await service.search(new RequestContext(), { query, first: RELEVANCE_DEPTH })).edges.map((edge) => edge.node.id);
}

/** Searches one engine directly, with the query understood as SearchService understands it. */
export function engineSearch(service: SearchService, engine: SearchEngine): RelevanceSearch {
  return async (query) => (await engine.search(await service.toQuery({ query, first: RELEVANCE_DEPTH }))).hits.map((hit) => hit.id);
}
