import { AccessRoute, type OfferSelection } from '#directory';
import { ALL_KINDS, RECORD_KINDS, type RecordKind } from './catalogue-rows.js';

/** A query parameter as Express parses it. */
type Param = string | string[] | Record<string, unknown> | unknown[] | undefined;

/** What the catalogue export's address asks for, or why it cannot be read (Danish, for a 400). */
export type CatalogueRequest =
  { ok: true; selection: OfferSelection; kinds: RecordKind[]; staffLines: boolean } | { ok: false; message: string };

/** The web app's words for access routes in its address (apps/web/src/features/find/find-url.ts). */
const ROUTES = new Map<string, AccessRoute>([
  ['anonym', AccessRoute.ANONYMOUS],
  ['henvisning', AccessRoute.REFERRAL],
  ['selv', AccessRoute.SELF_REFERRAL],
  ['visitation', AccessRoute.VISITATION],
]);
const TYPES = new Map(ALL_KINDS.map((kind) => [RECORD_KINDS[kind].word as string, kind]));
const YES = new Set(['1', 'ja', 'true']);
const NO = new Set(['', '0', 'nej', 'false']);
const AGES = { alder: 'age', 'alder-fra': 'ageFrom', 'alder-til': 'ageTo' } as const;
export const CATALOGUE_PARAMETERS = ['kommune', 'situationer', ...Object.keys(AGES), 'adgangsvej', 'type', 'medarbejderlinjer'];

class Refused extends Error {}

/** Repeated keys (`kommune=0217&kommune=0219`) and comma-separated values (`kommune=0217,0219`), as the web app's address. */
function list(name: string, value: Param): string[] {
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  if (values.some((v) => typeof v !== 'string')) throw new Refused(`Parameteren ${name} skal være tekst.`);
  return [
    ...new Set(
      (values as string[])
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

function single(name: string, value: Param): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new Refused(`Angiv ${name} højst én gang.`);
  return value.trim();
}

function age(name: string, value: Param): number | undefined {
  const text = single(name, value);
  if (!text) return undefined;
  if (!/^\d{1,3}$/.test(text) || Number(text) > 120) throw new Refused(`${name} skal være et helt tal fra 0 til 120 (fik "${text}").`);
  return Number(text);
}

function words<T>(name: string, value: Param, known: (word: string) => T | undefined, allowed: string[]): T[] {
  return list(name, value).map((word) => {
    const found = known(word.toLowerCase());
    if (found === undefined) throw new Refused(`Ukendt ${name}: "${word}". Brug ${allowed.map((w) => `"${w}"`).join(', ')}.`);
    return found;
  });
}

/**
 * The export's query parameters, named as in the web app's catalogue and search address:
 * `kommune`, `situationer`, `alder`, `alder-fra`, `alder-til`, `adgangsvej`, `type` (tilbud, kontakt, organisation,
 * enhed; all when left out), and `medarbejderlinjer=1`
 * for the staff lines. Any other parameter is refused, so a misspelt filter never exports more than was meant.
 */
export function readCatalogueRequest(query: Record<string, Param>): CatalogueRequest {
  try {
    const unknown = Object.keys(query).filter((key) => !CATALOGUE_PARAMETERS.includes(key));
    if (unknown.length) {
      throw new Refused(`Ukendt parameter: ${unknown.map((k) => `"${k}"`).join(', ')}. Brug ${CATALOGUE_PARAMETERS.join(', ')}.`);
    }
    const types = words('type', query.type, (w) => TYPES.get(w), [...TYPES.keys()]);
    const staff = single('medarbejderlinjer', query.medarbejderlinjer)?.toLowerCase() ?? '';
    if (!YES.has(staff) && !NO.has(staff)) throw new Refused('medarbejderlinjer skal være 1 (med) eller 0 (uden).');
    const selection: OfferSelection = {
      municipalities: list('kommune', query.kommune),
      situations: list('situationer', query.situationer),
      accessRoutes: words('adgangsvej', query.adgangsvej, (w) => ROUTES.get(w), [...ROUTES.keys()]),
    };
    for (const [name, field] of Object.entries(AGES)) {
      const value = age(name, query[name]);
      if (value !== undefined) selection[field] = value;
    }
    // No type means every kind, as in search; the sheet keeps its own order of kinds.
    const kinds = types.length ? ALL_KINDS.filter((kind) => types.includes(kind)) : ALL_KINDS;
    return { ok: true, selection, kinds, staffLines: YES.has(staff) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: error.message };
    throw error;
  }
}
