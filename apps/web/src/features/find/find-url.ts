import type { AccessRoute, QueryPart, SearchType } from '../../gql/graphql';

/**
 * Find's state lives in the address, so a search can be bookmarked, shared and gone back to:
 * `/?q=udskrivning+BUP&kommune=0217&alder=17&alder-fra=15&alder-til=25&situationer=…&type=tilbud&adgangsvej=selv&aaben=ja&ikke=kommune&side=2&efter=…`.
 * Lists are repeated keys (`kommune=0217&kommune=0219`); comma-separated values are read too, as on `/overlevering`.
 */
export interface FindState {
  text: string;
  /** Parts of the text to take as plain words (a removed chip). */
  literal: QueryPart[];
  municipalityCodes: string[];
  situations: string[];
  types: SearchType[];
  accessRoutes: AccessRoute[];
  age: number | null;
  /** An age range: records whose target ages overlap it (`alder-fra`, `alder-til`). */
  ageFrom: number | null;
  ageTo: number | null;
  openNow: boolean;
  /** 1-based page and the cursor it starts after (the server's, opaque). */
  page: number;
  after: string | null;
}

const TYPES: Record<SearchType, string> = { CONTACT: 'kontakt', OFFER: 'tilbud', ORGANISATION: 'organisation', UNIT: 'enhed' };
const ROUTES: Record<AccessRoute, string> = {
  ANONYMOUS: 'anonym',
  REFERRAL: 'henvisning',
  SELF_REFERRAL: 'selv',
  VISITATION: 'visitation',
};
const PARTS: Record<QueryPart, string> = { MUNICIPALITY: 'kommune', AGE: 'alder', SITUATION: 'situation' };

const all = (params: URLSearchParams, key: string) => [
  ...new Set(
    params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  ),
];

/** Danish words in the address to the API's values and back; unknown words are dropped. */
function decode<T extends string>(words: string[], names: Record<T, string>): T[] {
  const byWord = new Map(Object.entries(names).map(([value, word]) => [word as string, value as T]));
  return words.flatMap((w) => {
    const value = byWord.get(w.toLowerCase());
    return value ? [value] : [];
  });
}
const encode = <T extends string>(values: T[], names: Record<T, string>) => values.map((v) => names[v]);

/** An age in the address: a whole number from 0 to 120, else none. */
function ageParam(params: URLSearchParams, key: string): number | null {
  const value = Number(params.get(key) ?? '');
  return params.get(key) && Number.isInteger(value) && value >= 0 && value <= 120 ? value : null;
}

export function readFindState(params: URLSearchParams): FindState {
  const age = Number(params.get('alder') ?? '');
  const page = Number(params.get('side') ?? '1');
  const after = params.get('efter');
  return {
    text: (params.get('q') ?? '').trim(),
    literal: decode(all(params, 'ikke'), PARTS),
    municipalityCodes: all(params, 'kommune'),
    situations: all(params, 'situationer'),
    types: decode(all(params, 'type'), TYPES),
    accessRoutes: decode(all(params, 'adgangsvej'), ROUTES),
    age: params.get('alder') && Number.isInteger(age) && age >= 0 && age <= 120 ? age : null,
    ageFrom: ageParam(params, 'alder-fra'),
    ageTo: ageParam(params, 'alder-til'),
    openNow: params.get('aaben') === 'ja',
    page: after && Number.isInteger(page) && page > 1 ? page : 1,
    after: after || null,
  };
}

export function writeFindState(state: FindState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.text) params.set('q', state.text);
  for (const code of state.municipalityCodes) params.append('kommune', code);
  if (state.age !== null) params.set('alder', String(state.age));
  if (state.ageFrom !== null) params.set('alder-fra', String(state.ageFrom));
  if (state.ageTo !== null) params.set('alder-til', String(state.ageTo));
  for (const key of state.situations) params.append('situationer', key);
  for (const word of encode(state.types, TYPES)) params.append('type', word);
  for (const word of encode(state.accessRoutes, ROUTES)) params.append('adgangsvej', word);
  if (state.openNow) params.set('aaben', 'ja');
  for (const word of encode(state.literal, PARTS)) params.append('ikke', word);
  if (state.page > 1 && state.after) {
    params.set('side', String(state.page));
    params.set('efter', state.after);
  }
  return params;
}

/** What the server understood from the free text and filters by (municipalities named, an age), from the search's answer. */
export interface UnderstoodFilters {
  age?: number | null;
  municipalities?: { code: string }[] | null;
}

/**
 * The catalogue export (`/eksport/katalog.csv` or `.xlsx` on the server) with Find's filters: municipalities and
 * age (chosen, or understood from the text), situations, age range, access routes and the types (offers, contacts,
 * organisations, units; all when none is chosen, as in the hits). The free text's words and "open now" are not
 * filters of the catalogue and stay behind; situations understood from the text only rank the hits, so they stay
 * behind too.
 */
export function catalogueExportHref(state: FindState, format: 'csv' | 'xlsx', understood?: UnderstoodFilters | null): string {
  const named = (understood?.municipalities ?? []).map((m) => m.code);
  const params = writeFindState({
    ...state,
    municipalityCodes: [...new Set([...state.municipalityCodes, ...named])],
    age: state.age ?? understood?.age ?? null,
    text: '',
    literal: [],
    openNow: false,
    page: 1,
    after: null,
  });
  const query = params.toString();
  return `/eksport/katalog.${format}${query ? `?${query}` : ''}`;
}
