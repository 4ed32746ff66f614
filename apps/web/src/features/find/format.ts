/** Danish words for times and states on the Find page (Copenhagen time). */

const TIME = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' });
const DAY_TIME = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const DATE = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', day: 'numeric', month: 'long', year: 'numeric' });

/** "kl. 15.00" */
export const clock = (iso: string) => `kl. ${TIME.format(new Date(iso))}`;
/** "man. kl. 08.00" */
export const dayClock = (iso: string) => {
  const parts = DAY_TIME.formatToParts(new Date(iso));
  const day = parts.find((p) => p.type === 'weekday')?.value ?? '';
  return `${day} ${clock(iso)}`.trim();
};
/** "12. december 2025" */
export const longDate = (iso: string) => DATE.format(new Date(iso));

export interface OpeningWords {
  open: boolean;
  text: string;
}

/** "Åben nu – lukker kl. 15.00", "Døgnåben", "Lukket – åbner man. kl. 08.00". */
export function openingWords(status: { openNow: boolean; closesAtLocal?: string | null; nextOpensAtLocal?: string | null }): OpeningWords {
  if (status.openNow)
    return { open: true, text: status.closesAtLocal ? `Åben nu – lukker ${clock(status.closesAtLocal)}` : 'Åben nu – døgnåben' };
  return { open: false, text: status.nextOpensAtLocal ? `Lukket – åbner ${dayClock(status.nextOpensAtLocal)}` : 'Lukket' };
}

/** Lower case, æ → ae, ø → o, å → a, accents dropped, one character at a time (so positions can be mapped back). */
function foldChar(c: string): string {
  const lower = c.toLowerCase();
  if (lower === 'æ') return 'ae';
  if (lower === 'ø') return 'o';
  if (lower === 'å') return 'a';
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Splits `label` into the part before, the part matching `typed` at the start of a word, and after ([label] without a match). */
export function highlightParts(label: string, typed: string): [string, string, string] | [string] {
  const needle = [...typed.trim()].map(foldChar).join('');
  if (!needle) return [label];
  const chars = [...label];
  for (let start = 0; start < chars.length; start++) {
    if (start > 0 && /[\p{L}\p{N}]/u.test(chars[start - 1])) continue;
    let folded = '';
    let end = start;
    while (end < chars.length && folded.length < needle.length) folded += foldChar(chars[end++]);
    if (folded.startsWith(needle) || (folded.length >= needle.length && folded.slice(0, needle.length) === needle))
      return [chars.slice(0, start).join(''), chars.slice(start, end).join(''), chars.slice(end).join('')];
  }
  return [label];
}
