/** Words of a folded query (lower case, accents removed): only letters and digits survive. */
export function splitWords(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter((w) => w.length > 0).slice(0, 12);
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

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** ts_headline output with private markers → HTML-escaped text with <mark> around the matches. */
export function highlightToHtml(headline: string): string {
  return headline
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>')
    .replace(/\s+/g, ' ')
    .trim();
}
