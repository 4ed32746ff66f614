import type { FacetField, SearchQuery } from '../search-engine.port.js';
import { SearchSql } from './search-sql.js';
import type { TextQuery } from './text-query.js';

/** Candidates ranked cheaply before the page is scored in full: far more than a page, far fewer than the matches. */
export const CANDIDATES = 200;

/** What the statement answers in one row: the exact count, every facet value's count and the page of hits. */
export interface SearchRow {
  total: number;
  facets: { field: FacetField; value: string; count: number }[];
  hits: { id: string; type: string; score: number; snippet: string; distance_km: number | null; stale: boolean }[];
}

/** The array column holding each facet field's values, or its plain column. */
const FACET_COLUMNS: [FacetField, string, boolean][] = [
  ['type', 'type', false],
  ['municipality', 'municipality_codes', true],
  ['situation', 'situation_keys', true],
  ['problemTag', 'problem_keys', true],
  ['sector', 'sector', false],
  ['accessRoute', 'access_route', false],
  ['status', 'status', false],
];

/**
 * One search as one statement over `search_document`, which reads the matches once:
 *
 * 1. `m`: every document that matches the words and the fixed filters and fails at most one facet
 *    filter (`fail` names it), with only the facet columns and a cheap score: no `SELECT *`.
 * 2. The count: the rows of `m` that fail nothing. Each facet field counts the rows that fail
 *    nothing or only its own filter (disjunctive facets).
 * 3. The page: the best `CANDIDATES` by the cheap score are scored in full (the title's share of
 *    the words) and sorted; only the page's hits get a snippet.
 */
export function searchStatement(
  query: SearchQuery,
  text: TextQuery | null,
  boostText: TextQuery | null,
): { sql: string; params: unknown[] } {
  const sql = new SearchSql(query, text, boostText);
  const filters = sql.facetFilters();
  const fixed = sql.fixedConditions();
  const failing = filters.map(([field, condition]) => `WHEN NOT (${condition}) THEN '${field}'`);
  const fail = failing.length ? `CASE ${failing.join(' ')} END` : 'NULL::text';
  const atMostOneFails = filters.length ? [`(${filters.map(([, condition]) => `(NOT (${condition}))::int`).join(' + ')}) <= 1`] : [];
  const where = [...fixed, ...atMostOneFails].join(' AND ') || 'true';
  const byDistance = query.sortBy === 'DISTANCE' && query.near;
  const distance = sql.distance();
  const candidates = Math.max(CANDIDATES, query.offset + query.limit);

  const facets = FACET_COLUMNS.map(([field, column, array]) => {
    const counted = filters.some(([f]) => f === field) ? `(m.fail IS NULL OR m.fail = '${field}')` : 'm.fail IS NULL';
    return array
      ? `SELECT '${field}' AS field, v AS value, count(*) AS count FROM m, unnest(m.${column}) v WHERE ${counted} GROUP BY v`
      : `SELECT '${field}' AS field, m.${column} AS value, count(*) AS count FROM m WHERE ${counted} AND m.${column} IS NOT NULL GROUP BY m.${column}`;
  }).join('\n      UNION ALL ');

  const statement = `WITH m AS MATERIALIZED (
      SELECT d.id, d.title, d.type, d.municipality_codes, d.situation_keys, d.problem_keys, d.sector, d.access_route, d.status,
             ${fail} AS fail, ${sql.score(true)} AS cheap${byDistance ? `, ${distance} AS distance_km` : ''}
      FROM search_document d WHERE ${where}),
    c AS (SELECT m.id FROM m WHERE m.fail IS NULL
      ORDER BY ${byDistance ? 'm.distance_km ASC NULLS LAST, ' : ''}m.cheap DESC, m.title, m.id LIMIT ${sql.param(candidates)}),
    page AS (SELECT d.id, d.type, d.title, d.subtitle, d.body, ${sql.score()} AS score, ${distance} AS distance_km,
             coalesce(d.verification_due < now(), false) AS stale
      FROM c JOIN search_document d ON d.id = c.id
      ORDER BY ${sql.sortFirst()}score DESC, d.title, d.id OFFSET ${sql.param(query.offset)} LIMIT ${sql.param(query.limit)}),
    f AS (${facets})
    SELECT (SELECT count(*) FROM m WHERE m.fail IS NULL)::int AS total,
      (SELECT coalesce(json_agg(json_build_object('field', f.field, 'value', f.value, 'count', f.count)), '[]') FROM f) AS facets,
      (SELECT coalesce(json_agg(json_build_object('id', d.id, 'type', d.type, 'score', d.score, 'snippet', ${sql.snippet()},
          'distance_km', d.distance_km, 'stale', d.stale) ORDER BY ${byDistance ? 'd.distance_km ASC NULLS LAST, ' : ''}d.score DESC, d.title, d.id), '[]')
        FROM page d) AS hits`;
  return { sql: statement, params: sql.params };
}
