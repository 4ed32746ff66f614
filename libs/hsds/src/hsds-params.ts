import { isUuid, looksLikeCpr, parseDateTime } from '#core';

/** A client's mistake in a request to /hsds/: answered 400 with a Danish message naming the parameter. */
export class HsdsBadRequest extends Error {
  constructor(
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

/** A record that does not exist: answered 404. */
export class HsdsNotFound extends Error {}

export const MAX_PER_PAGE = 500;
export const DEFAULT_PER_PAGE = 50;

export interface ListParams {
  page: number;
  perPage: number;
  search: string | null;
  taxonomyTermId: string | null;
  taxonomyId: string | null;
  organizationId: string | null;
  parentId: string | null;
  modifiedAfter: Date | null;
  minimal: boolean;
  full: boolean;
  fullService: boolean;
  topOnly: boolean;
}

type Query = Record<string, unknown>;

/**
 * Reads and checks the query parameters `allowed` for one endpoint: unknown, repeated or malformed
 * parameters and text that looks like a CPR number are refused with a Danish message, never ignored.
 */
export function listParams(query: Query, allowed: readonly string[]): ListParams {
  const values = new Map<string, string>();
  for (const [name, raw] of Object.entries(query)) {
    if (!allowed.includes(name)) {
      throw new HsdsBadRequest(`Ukendt parameter "${clip(name)}". Tilladt her: ${allowed.join(', ') || 'ingen'}.`, clip(name));
    }
    if (typeof raw !== 'string') throw new HsdsBadRequest(`Parameteren ${name} må kun angives én gang.`, name);
    if (!isUuid(raw) && looksLikeCpr(raw))
      throw new HsdsBadRequest(`Parameteren ${name} ligner et CPR-nummer. Vejviser må ikke modtage CPR-numre.`, name);
    if (raw.length > 200) throw new HsdsBadRequest(`Parameteren ${name} må højst være 200 tegn.`, name);
    values.set(name, raw);
  }
  const format = values.get('format');
  if (format !== undefined && format !== 'json') throw new HsdsBadRequest('format understøtter kun "json".', 'format');
  return {
    page: integer(values, 'page', 1, 1_000_000) ?? 1,
    perPage: integer(values, 'per_page', 1, MAX_PER_PAGE) ?? DEFAULT_PER_PAGE,
    search: values.get('search')?.trim() || null,
    taxonomyTermId: uuid(values, 'taxonomy_term_id'),
    taxonomyId: uuid(values, 'taxonomy_id'),
    organizationId: uuid(values, 'organization_id'),
    parentId: uuid(values, 'parent_id'),
    modifiedAfter: dateTime(values, 'modified_after'),
    minimal: flag(values, 'minimal'),
    full: flag(values, 'full'),
    fullService: flag(values, 'full_service'),
    topOnly: flag(values, 'top_only'),
  };
}

/** A record's id from the path: a UUID, or 400. */
export function pathId(id: string): string {
  // A UUID can hold "ddmmyy-nnnn" by chance; only what is not a UUID is checked for a CPR number.
  if (isUuid(id)) return id.toLowerCase();
  if (looksLikeCpr(id)) throw new HsdsBadRequest('Id ligner et CPR-nummer. Vejviser må ikke modtage CPR-numre.', 'id');
  throw new HsdsBadRequest('Id skal være et gyldigt UUID.', 'id');
}

function integer(values: Map<string, string>, name: string, min: number, max: number): number | null {
  const raw = values.get(name);
  if (raw === undefined) return null;
  const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new HsdsBadRequest(`${name} skal være et helt tal fra ${min} til ${max}.`, name);
  return n;
}

function uuid(values: Map<string, string>, name: string): string | null {
  const raw = values.get(name);
  if (raw === undefined) return null;
  if (!isUuid(raw)) throw new HsdsBadRequest(`${name} skal være et gyldigt UUID.`, name);
  return raw.toLowerCase();
}

function flag(values: Map<string, string>, name: string): boolean {
  const raw = values.get(name);
  if (raw === undefined) return false;
  if (raw !== 'true' && raw !== 'false') throw new HsdsBadRequest(`${name} skal være "true" eller "false".`, name);
  return raw === 'true';
}

function dateTime(values: Map<string, string>, name: string): Date | null {
  const raw = values.get(name);
  if (raw === undefined) return null;
  try {
    // An unencoded "+01:00" arrives as " 01:00" (a plus in a query string is a space).
    return parseDateTime(raw.replace(/(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}(?::?\d{2})?)$/, '$1+$2'));
  } catch (error) {
    throw new HsdsBadRequest(`${name}: ${error instanceof Error ? error.message : 'tidspunktet kan ikke læses.'}`, name);
  }
}

const clip = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Parameters for reading from code (exports): the defaults of a request with no query. */
export function defaultParams(overrides: Partial<ListParams> = {}): ListParams {
  return { ...listParams({}, []), ...overrides };
}
