import type { DataSource } from 'typeorm';
import type { SynonymGroup } from '../search-engine.port.js';
import { AnalysisCache, type Analysis } from './analysis-cache.js';
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
} from './text-query.js';

/** Only words this long are corrected for typos; shorter ones have too many neighbours. */
const MIN_CORRECTABLE = 4;

export interface TextPlan {
  query: TextQuery | null;
  total: number;
  correctedQuery: string | null;
  /** False when a word analysis it used is older than what its statements read (the index changed meanwhile): plan again. */
  current: boolean;
}

/** What a search statement tells the planner: how many documents matched, at which search generation. */
export interface Counted {
  total: number;
  generation: string;
}

/** A query for ranking only, and the search generation its word analysis was read at (null without words). */
export interface RankingQuery {
  query: TextQuery | null;
  generation: string | null;
}

/** A state of the synonym table: changes whenever a group is added, changed or removed. */
const SYNONYMS_VERSION = `(SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM search_synonym)`;
/** The counter every committed change to what search reads from moves on (migration SearchGeneration). */
const GENERATION = `(SELECT g.generation::text FROM search_generation g WHERE g.id = 1)`;
/** Typed text without words ("?!"), at a generation. */
const noWords = (generation: string): Analysis => ({ generation, words: [], facts: new Map(), parts: new Set(), built: new Map() });

/**
 * Turns typed text into the PostgreSQL engine's text query: folds and stems the words, expands
 * synonyms and Danish compounds, and when nothing matches corrects typos, then accepts any word.
 * Keeps the compiled synonyms in memory and reloads them when the table changed (another process).
 *
 * The word analysis of each distinct text (and its expansion into text queries) is kept, so a search
 * for a text seen before is one round trip: its statement. Each analysis carries the search
 * generation it was read at, and each statement returns the generation it read: a newer one (any
 * committed change to the index, the directory or the synonyms, by any process) drops every kept
 * analysis, and a search that used an older analysis than its statement read is planned again.
 */
export class TextPlanner {
  private synonyms: CompiledSynonyms = NO_SYNONYMS;
  private version: string | null = null;
  private readonly analyses = new AnalysisCache();

  constructor(private readonly dataSource: DataSource) {}

  /** Uses these groups from now on (until the synonym table changes again). */
  async setSynonyms(groups: SynonymGroup[]): Promise<void> {
    const [compiled, version] = await Promise.all([this.compile(groups), this.currentVersion()]);
    [this.synonyms, this.version] = [compiled, version];
    this.analyses.clear();
  }

  /** The query to run and how many documents it matches, counted by `count` (a whole search). */
  async plan(text: string, count: (query: TextQuery | null) => Promise<Counted>): Promise<TextPlan> {
    const generations = new Set<string>();
    const counted = async (query: TextQuery | null) => {
      const found = await count(query);
      this.observe(found.generation);
      generations.add(found.generation);
      return found.total;
    };
    const typed = await this.typed(text);
    if (!typed) return { query: null, total: await counted(null), correctedQuery: null, current: true };
    generations.add(typed.generation);
    const typedWords = typed.words.map((w) => w.word);

    let analysis = typed;
    let query = this.build(analysis, '&');
    // A word nothing indexed starts with: the words as typed match nothing, and are not searched unless nothing else is.
    let total = query?.matchesNothing ? null : await counted(query);
    if (!total) {
      // Nothing for the words as typed: correct typos, and if still nothing, accept any of the words.
      const withCandidates = await this.analysis(typedWords, true);
      generations.add(withCandidates.generation);
      const corrected = correctWords(typed.words, withCandidates.facts, this.synonyms, MIN_CORRECTABLE);
      if (corrected.join(' ') !== typedWords.join(' ')) {
        analysis = await this.analysis(corrected);
        generations.add(analysis.generation);
      }
      const tried = new Set([query?.full]);
      for (const op of ['&', '|'] as const) {
        const candidate = this.build(analysis, op);
        if (tried.has(candidate?.full) || candidate?.matchesNothing) continue;
        tried.add(candidate?.full);
        total = await counted(candidate);
        if (total > 0) {
          query = candidate;
          break;
        }
      }
      // Every search runs one statement at least: its row (empty) carries the generation it read.
      total ??= await counted(query);
    }
    const searched = query?.words.join(' ') ?? typedWords.join(' ');
    const correctedQuery = searched !== typedWords.join(' ') ? searched : null;
    return { query, total, correctedQuery, current: generations.size === 1 };
  }

  /** A query for ranking only: any of the words (or their synonyms and compounds); null without words. */
  async rankingQuery(text: string): Promise<RankingQuery> {
    const typed = await this.typed(text);
    return typed ? { query: this.build(typed, '|'), generation: typed.generation } : { query: null, generation: null };
  }

  /** A statement read this search generation: a newer one than seen before drops every kept analysis. */
  observe(generation: string): void {
    this.analyses.observe(generation);
  }

  private build(analysis: Analysis, op: '&' | '|'): TextQuery | null {
    if (!analysis.built.has(op)) analysis.built.set(op, buildTextQuery(analysis.words, this.synonyms, analysis.facts, analysis.parts, op));
    return analysis.built.get(op) ?? null;
  }

  /** The analysis of typed text (null when it has no words); folding it also checks the synonyms are current. */
  private async typed(text: string): Promise<Analysis | null> {
    if (text.trim() === '') return null;
    const key = `t\u0000${text}`;
    const kept = this.analyses.get(key);
    if (kept) return kept.words.length ? kept : null;
    const [{ folded, version, generation }]: { folded: string | null; version: string; generation: string }[] = await this.dataSource.query(
      `SELECT vejviser_fold($1) AS folded, ${SYNONYMS_VERSION} AS version, ${GENERATION} AS generation`,
      [text],
    );
    this.observe(generation);
    if (version !== this.version) await this.reload(version);
    const words = splitWords(folded ?? '');
    const analysis = words.length ? await this.analysis(words) : noWords(generation);
    // Kept at the older of the two readings: a change between them makes the search plan again.
    const typed = { ...analysis, generation: BigInt(generation) < BigInt(analysis.generation) ? generation : analysis.generation };
    this.analyses.set(key, typed);
    return typed.words.length ? typed : null;
  }

  /** The analysis of folded words, kept per distinct words (and whether typo candidates were asked for). */
  private async analysis(words: string[], candidates = false): Promise<Analysis> {
    const key = `${candidates ? 'c' : 'w'}\u0000${words.join(' ')}`;
    const kept = this.analyses.get(key);
    if (kept) return kept;
    const analysis = await this.analyse(words, candidates);
    this.analyses.set(key, analysis);
    return analysis;
  }

  /**
   * One round trip: each word's stem, whether the index or a synonym knows it, the indexed
   * compounds it is the last part of (by the reversed stems: one index range), and with `candidates` its nearest indexed words when it is
   * unknown (for typo correction); plus which possible parts of typed compounds are indexed words.
   */
  private async analyse(typed: string[], candidates: boolean): Promise<Analysis> {
    const plain = typed.map((word) => ({ word, stem: word }));
    const [row]: {
      words: { word: string; stem: string; known: boolean; candidates: string[]; compounds: string[]; prefixed: boolean }[];
      parts: string[] | null;
      generation: string;
    }[] = await this.dataSource.query(
      `SELECT (SELECT json_agg(json_build_object('word', q.word, 'stem', s.stem, 'known', k.known,
                 'candidates', CASE WHEN NOT $5 OR k.known OR length(q.word) < $3 THEN ARRAY[]::text[] ELSE ARRAY(
                   SELECT t.word FROM search_term t WHERE t.word % q.word ORDER BY similarity(t.word, q.word) DESC, t.word LIMIT 8) END,
                 'compounds', CASE WHEN length(s.stem) < 5 THEN ARRAY[]::text[] ELSE ARRAY(
                   SELECT t.word FROM search_term t
                   WHERE t.rstem >= reverse(s.stem) AND t.rstem < reverse(s.stem) || '~' AND length(t.word) >= length(s.stem) + 3
                   ORDER BY t.rstem LIMIT 20) END,
                 'prefixed', length(s.stem) < 3 OR EXISTS (SELECT 1 FROM search_term t WHERE t.word LIKE s.stem || '%')) ORDER BY q.n)
               FROM unnest($1::text[]) WITH ORDINALITY AS q(word, n),
                 LATERAL (SELECT coalesce((ts_lexize('danish_stem', q.word))[1], '') AS stem) s,
                 LATERAL (SELECT q.word = ANY($4::text[]) OR EXISTS (SELECT 1 FROM search_term t WHERE t.word = q.word) AS known) k) AS words,
              ARRAY(SELECT t.word FROM search_term t WHERE t.word = ANY($2::text[])) AS parts, ${GENERATION} AS generation`,
      [typed, compoundParts(plain), MIN_CORRECTABLE, [...this.synonyms.vocabulary], candidates],
    );
    const words = row.words.map((w) => ({ word: w.word, stem: w.stem }));
    const facts = new Map(row.words.map(({ word, stem: _, ...facts }) => [word, facts]));
    return { generation: row.generation, words, facts, parts: new Set(row.parts ?? []), built: new Map() };
  }

  private async reload(version: string): Promise<void> {
    const rows: { terms: string[] }[] = await this.dataSource.query(`SELECT terms FROM search_synonym ORDER BY created_at, id`);
    [this.synonyms, this.version] = [await this.compile(rows.map((r) => r.terms)), version];
    this.analyses.clear();
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
