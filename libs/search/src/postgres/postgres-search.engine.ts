import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { FacetField, SearchDocument, SearchEngine, SearchQuery, SearchResult, SynonymGroup } from '../search-engine.port.js';
import { highlightToHtml } from './query-text.js';
import { SearchSql } from './search-sql.js';
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
  'open_slots',
  'exception_dates',
  'exception_open',
] as const;

type FacetRow = { field: FacetField; value: string; count: string };

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

  async index(docs: SearchDocument[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    for (let i = 0; i < docs.length; i += 200) {
      const batch = docs.slice(i, i + 200);
      const params: unknown[] = [];
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
          d.openSlots ?? [],
          d.exceptionDates ?? [],
          d.exceptionOpen ?? [],
        ];
        const placeholders = values.map((v) => `$${params.push(v)}`);
        return `(${placeholders.join(', ')}, now())`;
      });
      const updates = COLUMNS.filter((c) => c !== 'id')
        .map((c) => `${c} = EXCLUDED.${c}`)
        .join(', ');
      await manager.query(
        `INSERT INTO search_document (${COLUMNS.join(', ')}, updated_at) VALUES ${rows.join(', ')}
         ON CONFLICT (id) DO UPDATE SET ${updates}, updated_at = now()`,
        params,
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
    // The facets of each text query tried also count its matches (the type facet covers every document).
    let facetRows: FacetRow[] = [];
    const plan = await this.planner.plan(query.text, async (text) => {
      facetRows = await this.facetRows(query, text);
      return facetRows.filter((r) => r.field === 'type').reduce((sum, r) => sum + Number(r.count), 0);
    });
    const { total, correctedQuery } = plan;
    const boostText = query.boost?.text ? await this.planner.rankingQuery(query.boost.text) : null;
    const sql = new SearchSql(query, plan.query, boostText);
    const hits: {
      id: string;
      type: SearchResult['hits'][number]['type'];
      score: number;
      snippet: string;
      distance_km: number | null;
      stale: boolean;
    }[] = await this.dataSource.query(
      `SELECT d.id, d.type, ${sql.score()} AS score, ${sql.snippet()} AS snippet, ${sql.distance()} AS distance_km,
              coalesce(d.verification_due < now(), false) AS stale
       FROM search_document d WHERE ${sql.where()}
       ORDER BY ${sql.sortFirst()}score DESC, d.title, d.id OFFSET ${sql.param(query.offset)} LIMIT ${sql.param(query.limit)}`,
      sql.params,
    );
    const facets = new Map<FacetField, { value: string; count: number }[]>();
    for (const row of facetRows) {
      const list = facets.get(row.field) ?? [];
      list.push({ value: row.value, count: Number(row.count) });
      facets.set(row.field, list);
    }
    return {
      total,
      hits: hits.map(({ distance_km, ...h }) => ({
        ...h,
        score: Number(h.score),
        snippet: highlightToHtml(h.snippet),
        distanceKm: distance_km === null ? null : Number(distance_km),
      })),
      facets: [...facets].map(([field, values]) => ({
        field,
        values: values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      })),
      correctedQuery,
    };
  }

  private facetRows(query: SearchQuery, tsQuery: TextQuery | null): Promise<FacetRow[]> {
    const sql = new SearchSql(query, tsQuery);
    return this.dataSource.query(
      `WITH matched AS (SELECT * FROM search_document d WHERE ${sql.where()})
       SELECT 'type' AS field, type AS value, count(*) AS count FROM matched GROUP BY type
       UNION ALL SELECT 'municipality', m, count(*) FROM matched, unnest(municipality_codes) m GROUP BY m
       UNION ALL SELECT 'situation', s, count(*) FROM matched, unnest(situation_keys) s GROUP BY s
       UNION ALL SELECT 'problemTag', p, count(*) FROM matched, unnest(problem_keys) p GROUP BY p
       UNION ALL SELECT 'sector', sector, count(*) FROM matched GROUP BY sector
       UNION ALL SELECT 'accessRoute', access_route, count(*) FROM matched WHERE access_route IS NOT NULL GROUP BY access_route
       UNION ALL SELECT 'status', status, count(*) FROM matched WHERE status IS NOT NULL GROUP BY status`,
      sql.params,
    );
  }
}
