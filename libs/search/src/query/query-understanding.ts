import { TAXONOMY } from '#directory';
import { MUNICIPALITIES } from '#geography';

/** What a query says besides the words to search for. */
export interface UnderstoodQuery {
  /** The words left to search for. */
  text: string;
  /** Municipalities named in the query ("angst unge Herning"). */
  municipalityCodes: string[];
  /** An age named in the query ("17-årig", "17 år", "17-årige"). */
  age: number | null;
  /** Situations named in the query ("udskrivning BUP", "selvmordsforsøg"), most specific only: boosts, not filters. */
  situationKeys: string[];
  /** The words the situations were read from, as typed ("udskrivning BUP"): records that say them rank higher. */
  situationText: string;
}

export interface UnderstandOptions {
  /** Look for municipality names (not when the caller filters by place already). */
  municipalities: boolean;
  /** Look for an age (not when the caller gives one already). */
  age: boolean;
  /** Look for situations (default true). */
  situations?: boolean;
  /** The caller filters by place or age already: situation words beside the filter are understood too. */
  filtered?: boolean;
}

/** Lower case, æ → ae, ø → o, å → a, other accents dropped: as vejviser_fold does it in the database. */
export function foldWord(word: string): string {
  return word.toLowerCase().replaceAll('æ', 'ae').replaceAll('ø', 'o').replaceAll('å', 'a').normalize('NFD').replace(/\p{M}/gu, '');
}

/** Names that are also ordinary words ("vejen" is "the road"): only understood before "kommune". */
const AMBIGUOUS = new Set(['vejen', 'odder', 'skive', 'greve']);
/** Other ways people write a municipality's name. */
const ALIASES: Record<string, string> = {
  arhus: '0751',
  alborg: '0851',
  abenra: '0580',
  kbh: '0101',
  lyngby: '0173',
  taastrup: '0169',
  ikast: '0756',
  ringkobing: '0760',
  skjern: '0760',
  faaborg: '0430',
};

interface NameEntry {
  words: string[];
  code: string;
  needsKommune: boolean;
}

/** Every municipality name as folded words, longest first (so "Lyngby-Taarbæk" wins over "Lyngby"). */
const NAMES: NameEntry[] = [
  ...MUNICIPALITIES.map((m) => {
    const words = m.name.split(/[\s-]+/).map(foldWord);
    return { words, code: m.code, needsKommune: words.length === 1 && AMBIGUOUS.has(words[0]) };
  }),
  ...Object.entries(ALIASES).map(([alias, code]) => ({ words: [alias], code, needsKommune: false })),
].sort((a, b) => b.words.length - a.words.length);

const KOMMUNE = new Set(['kommune', 'kommunes']);

interface Token {
  folded: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ folded: foldWord(m[0]), start: m.index, end: m.index + m[0].length }));
}

/**
 * "17-årig", "17 årig", "17-årige", "17 år", "17 års". Not a range ("15–18 år") and not after a
 * word that makes it a bound ("under 18 år", "over 18 år"): those stay words.
 */
const AGE = /(?<![\p{L}\p{N}])(\d{1,3})\s*-?\s*(?:årige|årig|års|år|aarige|aarig|aar)(?![\p{L}\p{N}])/giu;
const BOUND_BEFORE = /(?:\d\s*[-–]\s*|\b(?:under|over|fra|til|efter|før|mellem|op|ca\.?|omkring|end)\s+)$/iu;

function findAge(text: string): { age: number; start: number; end: number } | null {
  const found = [...text.matchAll(AGE)].filter((m) => !BOUND_BEFORE.test(text.slice(0, m.index)));
  if (found.length !== 1) return null;
  const age = Number(found[0][1]);
  return age <= 120 ? { age, start: found[0].index, end: found[0].index + found[0][0].length } : null;
}

function findMunicipalities(text: string): { codes: string[]; spans: [number, number][] } {
  const list = tokens(text);
  const codes: string[] = [];
  const spans: [number, number][] = [];
  for (let i = 0; i < list.length;) {
    const entry = NAMES.find(
      (n) => n.words.every((w, k) => list[i + k]?.folded === w) && (!n.needsKommune || KOMMUNE.has(list[i + n.words.length]?.folded ?? '')),
    );
    if (!entry) {
      i++;
      continue;
    }
    let last = i + entry.words.length - 1;
    if (KOMMUNE.has(list[last + 1]?.folded ?? '')) last++;
    codes.push(entry.code);
    spans.push([list[i].start, list[last].end]);
    i = last + 1;
  }
  return { codes: [...new Set(codes)], spans };
}

function without(text: string, spans: [number, number][]): string {
  let rest = text;
  for (const [start, end] of [...spans].sort((a, b) => b[0] - a[0])) rest = `${rest.slice(0, start)} ${rest.slice(end)}`;
  return rest.replace(/\s+/g, ' ').trim();
}

const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);

/**
 * How professionals write the handover situations (keys of the taxonomy): folded words, each form
 * listed (no prefixes: "udskrivningsmentor" is an offer, not a discharge). A phrase of several
 * words is matched as a whole; the longest phrase wins.
 */
const SITUATION_TERMS: Record<string, string[]> = {
  discharge: [
    'udskrivning',
    'udskrivningen',
    'udskrivelse',
    'udskrivelsen',
    'udskrives',
    'udskrevet',
    'udskrevne',
    'udskrivning fra psykiatrien',
    'udskrivelse fra psykiatrien',
  ],
  'discharge-child-youth-psychiatry': [
    'bup',
    'bupen',
    'buc',
    'borne og ungdomspsykiatri',
    'borne og ungdomspsykiatrien',
    'borne og ungepsykiatri',
    'borne og ungepsykiatrien',
    'bornepsykiatri',
    'bornepsykiatrien',
    'ungdomspsykiatri',
    'ungdomspsykiatrien',
  ],
  'discharge-adult-psychiatry': ['voksenpsykiatri', 'voksenpsykiatrien', 'vop'],
  'suicidal-behaviour': [
    'selvmordsforsog',
    'selvmordsforsoget',
    'selvmordsforsogene',
    'selvmordsadfaerd',
    'selvmordstruet',
    'selvmordstruede',
    'suicidal',
    'suicidale',
    'suicidalitet',
  ],
  'self-harm': ['selvskade', 'selvskader', 'selvskadende', 'selvskadende adfaerd'],
  'psychiatric-assessment': ['udredning', 'udredningen', 'psykiatrisk udredning'],
  'transition-18': [
    '18 ars overgang',
    '18 ars overgangen',
    '18 arsovergang',
    '18 arsovergangen',
    'fylder 18',
    'fylder 18 ar',
    'fyldt 18',
    'fyldt 18 ar',
    'overgang til voksenlivet',
    'overgangen til voksenlivet',
    'overgang til voksen',
  ],
  'dual-diagnosis': ['dobbeltdiagnose', 'dobbeltdiagnoser', 'dobbeltdiagnosen', 'dobbeltdiagnosticeret', 'dobbeltdiagnosticerede'],
  'school-absence': ['skolefravaer', 'skolefravaeret', 'skolevaegring', 'ufrivilligt skolefravaer'],
  'youth-without-education': ['uden uddannelse', 'uden uddannelse eller job', 'neet'],
  'no-fixed-address': ['uden fast adresse', 'hjemlos', 'hjemlose', 'hjemloshed', 'flere bopaelskommuner'],
};

/** Every situation phrase as folded words, longest first. */
const SITUATION_PHRASES: { words: string[]; key: string }[] = Object.entries(SITUATION_TERMS)
  .flatMap(([key, terms]) => terms.map((term) => ({ words: term.split(' '), key })))
  .sort((a, b) => b.words.length - a.words.length);

const PARENT = new Map(TAXONOMY.filter((t) => t.parentKey).map((t) => [t.key, t.parentKey as string]));

function findSituations(text: string): { keys: string[]; spans: [number, number][] } {
  const list = tokens(text);
  const keys: string[] = [];
  const spans: [number, number][] = [];
  for (let i = 0; i < list.length;) {
    const phrase = SITUATION_PHRASES.find((p) => p.words.every((w, k) => list[i + k]?.folded === w));
    if (!phrase) {
      i++;
      continue;
    }
    keys.push(phrase.key);
    spans.push([list[i].start, list[i + phrase.words.length - 1].end]);
    i += phrase.words.length;
  }
  // "udskrivning BUP": the discharge from child and youth psychiatry, not also every discharge.
  const unique = [...new Set(keys)];
  return { keys: unique.filter((key) => !unique.some((other) => PARENT.get(other) === key)), spans };
}

/** The understood parts of the text, in the order typed. */
const spanText = (text: string, spans: [number, number][]) =>
  [...spans]
    .sort((a, b) => a[0] - b[0])
    .map(([start, end]) => text.slice(start, end))
    .join(' ');

/**
 * Reads a municipality and an age out of the query, conservatively: a municipality by its whole
 * name (with or without "kommune"), and only when other words remain — "Herning" alone is still a
 * search for the word; an age only in one of the forms above, and only one of them. What is
 * understood is removed from the words.
 */
export function understandQuery(text: string, options: UnderstandOptions): UnderstoodQuery {
  // Situations first: "fylder 18" and "18-års overgang" are a situation, not an age.
  const situations = options.situations === false ? { keys: [], spans: [] } : findSituations(text);
  const withoutSituations = without(text, situations.spans);
  const age = options.age ? findAge(withoutSituations) : null;
  let rest = age ? without(withoutSituations, [[age.start, age.end]]) : withoutSituations;
  let codes: string[] = [];
  if (options.municipalities) {
    const found = findMunicipalities(rest);
    const remaining = without(rest, found.spans);
    if (found.codes.length && (hasWords(remaining) || age || situations.keys.length)) [codes, rest] = [found.codes, remaining];
  }
  // Situation words alone ("BUP udskrivning") stay a search for the words; beside a place, an age or
  // other words they become boosts.
  if (situations.keys.length && (codes.length || age || hasWords(rest) || options.filtered))
    return {
      text: rest,
      municipalityCodes: codes,
      age: age?.age ?? null,
      situationKeys: situations.keys,
      situationText: spanText(text, situations.spans),
    };
  if (!situations.keys.length) return { text: rest, municipalityCodes: codes, age: age?.age ?? null, situationKeys: [], situationText: '' };
  return understandQuery(text, { ...options, situations: false });
}
