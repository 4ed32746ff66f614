import type { DataSource, EntityManager } from 'typeorm';
import { RequestContext } from '#core';
import type { SearchEngine } from '../search-engine.port.js';
import type { SearchService } from '../search.service.js';
import type { RelevanceRecord, RelevanceSearch } from './relevance-evaluator.js';

/** How many hits each relevance query asks for (MRR looks this deep). */
export const RELEVANCE_DEPTH = 10;

/** Every record of the directory with its organisation's name: what the suite's matchers are checked against. */
export function loadRelevanceCatalogue(db: DataSource | EntityManager): Promise<RelevanceRecord[]> {
  return db.query(
    `SELECT o.id, 'OFFER' AS type, o.name, g.name AS organisation FROM offer o JOIN organisation g ON g.id = o.organisation_id
     UNION ALL SELECT c.id, 'CONTACT', c.name, g.name FROM contact c JOIN organisation g ON g.id = c.organisation_id
     UNION ALL SELECT u.id, 'UNIT', u.name, g.name FROM unit u JOIN organisation g ON g.id = u.organisation_id
     UNION ALL SELECT g.id, 'ORGANISATION', g.name, g.name FROM organisation g`,
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
