import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BadInputError, pageSize } from '#core';
import { SearchResultCache } from '../cache/search-result-cache.js';
import { Suggestion, SuggestionKind } from './suggest.types.js';

export const SUGGEST_DEFAULT = 10;
export const SUGGEST_MAX = 25;

/**
 * Search-as-you-type over public names: municipalities, situations, organisations and offers that have
 * not ended. Never contacts (names of people, staff lines).
 *
 * It reads PostgreSQL directly rather than going through the search engine port: the names live there,
 * a trigram index on the folded names (column suggest_text, migration 1764810000000) answers a
 * prefix in milliseconds at Denmark's size, a rename is suggested the moment it commits, and
 * suggestions keep working when Meilisearch is down. An engine gains nothing by holding a copy.
 *
 * Matching: accent- and case-folded ("hels" → Helsingør, "ostjy" → Østjylland), at the start of any
 * word of the name. Names that start with the prefix come first, then by kind (municipality,
 * situation, organisation, offer), shorter names first.
 */
@Injectable()
export class SuggestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: SearchResultCache,
  ) {}

  async suggest(prefix: string, first: number | null | undefined): Promise<Suggestion[]> {
    if (prefix.length > 100) throw new BadInputError('Teksten må højst være 100 tegn.');
    const limit = pageSize(first, SUGGEST_MAX, SUGGEST_DEFAULT);
    // Public names only (no contacts), so one entry serves every viewer.
    return this.cache.get('suggest', [prefix, limit], () => this.find(prefix, limit));
  }

  private async find(prefix: string, limit: number): Promise<Suggestion[]> {
    const [{ folded }]: { folded: string | null }[] = await this.dataSource.query(`SELECT vejviser_suggest_text($1) AS folded`, [prefix]);
    if (!folded || folded.trim() === '') return [];
    // Each kind's best `limit` first (the final order refines the same order), then the offers' organisations.
    const best = (where: string, label: string, ref: string) =>
      `${where} ORDER BY suggest_text LIKE $2 DESC, length(${label}), ${label}, ${ref} LIMIT $3`;
    const rows: { kind: SuggestionKind; label: string; id: string | null; code: string | null; detail: string | null }[] =
      await this.dataSource.query(
        `SELECT s.kind, s.label, s.id, s.code, org.name AS detail FROM (
           (SELECT 'MUNICIPALITY' AS kind, 0 AS rank, name AS label, NULL::uuid AS id, code, NULL::uuid AS organisation_id,
                   suggest_text, code AS ref
              FROM municipality ${best('WHERE suggest_text LIKE $1', 'name', 'code')})
           UNION ALL
           (SELECT 'SITUATION', 1, label_da AS label, NULL, key, NULL, suggest_text, key AS ref
              FROM taxonomy_term ${best(`WHERE kind = 'SITUATION' AND suggest_text LIKE $1`, 'label_da', 'key')})
           UNION ALL
           (SELECT 'ORGANISATION', 2, name AS label, id, NULL, NULL, suggest_text, id::text AS ref
              FROM organisation ${best('WHERE suggest_text LIKE $1', 'name', 'id::text')})
           UNION ALL
           (SELECT 'OFFER', 3, name AS label, id, NULL, organisation_id, suggest_text, id::text AS ref
              FROM offer ${best(`WHERE status <> 'ENDED' AND suggest_text LIKE $1`, 'name', 'id::text')})
         ) s LEFT JOIN organisation org ON org.id = s.organisation_id
         ORDER BY s.suggest_text LIKE $2 DESC, s.rank, length(s.label), s.label, s.ref
         LIMIT $3`,
        [`%${folded}%`, `${folded}%`, limit],
      );
    return rows.map((row) => Object.assign(new Suggestion(), row));
  }
}
