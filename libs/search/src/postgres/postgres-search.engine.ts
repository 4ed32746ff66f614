import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { FacetField, SearchDocument, SearchEngine, SearchQuery, SearchResult } from '../search-engine.port.js';
import { buildTsQuery, closestWord, highlightToHtml, splitWords } from './query-text.js';
import { SearchSql } from './search-sql.js';

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
] as const;

/** Only words this long are corrected for typos; shorter ones have too many neighbours. */
const MIN_CORRECTABLE = 4;

/** PostgreSQL full-text search: Danish stemming, accents folded, trigram typo correction. */
@Injectable()
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres';

  constructor(private readonly dataSource: DataSource) {}

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
    const words = splitWords(await this.fold(query.text));
    let tsQuery = buildTsQuery(words, '&');
    let searched = words;
    let total = await this.count(query, tsQuery);
    if (total === 0 && words.length > 0) {
      // Nothing for the words as typed: correct typos, and if still nothing, accept any of the words.
      const corrected = await this.correct(words);
      for (const candidate of [buildTsQuery(corrected, '&'), buildTsQuery(corrected, '|')]) {
        const found = await this.count(query, candidate);
        if (found > 0) {
          [tsQuery, searched, total] = [candidate, corrected, found];
          break;
        }
      }
    }
    const sql = new SearchSql(query, tsQuery);
    const hits: { id: string; type: SearchResult['hits'][number]['type']; score: number; snippet: string }[] = await this.dataSource.query(
      `SELECT d.id, d.type, ${sql.score()} AS score, ${sql.snippet()} AS snippet
       FROM search_document d WHERE ${sql.where()}
       ORDER BY score DESC, d.title, d.id OFFSET ${sql.param(query.offset)} LIMIT ${sql.param(query.limit)}`,
      sql.params,
    );
    const facetSql = new SearchSql(query, tsQuery);
    const facetRows: { field: FacetField; value: string; count: string }[] = await this.dataSource.query(
      `WITH matched AS (SELECT * FROM search_document d WHERE ${facetSql.where()})
       SELECT 'type' AS field, type AS value, count(*) AS count FROM matched GROUP BY type
       UNION ALL SELECT 'municipality', m, count(*) FROM matched, unnest(municipality_codes) m GROUP BY m
       UNION ALL SELECT 'situation', s, count(*) FROM matched, unnest(situation_keys) s GROUP BY s
       UNION ALL SELECT 'problemTag', p, count(*) FROM matched, unnest(problem_keys) p GROUP BY p
       UNION ALL SELECT 'sector', sector, count(*) FROM matched GROUP BY sector
       UNION ALL SELECT 'accessRoute', access_route, count(*) FROM matched WHERE access_route IS NOT NULL GROUP BY access_route
       UNION ALL SELECT 'status', status, count(*) FROM matched WHERE status IS NOT NULL GROUP BY status`,
      facetSql.params,
    );
    const facets = new Map<FacetField, { value: string; count: number }[]>();
    for (const row of facetRows) {
      const list = facets.get(row.field) ?? [];
      list.push({ value: row.value, count: Number(row.count) });
      facets.set(row.field, list);
    }
    return {
      total,
      hits: hits.map((h) => ({ ...h, score: Number(h.score), snippet: highlightToHtml(h.snippet) })),
      facets: [...facets].map(([field, values]) => ({
        field,
        values: values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      })),
      correctedQuery: searched.join(' ') !== words.join(' ') ? searched.join(' ') : null,
    };
  }

  private async count(query: SearchQuery, tsQuery: string | null): Promise<number> {
    const sql = new SearchSql(query, tsQuery);
    const [{ count }]: { count: string }[] = await this.dataSource.query(
      `SELECT count(*) AS count FROM search_document d WHERE ${sql.where()}`,
      sql.params,
    );
    return Number(count);
  }

  private async fold(text: string): Promise<string> {
    const [{ folded }]: { folded: string | null }[] = await this.dataSource.query(`SELECT vejviser_fold($1) AS folded`, [text]);
    return folded ?? '';
  }

  /**
   * Replaces words the index has never seen by the nearest indexed word: trigram similarity finds
   * candidates, and only one within a small edit distance is taken ("angts" → "angst"), so a word
   * is not "corrected" into an unrelated one that merely shares a long ending.
   */
  private async correct(words: string[]): Promise<string[]> {
    const rows: { asked: string; known: boolean; candidates: string[] }[] = await this.dataSource.query(
      `SELECT q.word AS asked, EXISTS (SELECT 1 FROM search_term t WHERE t.word = q.word) AS known,
              ARRAY(SELECT t.word FROM search_term t WHERE t.word % q.word ORDER BY similarity(t.word, q.word) DESC, t.word LIMIT 8) AS candidates
       FROM unnest($1::text[]) WITH ORDINALITY AS q(word, n) ORDER BY q.n`,
      [words],
    );
    return rows.map((r) => (r.known || r.asked.length < MIN_CORRECTABLE ? r.asked : (closestWord(r.asked, r.candidates) ?? r.asked)));
  }
}
