import type { SearchInput } from '#search';

/** The demo-data search benchmark's queries (`npm run bench` in process, `npm run bench:startup` over HTTP). */
export const BENCH_SEARCH_QUERIES: [string, SearchInput][] = [
  ['inflected words, one municipality', { query: 'overgangen til voksenlivet', municipalityCodes: ['0540'], first: 5 }],
  ['one word, whole country', { query: 'angst', first: 10 }],
  ['typo, corrected', { query: 'spiseforstyrelser selvskdae', first: 10 }],
  ['prefix while typing', { query: 'udskriv', first: 10 }],
  ['filters only (browse)', { situations: ['discharge'], regions: ['hovedstaden'], first: 20 }],
  ['no match', { query: 'xylofonundervisning', first: 10 }],
];
