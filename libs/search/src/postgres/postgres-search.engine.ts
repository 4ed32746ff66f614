import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { FacetField, SearchDocument, SearchEngine, SearchQuery, SearchResult, SynonymGroup } from '../search-engine.port.js';
import { highlightToHtml } from './query-text.js';
import { inlineParams } from './sql-literal.js';
import { FACET_PREFIX, facetValues, searchStatement, type SearchRow } from './search-statement.js';
import { TextPlanner } from './text-planner.js';
import type { TextQuery } from './text-query.js';

const COLUMNS = [
  'id',
  'type',
  'organisation_id',
  'title',
  'subtitle',
  'body',
  'municipality_codes',
  'region_keys',
  'situation_keys',
  'problem_keys',
  'sector',
  'access_route',
  'status',
  'age_min',
  'age_max',
  'last_verified_at',
  'verification_due',
  'latitude',
  'longitude',
  'always_open',
  'open_on_holidays',
  'open_ranges',
  'exception_dates',
  'exception_open',
  'facet_values',
] as const;

/** Sorted slots as a multirange literal of runs: [1, 2, 3, 7] → "{[1,4),[7,8)}". */
export function openRanges(slots: number[]): string {
  const runs: string[] = [];
  const sorted = [...new Set(slots)].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length;) {
    let end = i;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end++;
    runs.push(`[${sorted[i]},${sorted[end] + 1})`);
    i = end + 1;
  }
  return `{${runs.join(',')}}`;
}

/** PostgreSQL full-text search: Danish stemming, accents folded, synonyms, compounds, trigram typo correction. */
@Injectable()
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres';
  private readonly planner: TextPlanner;

  constructor(private readonly dataSource: DataSource) {
    this.planner = new TextPlanner(dataSource);
  }

  /** The groups are also in the search_synonym table; another process's change is picked up at its next search. */
  setSynonyms(groups: SynonymGroup[]): Promise<void> {
    return this.planner.setSynonyms(groups);
  }

  /**
   * Writes the documents with one statement per 1,000 (the rows as one JSON parameter, read as rows of the table;
   * an import's whole batch at once), then adds their words to the typo-correction vocabulary.
   */
  async index(docs: SearchDocument[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    for (let i = 0; i < docs.length; i += 1000) {
      const batch = docs.slice(i, i + 1000);
      const rows = batch.map((d) => {
        const values = [
          d.id,
          d.type,
          d.organisationId,
          d.title,
          d.subtitle,
          d.body,
          d.municipalityCodes,
          d.regionKeys,
          d.situationKeys,
          d.problemKeys,
          d.sector,
          d.accessRoute,
          d.status,
          d.ageMin,
          d.ageMax,
          d.lastVerifiedAt,
          d.verificationDue ?? null,
          d.location?.latitude ?? null,
          d.location?.longitude ?? null,
          d.alwaysOpen ?? false,
          d.openOnHolidays ?? false,
          openRanges(d.openSlots ?? []),
          d.exceptionDates ?? [],
          d.exceptionOpen ?? [],
          facetValues(d),
        ];
        return Object.fromEntries(COLUMNS.map((column, n) => [column, values[n] ?? null]));
      });
      const updates = COLUMNS.filter((c) => c !== 'id')
        .map((c) => `${c} = EXCLUDED.${c}`)
        .join(', ');
      await manager.query(
        `INSERT INTO search_document (${COLUMNS.join(', ')}, updated_at)
         SELECT ${COLUMNS.join(', ')}, now() FROM jsonb_populate_recordset(NULL::search_document, $1::jsonb)
         ON CONFLICT (id) DO UPDATE SET ${updates}, updated_at = now()`,
        [JSON.stringify(rows)],
      );
      // The vocabulary for typo correction: every folded word of three letters or more.
      await manager.query(
        `INSERT INTO search_term (word)
         SELECT DISTINCT w FROM unnest($1::text[]) AS t(txt), regexp_split_to_table(vejviser_fold(txt), '[^a-z0-9]+') AS w
         WHERE length(w) >= 3 ON CONFLICT DO NOTHING`,
        [batch.map((d) => `${d.title} ${d.subtitle ?? ''} ${d.body}`)],
      );
    }
  }

  async remove(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (ids.length) await manager.query(`DELETE FROM search_document WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Empties the index and the typo vocabulary, which a full reindex then rebuilds from live records. */
  async clear(manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`DELETE FROM search_document`);
    await manager.query(`DELETE FROM search_term`);
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    const [{ count }]: { count: string }[] = await this.dataSource.query(`SELECT count(*) AS count FROM search_document`);
    return { ok: true, detail: `${count} dokumenter` };
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const { row, correctedQuery } = await this.planned(query);
    const facets = new Map<FacetField, { value: string; count: number }[]>();
    for (const { value: prefixed, count } of row.facets) {
      const field = FIELD_OF_PREFIX.get(prefixed.slice(0, 2));
      if (!field) continue;
      const list = facets.get(field) ?? [];
      list.push({ value: prefixed.slice(2), count: Number(count) });
      facets.set(field, list);
    }
    return {
      total: row.total,
      hits: row.hits.map(({ distance_km, ...h }) => ({
        ...h,
        type: h.type as SearchResult['hits'][number]['type'],
        score: Number(h.score),
        snippet: highlightToHtml(h.snippet),
        distanceKm: distance_km === null ? null : Number(distance_km),
      })),
      facets: [...facets].map(([field, values]) => ({
        field,
        values: values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      })),
      correctedQuery,
      changesAt: row.changes_at === null ? null : new Date(row.changes_at),
    };
  }

  /** The search's row and correction; planned again (at most twice) when the index changed between a kept word analysis and the statement. */
  private async planned(query: SearchQuery, attempt = 1): Promise<{ row: SearchRow; correctedQuery: string | null }> {
    const boost = query.boost?.text ? await this.planner.rankingQuery(query.boost.text) : { query: null, generation: null };
    // Each text query the planner tries runs the whole search; the one it keeps is the last one run.
    let row: SearchRow = { total: 0, facets: [], hits: [], changes_at: null, generation: '0' };
    const plan = await this.planner.plan(query.text, async (text) => (row = await this.run(query, text, boost.query)));
    const current = plan.current && (boost.generation ?? row.generation) === row.generation;
    return current || attempt === 3 ? { row, correctedQuery: plan.correctedQuery } : this.planned(query, attempt + 1);
  }

  /**
   * One statement, one round trip: run by `vejviser_search_run(_words)` (migration SearchRun), whose
   * planner settings hold for it alone: with words, the GIN index is the way in (the planner
   * over-estimates prefix matches and would read the whole table); no JIT compilation for a statement
   * that runs in milliseconds; room to count in memory. The values go in as literals (inlineParams).
   */
  private async run(query: SearchQuery, text: TextQuery | null, boostText: TextQuery | null): Promise<SearchRow> {
    const { sql, params } = searchStatement(query, text, boostText);
    const statement = inlineParams(`SELECT row_to_json(s) FROM (${sql}) s`, params);
    const [{ row }]: { row: SearchRow }[] = await this.dataSource.query(
      `SELECT ${text ? 'vejviser_search_run_words' : 'vejviser_search_run'}($1) AS row`,
      [statement],
    );
    return row;
  }
}

const FIELD_OF_PREFIX = new Map(Object.entries(FACET_PREFIX).map(([field, prefix]) => [prefix, field as FacetField]));
