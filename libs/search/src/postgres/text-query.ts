import { leanRanking, type LeanRanking } from './lean-rank.js';
import { closestWord } from './query-text.js';

/** A word of the query or of a synonym term, folded (lower case, accents removed), with its Danish stem ('' for a stop word). */
export interface QueryWord {
  word: string;
  stem: string;
}

/** What the index knows about one query word, from one SQL round trip. */
export interface WordFacts {
  /** An indexed word or a word of a synonym. */
  known: boolean;
  /** The nearest indexed words (by trigrams), for typo correction; only for unknown words. */
  candidates: string[];
  /** Indexed compounds that end in or contain the word after a first part: "skolefravær" for "fravær". */
  compounds: string[];
  /**
   * Some indexed word starts with the word's stem. Without one neither the word nor its prefix can
   * match: a Danish stem is the word with an ending cut off, so every indexed lexeme is the start of
   * an indexed word (a spec over the demo data holds the index to that).
   */
  prefixed: boolean;
}

/** The synonym groups, compiled for matching query words by stem. */
export interface CompiledSynonyms {
  /** Stems of a term's words (stop words left out), space-separated → the group's index. */
  byKey: Map<string, number>;
  /** A one-word term, folded → the group's index. */
  byWord: Map<string, number>;
  /** Per group, each term as a to_tsquery operand: a word, or a phrase of words joined by <->. */
  fragments: string[][];
  /** The longest term, in words that are not stop words. */
  maxWords: number;
  /** Every folded word of every term: typo correction and compound parts may use them. */
  vocabulary: Set<string>;
  /** Every folded word of every term → its stem ('' for a stop word). */
  stems: Map<string, string>;
}

export const NO_SYNONYMS: CompiledSynonyms = {
  byKey: new Map(),
  byWord: new Map(),
  fragments: [],
  maxWords: 0,
  vocabulary: new Set(),
  stems: new Map(),
};

/** `terms[g][t]`: the words of term t of group g, folded and stemmed (in the database, as the index does it). */
export function compileSynonyms(terms: QueryWord[][][]): CompiledSynonyms {
  const compiled: CompiledSynonyms = {
    ...NO_SYNONYMS,
    byKey: new Map(),
    byWord: new Map(),
    fragments: [],
    vocabulary: new Set(),
    stems: new Map(),
  };
  terms.forEach((group, g) => {
    const fragments: string[] = [];
    for (const words of group) {
      const content = words.filter((w) => w.stem !== '');
      if (content.length === 0) continue;
      compiled.byKey.set(content.map((w) => w.stem).join(' '), g);
      if (words.length === 1) compiled.byWord.set(words[0].word, g);
      compiled.maxWords = Math.max(compiled.maxWords, content.length);
      fragments.push(words.length === 1 ? words[0].word : `(${words.map((w) => w.word).join(' <-> ')})`);
      for (const w of words) {
        compiled.vocabulary.add(w.word);
        compiled.stems.set(w.word, w.stem);
      }
    }
    compiled.fragments.push([...new Set(fragments)]);
  });
  return compiled;
}

/** A compound split into a first part and a last part, with a linking s or e dropped ("selvmord|s|forebyggelse"). */
export function splitCandidates(word: string): { head: string; tail: string }[] {
  const splits: { head: string; tail: string }[] = [];
  if (word.length < 8) return splits;
  for (let i = 4; i <= word.length - 4; i++) {
    const head = word.slice(0, i);
    splits.push({ head, tail: word.slice(i) });
    if ((word[i] === 's' || word[i] === 'e') && word.length - i - 1 >= 4) splits.push({ head, tail: word.slice(i + 1) });
  }
  return splits;
}

/** The words a query's compounds could be made of, to look up in the index's vocabulary. */
export function compoundParts(words: QueryWord[]): string[] {
  return [...new Set(words.flatMap((w) => splitCandidates(w.word).flatMap((s) => [s.head, s.tail])))];
}

export interface TextQuery {
  /** The words as typed, each also as its synonyms; the last word also as a prefix. */
  strict: string;
  /** Also Danish compounds: a word inside indexed compounds, and a typed compound as its parts. */
  full: string;
  /** The full query of each word (or synonym phrase), to count how many of them the title holds. */
  groups: string[];
  /** The words searched, for `correctedQuery`. */
  words: string[];
  /** A cheaper query that ranks most matches the same (lean-rank.ts); null when none applies. */
  lean: LeanRanking | null;
  /** No document can match: a word that no indexed word starts with, and no synonym or compound for it (with |: every word). */
  matchesNothing: boolean;
}

interface Group {
  strict: string[];
  extra: string[];
  /** None of its alternatives can match: a word nothing indexed starts with, alone. */
  dead: boolean;
}

const alternatives = (list: string[]): string => {
  const unique = [...new Set(list)];
  return unique.length === 1 ? unique[0] : `(${unique.join(' | ')})`;
};

/** Words of this length or more also match as the first part of a compound ("angst" finds "angstkursus"). */
const MIN_PREFIX = 5;

/**
 * Builds the to_tsquery expressions for a query. Each word (or run of words that is a synonym term)
 * becomes a group: the word or every term of its synonym group, the last word also as a prefix.
 * `full` adds Danish compounds — the word as the first part (a prefix) or a later part (indexed
 * compounds that contain it), and a typed compound as its parts — which rank below exact matches.
 * Groups are joined by `op`. Null when there is nothing to search for.
 */
export function buildTextQuery(
  words: QueryWord[],
  synonyms: CompiledSynonyms,
  facts: Map<string, WordFacts>,
  knownParts: Set<string>,
  op: '&' | '|',
): TextQuery | null {
  if (words.length === 0) return null;
  const content = words.filter((w) => w.stem !== '');
  // Only stop words: search them as they are (they match nothing, as before).
  if (content.length === 0) {
    const plain = words.map((w, i) => (i === words.length - 1 ? `${w.word}:*` : w.word)).join(` ${op} `);
    return { strict: plain, full: plain, groups: [plain], words: words.map((w) => w.word), lean: null, matchesNothing: false };
  }
  const lastTyped = words[words.length - 1];
  const groups: Group[] = [];
  for (let i = 0; i < content.length;) {
    const span = synonymSpan(content, i, synonyms);
    if (span) {
      const fragments = synonyms.fragments[span.group];
      const typedLast = span.length === 1 && content[i] === lastTyped;
      groups.push({
        strict: [...(typedLast ? [`${content[i].word}:*`] : []), ...fragments],
        extra: fragments.filter((f) => !f.startsWith('(') && f.length >= MIN_PREFIX).map((f) => `${f}:*`),
        dead: false,
      });
      i += span.length;
      continue;
    }
    const w = content[i];
    const last = w === lastTyped;
    const ownPrefix = !last && w.word.length >= MIN_PREFIX ? [`${w.word}:*`] : [];
    const others = [...(facts.get(w.word)?.compounds ?? []), ...decompose(w.word, synonyms, knownParts)];
    const dead = others.length === 0 && facts.get(w.word)?.prefixed === false;
    groups.push({ strict: [last ? `${w.word}:*` : w.word], extra: [...ownPrefix, ...others], dead });
    i++;
  }
  const full = groups.map((g) => alternatives([...g.strict, ...g.extra]));
  const stems = new Map([...synonyms.stems, ...content.map((w): [string, string] => [w.word, w.stem])]);
  return {
    strict: groups.map((g) => alternatives(g.strict)).join(` ${op} `),
    full: full.join(` ${op} `),
    groups: full,
    words: words.map((w) => w.word),
    lean: leanRanking(
      groups.map((g) => [...new Set([...g.strict, ...g.extra])]),
      op,
      (word) => stems.get(word),
    ),
    matchesNothing: op === '&' ? groups.some((g) => g.dead) : groups.every((g) => g.dead),
  };
}

/** The longest synonym term starting at content word `i`, if any. */
function synonymSpan(content: QueryWord[], i: number, synonyms: CompiledSynonyms): { group: number; length: number } | null {
  for (let length = Math.min(synonyms.maxWords, content.length - i); length >= 1; length--) {
    const key = content
      .slice(i, i + length)
      .map((w) => w.stem)
      .join(' ');
    const group = synonyms.byKey.get(key);
    if (group !== undefined) return { group, length };
  }
  return null;
}

/**
 * A typed compound as its parts, when both are known words: "selvmordsforebyggelse" also finds
 * "forebyggelse af selvmord". The first part also matches as a prefix and through its synonyms.
 * The most even split wins.
 */
function decompose(word: string, synonyms: CompiledSynonyms, knownParts: Set<string>): string[] {
  const known = (part: string) => knownParts.has(part) || synonyms.vocabulary.has(part);
  const best = splitCandidates(word)
    .filter((s) => known(s.head) && known(s.tail))
    .sort((a, b) => Math.min(b.head.length, b.tail.length) - Math.min(a.head.length, a.tail.length))[0];
  if (!best) return [];
  const group = synonyms.byWord.get(best.head);
  const synonymHeads = group === undefined ? [] : synonyms.fragments[group].filter((f) => f !== best.head);
  const heads = [`${best.head}:*`, ...synonymHeads.map((f) => (f.startsWith('(') ? f : `${f}:*`))];
  return [`(${alternatives(heads)} & ${best.tail})`];
}

/**
 * Replaces each unknown word by the nearest indexed word or synonym word within one edit per four
 * letters. Short words and known words stay as they are.
 */
export function correctWords(words: QueryWord[], facts: Map<string, WordFacts>, synonyms: CompiledSynonyms, minLength: number): string[] {
  return words.map((w) => {
    const f = facts.get(w.word);
    if (!f || f.known || w.word.length < minLength) return w.word;
    return closestWord(w.word, [...f.candidates, ...synonyms.vocabulary]) ?? w.word;
  });
}
