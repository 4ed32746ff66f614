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
 * It reads the search lib's own table search_suggestion (SuggestionIndex keeps it in step in each
 * change's transaction) rather than going through the search engine port: a trigram index on the
 * folded names (column suggest_text) answers a prefix in milliseconds at Denmark's size, a rename is
 * suggested the moment it commits, and suggestions keep working when Meilisearch is down.
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
    const rows: { kind: SuggestionKind; ref: string; label: string; detail: string | null }[] = await this.dataSource.query(
      `SELECT kind, ref, label, detail FROM search_suggestion WHERE suggest_text LIKE $1
       ORDER BY suggest_text LIKE $2 DESC, rank, length(label), label, ref LIMIT $3`,
      [`%${folded}%`, `${folded}%`, limit],
    );
    return rows.map(({ kind, ref, label, detail }) => {
      const record = kind === SuggestionKind.ORGANISATION || kind === SuggestionKind.OFFER;
      return Object.assign(new Suggestion(), { kind, label, id: record ? ref : null, code: record ? null : ref, detail });
    });
  }
}
