import { TAXONOMY } from '#directory';
import { hashSeed, mulberry32 } from '#demo';
import { MUNICIPALITIES, referencePointOf } from '#geography';
import { CORES, GROUPS } from './bench-words.js';
import { FIND_SEARCH, FIND_SUGGEST, HANDOVER_ANSWER } from './load-operations.js';

export const LOAD_KINDS = ['text', 'municipality', 'typo', 'openAt', 'near', 'openNowFacets', 'suggest', 'handoverGuide'] as const;
/** `--workload floor`: what the HTTP + GraphQL stack costs around any answer. */
export const FLOOR_KINDS = ['typename', 'cachedSearch'] as const;
export const ALL_KINDS = [...LOAD_KINDS, ...FLOOR_KINDS] as const;
export type LoadKind = (typeof ALL_KINDS)[number];

/** What each kind is, for the printout. */
export const KIND_LABELS: Record<LoadKind, string> = {
  text: 'search, hele landet',
  municipality: 'search med kommune',
  typo: 'search med tastefejl',
  openAt: 'search med openAt',
  near: 'search nær, efter afstand',
  openNowFacets: 'åben nu + facetter (web)',
  suggest: 'suggest',
  handoverGuide: 'handoverGuide',
  typename: '{ __typename }',
  cachedSearch: 'samme søgning (fra cachen)',
};

/** Share of the requests per kind: typing (suggest) most, then searches, then the handover guide. */
const WEIGHTS: Record<(typeof LOAD_KINDS)[number], number> = {
  text: 0.2,
  municipality: 0.15,
  typo: 0.05,
  openAt: 0.08,
  near: 0.1,
  openNowFacets: 0.1,
  suggest: 0.25,
  handoverGuide: 0.07,
};

/** Distinct queries per kind, most popular first. */
const POOL: Record<(typeof LOAD_KINDS)[number], number> = {
  text: 250,
  municipality: 250,
  typo: 150,
  openAt: 150,
  near: 150,
  openNowFacets: 150,
  suggest: 250,
  handoverGuide: 150,
};

/** Replaced by the minute of sending: the web app's "now" (open now, the handover guide) is the minute the page was opened. */
export const NOW = '__NOW__';

export interface LoadPool {
  kind: LoadKind;
  weight: number;
  /** Request bodies (JSON), the most popular first. */
  bodies: string[];
}

/** Tuesday evening, Saturday morning, …: the moments asked about with `openAt`. */
const MOMENTS = [
  '2026-12-01T20:30:00+01:00',
  '2026-12-01T10:00:00+01:00',
  '2026-12-05T11:15:00+01:00',
  '2026-12-06T23:45:00+01:00',
  '2026-12-03T16:30:00+01:00',
  '2026-12-04T08:00:00+01:00',
];
const AGES = [null, 14, 16, 17, 19, 25, 40, 67];
const RADII = [10, 25, 50];

/**
 * The mixed workload: for each kind a list of distinct queries built from the words of the bench data
 * (offer names and what they are, groups, municipalities, situations), shuffled with a fixed seed so
 * popularity (Zipf by rank, in the client) does not follow the alphabet.
 */
export function buildWorkload(seed = 'vejviser-load'): LoadPool[] {
  const random = mulberry32(hashSeed(seed));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  };
  const words = shuffle([
    ...new Set(
      [...CORES.flatMap((c) => [c.name, c.activity]), ...GROUPS.map((g) => g.text), ...TAXONOMY.map((t) => t.labelDa)]
        .flatMap((text) => text.toLowerCase().split(/[^a-zæøå]+/))
        .filter((w) => w.length >= 4),
    ),
  ]);
  const codes = MUNICIPALITIES.map((m) => m.code);
  const situations = TAXONOMY.filter((t) => t.kind === 'SITUATION').map((t) => t.key);
  const typo = (word: string) => {
    const at = 1 + Math.floor(random() * (word.length - 2));
    return random() < 0.5 ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word.slice(0, at) + word.slice(at + 1);
  };
  const phrase = () => (random() < 0.7 ? pick(words) : `${pick(words)} ${pick(words)}`);
  const search = (input: Record<string, unknown>) => JSON.stringify({ query: FIND_SEARCH, variables: { input: { first: 5, ...input } } });

  const makers: Record<(typeof LOAD_KINDS)[number], () => string> = {
    text: () => search({ query: phrase() }),
    municipality: () => search({ query: phrase(), municipalityCodes: [pick(codes)] }),
    typo: () => search({ query: typo(pick(words.filter((w) => w.length >= 6))) }),
    openAt: () => search({ query: pick(words), openAt: pick(MOMENTS) }),
    near: () => {
      const point = referencePointOf(pick(codes))!;
      return search({
        query: pick(words),
        near: { latitude: point.latitude, longitude: point.longitude, radiusKm: pick(RADII) },
        sortBy: 'DISTANCE',
      });
    },
    openNowFacets: () => search({ query: pick(words), ...(random() < 0.5 ? { municipalityCodes: [pick(codes)] } : {}), openAt: NOW }),
    suggest: () => {
      const source = random() < 0.7 ? pick(words) : pick(MUNICIPALITIES).name.toLowerCase();
      return JSON.stringify({ query: FIND_SUGGEST, variables: { prefix: source.slice(0, 2 + Math.floor(random() * 5)) } });
    },
    handoverGuide: () =>
      JSON.stringify({
        query: HANDOVER_ANSWER,
        variables: { municipality: pick(codes), age: pick(AGES), situations: [pick(situations)], at: NOW },
      }),
  };
  return LOAD_KINDS.map((kind) => {
    const bodies = new Set<string>();
    // Some makers have fewer combinations than asked for: stop after enough attempts.
    for (let tries = 0; bodies.size < POOL[kind] && tries < POOL[kind] * 50; tries++) bodies.add(makers[kind]());
    return { kind, weight: WEIGHTS[kind], bodies: [...bodies] };
  });
}

/** The floor: half `{ __typename }` (no resolver, no database), half one search asked again and again (the search cache's answer). */
export function buildFloorWorkload(): LoadPool[] {
  return [
    { kind: 'typename', weight: 0.5, bodies: [JSON.stringify({ query: 'query Floor { __typename }' })] },
    {
      kind: 'cachedSearch',
      weight: 0.5,
      bodies: [JSON.stringify({ query: FIND_SEARCH, variables: { input: { first: 5, query: 'rådgivning' } } })],
    },
  ];
}
