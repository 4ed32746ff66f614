import type { DataSource } from 'typeorm';
import type { SynonymGroup } from '../search-engine.port.js';
import { splitWords } from './query-text.js';
import {
  NO_SYNONYMS,
  buildTextQuery,
  compileSynonyms,
  compoundParts,
  correctWords,
  type CompiledSynonyms,
  type QueryWord,
  type TextQuery,
  type WordFacts,
} from './text-query.js';

/** Only words this long are corrected for typos; shorter ones have too many neighbours. */
const MIN_CORRECTABLE = 4;

export interface TextPlan {
  query: TextQuery | null;
  total: number;
  correctedQuery: string | null;
}

/** A state of the synonym table: changes whenever a group is added, changed or removed. */
const SYNONYMS_VERSION = `(SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM search_synonym)`;

/**
 * Turns typed text into the PostgreSQL engine's text query: folds and stems the words, expands
 * synonyms and Danish compounds, and when nothing matches corrects typos, then accepts any word.
 * Keeps the compiled synonyms in memory and reloads them when the table changed (another process).
 */
export class TextPlanner {
  private synonyms: CompiledSynonyms = NO_SYNONYMS;
  private version: string | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** Uses these groups from now on (until the synonym table changes again). */
  async setSynonyms(groups: SynonymGroup[]): Promise<void> {
    const [compiled, version] = await Promise.all([this.compile(groups), this.currentVersion()]);
    [this.synonyms, this.version] = [compiled, version];
  }

  /** The query to run and how many documents it matches, counted by `count`. */
  async plan(text: string, count: (query: TextQuery | null) => Promise<number>): Promise<TextPlan> {
    const [{ folded, version }]: { folded: string | null; version: string }[] = await this.dataSource.query(
      `SELECT vejviser_fold($1) AS folded, ${SYNONYMS_VERSION} AS version`,
      [text],
    );
    if (version !== this.version) await this.reload(version);
    const typed = splitWords(folded ?? '');
    if (typed.length === 0) return { query: null, total: await count(null), correctedQuery: null };

    let { words, facts, parts } = await this.analyse(typed);
    let query = buildTextQuery(words, this.synonyms, facts, parts, '&');
    let total = await count(query);
    if (total === 0) {
      // Nothing for the words as typed: correct typos, and if still nothing, accept any of the words.
      ({ facts } = await this.analyse(typed, true));
      const corrected = correctWords(words, facts, this.synonyms, MIN_CORRECTABLE);
      if (corrected.join(' ') !== typed.join(' ')) ({ words, facts, parts } = await this.analyse(corrected));
      const tried = new Set([query?.full]);
      for (const op of ['&', '|'] as const) {
        const candidate = buildTextQuery(words, this.synonyms, facts, parts, op);
        if (tried.has(candidate?.full)) continue;
        tried.add(candidate?.full);
        const found = await count(candidate);
        if (found > 0) {
          [query, total] = [candidate, found];
          break;
        }
      }
    }
    const searched = query?.words.join(' ') ?? typed.join(' ');
    return { query, total, correctedQuery: searched !== typed.join(' ') ? searched : null };
  }

  /** A query for ranking only: any of the words (or their synonyms and compounds); null without words. */
  async rankingQuery(text: string): Promise<TextQuery | null> {
    const [{ folded }]: { folded: string | null }[] = await this.dataSource.query(`SELECT vejviser_fold($1) AS folded`, [text]);
    const typed = splitWords(folded ?? '');
    if (typed.length === 0) return null;
    const { words, facts, parts } = await this.analyse(typed);
    return buildTextQuery(words, this.synonyms, facts, parts, '|');
  }

  /**
   * One round trip: each word's stem, whether the index or a synonym knows it, the indexed
   * compounds it is the last part of (by the reversed stems: one index range), and with `candidates` its nearest indexed words when it is
   * unknown (for typo correction); plus which possible parts of typed compounds are indexed words.
   */
  private async analyse(
    typed: string[],
    candidates = false,
  ): Promise<{ words: QueryWord[]; facts: Map<string, WordFacts>; parts: Set<string> }> {
    const plain = typed.map((word) => ({ word, stem: word }));
    const [row]: {
      words: { word: string; stem: string; known: boolean; candidates: string[]; compounds: string[] }[];
      parts: string[] | null;
    }[] = await this.dataSource.query(
      `SELECT (SELECT json_agg(json_build_object('word', q.word, 'stem', s.stem, 'known', k.known,
                 'candidates', CASE WHEN NOT $5 OR k.known OR length(q.word) < $3 THEN ARRAY[]::text[] ELSE ARRAY(
                   SELECT t.word FROM search_term t WHERE t.word % q.word ORDER BY similarity(t.word, q.word) DESC, t.word LIMIT 8) END,
                 'compounds', CASE WHEN length(s.stem) < 5 THEN ARRAY[]::text[] ELSE ARRAY(
                   SELECT t.word FROM search_term t
                   WHERE t.rstem >= reverse(s.stem) AND t.rstem < reverse(s.stem) || '~' AND length(t.word) >= length(s.stem) + 3
                   ORDER BY t.rstem LIMIT 20) END) ORDER BY q.n)
               FROM unnest($1::text[]) WITH ORDINALITY AS q(word, n),
                 LATERAL (SELECT coalesce((ts_lexize('danish_stem', q.word))[1], '') AS stem) s,
                 LATERAL (SELECT q.word = ANY($4::text[]) OR EXISTS (SELECT 1 FROM search_term t WHERE t.word = q.word) AS known) k) AS words,
              ARRAY(SELECT t.word FROM search_term t WHERE t.word = ANY($2::text[])) AS parts`,
      [typed, compoundParts(plain), MIN_CORRECTABLE, [...this.synonyms.vocabulary], candidates],
    );
    const words = row.words.map((w) => ({ word: w.word, stem: w.stem }));
    const facts = new Map(row.words.map((w) => [w.word, { known: w.known, candidates: w.candidates, compounds: w.compounds }]));
    return { words, facts, parts: new Set(row.parts ?? []) };
  }

  private async reload(version: string): Promise<void> {
    const rows: { terms: string[] }[] = await this.dataSource.query(`SELECT terms FROM search_synonym ORDER BY created_at, id`);
    [this.synonyms, this.version] = [await this.compile(rows.map((r) => r.terms)), version];
  }

  private async currentVersion(): Promise<string> {
    const [{ version }]: { version: string }[] = await this.dataSource.query(`SELECT ${SYNONYMS_VERSION} AS version`);
    return version;
  }

  /** Folds and stems every term's words in the database, exactly as the index and queries are. */
  private async compile(groups: SynonymGroup[]): Promise<CompiledSynonyms> {
    if (groups.length === 0) return NO_SYNONYMS;
    const rows: { g: number; t: number; word: string; stem: string }[] = await this.dataSource.query(
      `SELECT g.n AS g, t.n AS t, w.word, coalesce((ts_lexize('danish_stem', w.word))[1], '') AS stem
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS g(terms, n),
         jsonb_array_elements_text(g.terms) WITH ORDINALITY AS t(term, n),
         regexp_split_to_table(vejviser_fold(t.term), '[^a-z0-9]+') WITH ORDINALITY AS w(word, n)
       WHERE w.word <> '' ORDER BY g.n, t.n, w.n`,
      [JSON.stringify(groups)],
    );
    const terms: QueryWord[][][] = groups.map((group) => group.map(() => []));
    for (const r of rows) terms[Number(r.g) - 1][Number(r.t) - 1].push({ word: r.word, stem: r.stem });
    return compileSynonyms(terms);
  }
}
