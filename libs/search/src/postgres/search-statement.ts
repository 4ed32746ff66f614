import type { FacetField, SearchDocument, SearchQuery } from '../search-engine.port.js';
import { SearchSql } from './search-sql.js';
import type { TextQuery } from './text-query.js';

/** What the statement answers in one row: the exact count, every facet value's count and the page of hits. */
export interface SearchRow {
  total: number;
  /** Prefixed values (FACET_PREFIX) and their counts. */
  facets: { value: string; count: number }[];
  hits: { id: string; type: string; score: number; snippet: string; distance_km: number | null; stale: boolean }[];
  /** The first verification date still ahead among the matches (ISO): then one turns stale and ranks lower; null: none. */
  changes_at: string | null;
  /** `search_generation` as the statement saw it: tells whether the planner's cached word analysis was current. */
  generation: string;
}

/** The prefix of each facet field's values in `facet_values` ("t:OFFER", "m:0217"); the migration SearchCompact writes the same. */
export const FACET_PREFIX: Record<FacetField, string> = {
  type: 't:',
  municipality: 'm:',
  situation: 's:',
  problemTag: 'p:',
  sector: 'e:',
  accessRoute: 'a:',
  status: 'o:',
};

/** A document's facet values as `facet_values` holds them. */
export function facetValues(doc: SearchDocument): string[] {
  const values: [FacetField, (string | null)[]][] = [
    ['type', [doc.type]],
    ['sector', [doc.sector]],
    ['accessRoute', [doc.accessRoute]],
    ['status', [doc.status]],
    ['municipality', doc.municipalityCodes],
    ['situation', doc.situationKeys],
    ['problemTag', doc.problemKeys],
  ];
  return values.flatMap(([field, list]) => list.filter((v): v is string => v !== null).map((v) => FACET_PREFIX[field] + v));
}

/**
 * One search as one statement over `search_document`, which reads the matches once:
 *
 * 1. `m`: every document that matches the words and the fixed filters and fails at most one facet
 *    filter (`fail`: its prefix), with its facet values and, if it fails none, its score: no `SELECT *`.
 * 2. The count: the rows of `m` that fail nothing. The facets, in one pass over `m`: each field's
 *    values in the rows that fail nothing or only its own filter (disjunctive facets). The values
 *    are unnested in the select list (ProjectSet), not as a function in FROM, which would fill and
 *    read a tuplestore for every row of `m` (three times as slow).
 * 3. The page: the best rows of `m`, in the order of their scores; only the page's hits are read in
 *    full, for their snippets. Every match is scored in full, so every page is in the order of the score.
 * 4. When the clock alone changes the answer: the first verification date still ahead among the matches.
 * 5. The search generation, which the planner checks its cached word analysis against.
 */
export function searchStatement(
  query: SearchQuery,
  text: TextQuery | null,
  boostText: TextQuery | null,
): { sql: string; params: unknown[] } {
  const sql = new SearchSql(query, text, boostText);
  const filters = sql.facetFilters();
  const fixed = sql.fixedConditions();
  const failing = filters.map(([field, condition]) => `WHEN NOT (${condition}) THEN '${FACET_PREFIX[field]}'`);
  const fail = failing.length ? `CASE ${failing.join(' ')} END` : 'NULL::text';
  const atMostOneFails = filters.length ? [`(${filters.map(([, condition]) => `(NOT (${condition}))::int`).join(' + ')}) <= 1`] : [];
  const where = [...fixed, ...atMostOneFails].join(' AND ') || 'true';
  // Only the rows that fail no facet filter can be hits: the others (kept for the facets) are not scored.
  const passes = failing.length ? `${fail} IS NULL` : 'true';
  const score = failing.length ? `CASE WHEN ${passes} THEN ${sql.score()} END` : sql.score();
  const byDistance = query.sortBy === 'DISTANCE' && query.near;

  const statement = `WITH m AS MATERIALIZED (
      SELECT d.id, d.title, d.facet_values, d.verification_due AS due, ${fail} AS fail, ${score} AS score${byDistance ? `, ${sql.distance()} AS distance_km` : ''}
      FROM search_document d ${sql.titleMatches(passes)} WHERE ${where}),
    best AS (SELECT m.id, m.score${byDistance ? ', m.distance_km' : ''} FROM m WHERE m.fail IS NULL
      ORDER BY ${byDistance ? 'm.distance_km ASC NULLS LAST, ' : ''}m.score DESC, m.title, m.id OFFSET ${sql.param(query.offset)} LIMIT ${sql.param(query.limit)}),
    page AS (SELECT d.id, d.type, d.title, d.subtitle, d.body, best.score, ${byDistance ? 'best.distance_km' : sql.distance()} AS distance_km,
             coalesce(d.verification_due < now(), false) AS stale
      FROM best JOIN search_document d ON d.id = best.id),
    f AS (SELECT u.v AS value, count(*) AS count FROM (SELECT unnest(m.facet_values) AS v, m.fail FROM m) u
      ${filters.length ? 'WHERE u.fail IS NULL OR left(u.v, 2) = u.fail ' : ''}GROUP BY u.v),
    t AS (SELECT count(*)::int AS total, min(m.due) FILTER (WHERE m.due >= now()) AS changes_at FROM m WHERE m.fail IS NULL)
    SELECT (SELECT t.total FROM t) AS total, (SELECT t.changes_at FROM t) AS changes_at,
      (SELECT coalesce(json_agg(json_build_object('value', f.value, 'count', f.count)), '[]') FROM f) AS facets,
      (SELECT coalesce(json_agg(json_build_object('id', d.id, 'type', d.type, 'score', d.score, 'snippet', ${sql.snippet()},
          'distance_km', d.distance_km, 'stale', d.stale) ORDER BY ${byDistance ? 'd.distance_km ASC NULLS LAST, ' : ''}d.score DESC, d.title, d.id), '[]')
        FROM page d) AS hits,
      (SELECT g.generation::text FROM search_generation g WHERE g.id = 1) AS generation`;
  return { sql: statement, params: sql.params };
}
