/**
 * A cheaper ranking query that gives ts_rank_cd exactly the same score for most matches.
 *
 * ts_rank_cd's cost grows with the size of the query, also for words a document does not hold:
 * for the 6,412 matches of the corrected typo "selvskade" (its synonyms, a phrase and a prefix:
 * five alternatives) it costs 45–80 ms, for the typed word alone 7–13 ms. Its score depends only on
 * the positions of the query's words in the document and on whether the query holds in each stretch
 * of them. So for a document that holds none of the words the synonyms and compounds add beyond the
 * typed words ("others"), the query of the typed words alone ("lean") scores the same: an absent word
 * adds no positions and is false everywhere, and a word whose matches are all matches of its group's
 * typed word (the same stem, or within its prefix) adds no position and no truth the typed word lacks.
 * The statement ranks with `CASE WHEN tsv @@ others THEN full ELSE lean END` (with lean alone when there
 * are no others: "angst | angst:*" ranks as "angst:*").
 */
export interface LeanRanking {
  /** The typed word of each group (a word or a prefix), joined as the full query is. */
  lean: string;
  /** Every word of the other alternatives that the typed words do not cover, as alternatives; '' when they cover all (lean always applies). */
  others: string;
}

interface Atom {
  word: string;
  prefix: boolean;
}

/** A to_tsquery expression of words, prefixes, `&`, `|`, `<->` and parentheses, as text-query.ts writes them. */
type Node = { atom: Atom } | { op: '&' | '|'; children: Node[] };

/**
 * `groups`: per group its alternatives (to_tsquery operands), joined by `op` in the full query.
 * `stemOf`: the Danish stem of a folded word, as the index has it ('' for a stop word, undefined if not known).
 * Null when no lean query applies: a group without a plain word or prefix to stand for it, a stop word or an
 * unknown stem there, an alternative that could hold without one of its uncovered words, or no word to leave out.
 */
export function leanRanking(groups: string[][], op: '&' | '|', stemOf: (word: string) => string | undefined): LeanRanking | null {
  const lean: Atom[] = [];
  const others = new Map<string, Atom>();
  for (const alternatives of groups) {
    const nodes = alternatives.map(parse);
    if (nodes.some((n) => n === null)) return null;
    const parsed = nodes as Node[];
    const singles = parsed.flatMap((n) => ('atom' in n && stemOf(n.atom.word) ? [n.atom] : []));
    const covers = (primary: Atom, atom: Atom) => covered(atom, primary, stemOf);
    // The typed word: the single word or prefix that covers most of the group's words.
    const primary = singles
      .map((candidate) => ({ candidate, count: parsed.flatMap(atomsOf).filter((a) => covers(candidate, a)).length }))
      .sort((a, b) => b.count - a.count)[0]?.candidate;
    if (!primary) return null;
    lean.push(primary);
    for (const node of parsed) {
      const uncovered = atomsOf(node).filter((a) => !covers(primary, a));
      if (uncovered.length === 0) continue;
      // When its uncovered words are absent the alternative must be false: one of them is required.
      if (!required(node).some((a) => uncovered.some((u) => same(u, a)))) return null;
      // A stop word is no word of the query at all (to_tsquery leaves it out).
      for (const atom of uncovered) if (stemOf(atom.word) !== '') others.set(text(atom), atom);
    }
  }
  const leanQuery = lean.map(text).join(` ${op} `);
  const allAtoms = groups.flatMap((alternatives) => alternatives.flatMap((a) => atomsOf(parse(a)!)));
  // The same words: nothing to save.
  if (others.size === 0 && allAtoms.length === lean.length) return null;
  return { lean: leanQuery, others: [...others.keys()].join(' | ') };
}

function covered(atom: Atom, primary: Atom, stemOf: (word: string) => string | undefined): boolean {
  const stem = stemOf(atom.word);
  const primaryStem = stemOf(primary.word);
  if (!stem || !primaryStem) return false;
  return primary.prefix ? stem.startsWith(primaryStem) : !atom.prefix && stem === primaryStem;
}

const same = (a: Atom, b: Atom) => a.word === b.word && a.prefix === b.prefix;
const text = (a: Atom) => (a.prefix ? `${a.word}:*` : a.word);

function atomsOf(node: Node): Atom[] {
  return 'atom' in node ? [node.atom] : node.children.flatMap(atomsOf);
}

/** The words without which the expression cannot hold. */
function required(node: Node): Atom[] {
  if ('atom' in node) return [node.atom];
  const parts = node.children.map(required);
  if (node.op === '&') return parts.flat();
  return parts[0].filter((a) => parts.every((p) => p.some((b) => same(a, b))));
}

/** Parses one alternative; null for anything else (negation, weights, distances other than <->). */
export function parse(expression: string): Node | null {
  const tokens = expression.match(/\(|\)|<->|&|\||[a-z0-9]+(?::\*)?|\S/g) ?? [];
  let at = 0;
  const sequence = (): Node | null => {
    const children: Node[] = [];
    let op: '&' | '|' | null = null;
    for (;;) {
      const item = operand();
      if (!item) return null;
      children.push(item);
      const next = tokens[at];
      if (next === undefined || next === ')') break;
      // A phrase needs all its words, as & does (its order only narrows it further).
      const joined = next === '|' ? '|' : next === '&' || next === '<->' ? '&' : null;
      if (!joined || (op && op !== joined)) return null;
      op = joined;
      at++;
    }
    return children.length === 1 ? children[0] : { op: op!, children };
  };
  const operand = (): Node | null => {
    const token = tokens[at++];
    if (token === '(') {
      const inner = sequence();
      return tokens[at++] === ')' ? inner : null;
    }
    const word = token?.match(/^([a-z0-9]+)(:\*)?$/);
    return word ? { atom: { word: word[1], prefix: word[2] !== undefined } } : null;
  };
  const node = sequence();
  return node && at === tokens.length ? node : null;
}
