/** Matching what is typed against names, with the matched part marked (the suggestion lists of Find and the handover municipality field). */

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
