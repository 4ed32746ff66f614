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
 * change's transaction) rather than going through the search engine port: a btree on the words of the
 * folded names (search_suggestion_word) answers a prefix in milliseconds at Denmark's size, a rename is
 * suggested the moment it commits, and suggestions keep working when Meilisearch is down.
 *
 * Matching: accent- and case-folded ("hels" → Helsingør, "ostjy" → Østjylland), at the start of any
 * word of the name. Names that start with the prefix come first, then by kind (municipality,
 * situation, organisation, offer), shorter names first.
 */
/**
 * One word typed: the names with a word that starts with it, from their words alone (an index range;
 * `first`: the name starts with it), and only the page's details from the names.
 */
const ONE_WORD = `SELECT w.kind, w.ref, w.label, s.detail
  FROM (SELECT g.* FROM (SELECT kind, ref, bool_or(first) AS first, min(rank) AS rank, min(label) AS label
      FROM search_suggestion_word WHERE word LIKE $1 GROUP BY kind, ref) g
    ORDER BY g.first DESC, g.rank, length(g.label), g.label, g.ref LIMIT $2) w
  JOIN search_suggestion s ON s.kind = w.kind AND s.ref = w.ref
  ORDER BY w.first DESC, w.rank, length(w.label), w.label, w.ref`;

/** One letter: a word of almost every fourth name starts with it, so reading every name is quicker than their words. */
const EVERY_NAME = `SELECT kind, ref, label, detail FROM search_suggestion WHERE suggest_text LIKE $1
  ORDER BY suggest_text LIKE $2 DESC, rank, length(label), label, ref LIMIT $3`;

/**
 * Several words: the names with a word that starts with the first, each read by its key (OFFSET 0 keeps
 * the planner from a hash join over every name, which its estimate of the LIKE would pick), then the whole text.
 */
const SEVERAL_WORDS = `SELECT s.kind, s.ref, s.label, s.detail
  FROM (SELECT DISTINCT w.kind, w.ref FROM search_suggestion_word w WHERE w.word LIKE $4) w,
    LATERAL (SELECT s.* FROM search_suggestion s WHERE s.kind = w.kind AND s.ref = w.ref OFFSET 0) s
  WHERE s.suggest_text LIKE $1
  ORDER BY s.suggest_text LIKE $2 DESC, s.rank, length(s.label), s.label, s.ref LIMIT $3`;

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
    const words = folded.trim().split(' ');
    const rows: { kind: SuggestionKind; ref: string; label: string; detail: string | null }[] =
      words.length > 1
        ? await this.dataSource.query(SEVERAL_WORDS, [`%${folded}%`, `${folded}%`, limit, `${words[0]}%`])
        : words[0].length > 1
          ? await this.dataSource.query(ONE_WORD, [`${words[0]}%`, limit])
          : await this.dataSource.query(EVERY_NAME, [`%${folded}%`, `${folded}%`, limit]);
    return rows.map(({ kind, ref, label, detail }) => {
      const record = kind === SuggestionKind.ORGANISATION || kind === SuggestionKind.OFFER;
      return Object.assign(new Suggestion(), { kind, label, id: record ? ref : null, code: record ? null : ref, detail });
    });
  }
}
