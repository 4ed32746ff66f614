import { escapeHtml } from '#core';

/** Words of a folded query (lower case, accents removed): only letters and digits survive. */
export function splitWords(folded: string): string[] {
  return folded
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .slice(0, 12);
}

/**
 * A to_tsquery expression joining the words with & or |; the last word also matches as a prefix,
 * so results appear while someone is still typing. Null for an empty query (match everything).
 */
export function buildTsQuery(words: string[], op: '&' | '|'): string | null {
  if (words.length === 0) return null;
  return words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(` ${op} `);
}

export const MARK_START = '\u0002';
export const MARK_END = '\u0003';
/** Stand-ins for < and > while ts_headline runs: its parser would otherwise drop anything shaped like an HTML tag. */
export const LESS_THAN = '\u0004';
export const GREATER_THAN = '\u0005';

/** ts_headline output with private markers → HTML-escaped text with <mark> around the matches. */
export function highlightToHtml(headline: string): string {
  return escapeHtml(headline)
    .replaceAll(LESS_THAN, '&lt;')
    .replaceAll(GREATER_THAN, '&gt;')
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The candidate nearest to `word`, if it is within one edit per four letters (at least one, at most three). */
export function closestWord(word: string, candidates: string[]): string | null {
  const allowed = Math.min(3, Math.max(1, Math.floor(word.length / 4)));
  let best: { word: string; distance: number } | null = null;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance <= allowed && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word ?? null;
}
