import type { OpenAtFilter } from '#directory';
import type { FacetField, SearchDocument, SearchQuery, SearchResult } from '../search-engine.port.js';
import { highlightToHtml, MARK_END, MARK_START } from '../postgres/query-text.js';

/**
 * A search document as Meilisearch stores it: the same projection as the PostgreSQL engine's
 * row, with dates as epoch milliseconds and a few fields derived for filtering and sorting. Fields
 * added to SearchDocument later pass through as they are (plain values are filterable once listed
 * in the index settings).
 */
export interface MeiliDocument extends Record<string, unknown> {
  id: string;
  type: string;
  title: string;
  subtitle: string | null;
  body: string;
  municipalityCodes: string[];
  /** ENDED 0, PAUSED 1, anything else 2: ended offers sink, as in the PostgreSQL engine. */
  statusRank: number;
  /** The age range with open ends filled in, so one range test needs no IS NULL. */
  ageFrom: number;
  ageTo: number;
  /** Folded title, for a browse order that does not depend on accents or case. */
  titleSort: string;
  lastVerifiedAt: number | null;
  /** Epoch ms when the record must be confirmed again; stale after it. */
  verificationDue: number | null;
  /** The location as Meilisearch's geo field (left out when the record has none). */
  _geo?: { lat: number; lng: number };
}

export const OPEN_AGE_MAX = 999;

/** Facet fields of the port and the attributes that hold them. */
export const FACET_ATTRIBUTES: [FacetField, string][] = [
  ['type', 'type'],
  ['municipality', 'municipalityCodes'],
  ['situation', 'situationKeys'],
  ['problemTag', 'problemKeys'],
  ['sector', 'sector'],
  ['accessRoute', 'accessRoute'],
  ['status', 'status'],
];

const STATUS_RANK: Record<string, number> = { ENDED: 0, PAUSED: 1 };
// Control characters never belong in the text, and the highlight markers must only come from Meilisearch.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** Lower case with accents removed, as `vejviser_fold` (unaccent) does: "Ærø Sønderå" → "aero sondera". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/œ/g, 'oe')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '');
}

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const { location, ...rest } = doc;
  const passThrough = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, value instanceof Date ? value.getTime() : value]),
  );
  const clean = (text: string) => text.replace(CONTROL, ' ');
  return {
    ...passThrough,
    ...(location ? { _geo: { lat: location.latitude, lng: location.longitude } } : {}),
    id: doc.id,
    type: doc.type,
    title: clean(doc.title),
    subtitle: doc.subtitle === null ? null : clean(doc.subtitle),
    body: clean(doc.body),
    municipalityCodes: doc.municipalityCodes,
    statusRank: STATUS_RANK[doc.status ?? ''] ?? 2,
    ageFrom: doc.ageMin ?? 0,
    ageTo: doc.ageMax ?? OPEN_AGE_MAX,
    titleSort: fold(doc.title),
    lastVerifiedAt: doc.lastVerifiedAt ? doc.lastVerifiedAt.getTime() : null,
    verificationDue: doc.verificationDue ? doc.verificationDue.getTime() : null,
  };
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function anyOf(attribute: string, values: string[]): string {
  return `${attribute} IN [${values.map(quote).join(', ')}]`;
}

/**
 * The query's filters as Meilisearch filter expressions (all must hold), or null when the query
 * can match nothing (an empty municipality list, as for a region without municipalities).
 */
export function toFilter(query: SearchQuery): string[] | null {
  const filter: string[] = [];
  if (query.types?.length) filter.push(anyOf('type', query.types));
  if (query.municipalityCodes) {
    if (!query.municipalityCodes.length) return null;
    filter.push(anyOf('municipalityCodes', query.municipalityCodes));
  }
  if (query.situationKeys?.length) filter.push(anyOf('situationKeys', query.situationKeys));
  if (query.problemKeys?.length) filter.push(anyOf('problemKeys', query.problemKeys));
  if (query.sectors?.length) filter.push(anyOf('sector', query.sectors));
  if (query.accessRoutes?.length) filter.push(anyOf('accessRoute', query.accessRoutes));
  if (query.statuses?.length) filter.push(anyOf('status', query.statuses));
  if (query.age !== undefined) {
    const age = Math.trunc(query.age);
    filter.push(`ageFrom <= ${age}`, `ageTo >= ${age}`);
  }
  if (query.ageRange?.to !== undefined) filter.push(`ageFrom <= ${Math.trunc(query.ageRange.to)}`);
  if (query.ageRange?.from !== undefined) filter.push(`ageTo >= ${Math.trunc(query.ageRange.from)}`);
  if (query.near) {
    const { latitude, longitude, radiusKm, municipalityCode } = query.near;
    const meters = Math.round(radiusKm * 1000);
    filter.push(`(_geoRadius(${Number(latitude)}, ${Number(longitude)}, ${meters}) OR municipalityCodes = ${quote(municipalityCode)})`);
  }
  if (query.openAt) filter.push(openAtFilter(query.openAt));
  return filter;
}

/**
 * Facet fields whose own filter their counts ignore (disjunctive facets, as the PostgreSQL engine
 * counts them), with the query's filter for each. Municipality is the search's place: not one.
 */
const DISJUNCTIVE: [FacetField, 'types' | 'situationKeys' | 'problemKeys' | 'sectors' | 'accessRoutes' | 'statuses'][] = [
  ['type', 'types'],
  ['situation', 'situationKeys'],
  ['problemTag', 'problemKeys'],
  ['sector', 'sectors'],
  ['accessRoute', 'accessRoutes'],
  ['status', 'statuses'],
];

/** For each facet field the query filters on: the attribute to count and the filter without that field's own. */
export function disjunctiveFacetQueries(query: SearchQuery): { attribute: string; filter: string[] }[] {
  return DISJUNCTIVE.filter(([, key]) => query[key]?.length).flatMap(([field, key]) => {
    const filter = toFilter({ ...query, [key]: undefined });
    const attribute = FACET_ATTRIBUTES.find(([f]) => f === field)![1];
    return filter === null ? [] : [{ attribute, filter }];
  });
}

/** `matchesOpenAt` (libs/directory/src/shared/opening-times.ts) as a Meilisearch filter. */
export function openAtFilter(q: OpenAtFilter): string {
  const weekly = (slot: number, holiday: boolean) => (holiday ? `(openOnHolidays = true AND openSlots = ${slot})` : `openSlots = ${slot}`);
  const today = `(exceptionOpen = ${quote(q.dayKey)} OR (NOT exceptionDates = ${quote(q.date)} AND (alwaysOpen = true OR ${weekly(q.slot, q.holiday)})))`;
  const fromYesterday = `(exceptionOpen = ${quote(q.spillKey)} OR (NOT exceptionDates = ${quote(q.previousDate)} AND ${weekly(q.spillSlot, q.previousHoliday)}))`;
  return `(${today} OR ${fromYesterday})`;
}

/**
 * The page as Meilisearch's exhaustive page mode can fetch it (its offset/limit mode only
 * estimates the total): aligned windows are one page; others fetch from the start and skip.
 */
export function pageWindow(offset: number, limit: number): { page: number; hitsPerPage: number; skip: number } {
  if (limit === 0) return { page: 1, hitsPerPage: 0, skip: 0 };
  if (offset % limit === 0) return { page: offset / limit + 1, hitsPerPage: limit, skip: 0 };
  return { page: 1, hitsPerPage: offset + limit, skip: offset };
}

/** Facet counts in the port's shape and order: most frequent first, then by value; empty fields left out. */
export function toFacets(distribution: Record<string, Record<string, number>> | undefined): SearchResult['facets'] {
  const facets: SearchResult['facets'] = [];
  for (const [field, attribute] of FACET_ATTRIBUTES) {
    const values = Object.entries(distribution?.[attribute] ?? {})
      .filter(([, count]) => count > 0)
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    if (values.length) facets.push({ field, values });
  }
  return facets;
}

/**
 * The snippet: subtitle and body, HTML-escaped, with matches in <mark>. With a query, `source` is
 * the hit's `_formatted` (highlighted and cropped by Meilisearch around the matches, marked with
 * MARK_START/MARK_END); without one, the hit itself, cut like the PostgreSQL engine's.
 */
export function toSnippet(source: { subtitle?: unknown; body?: unknown } | undefined, hasQuery: boolean): string {
  const parts = [source?.subtitle, source?.body].filter((p): p is string => typeof p === 'string' && p.trim().length > 0);
  const text = parts.join(' — ');
  return highlightToHtml(hasQuery ? text : text.slice(0, 200));
}

export { MARK_END, MARK_START };

/**
 * Mutual synonym groups (["bup", "børne- og ungdomspsykiatri"]) as Meilisearch's synonym map:
 * every term maps to the others, under its own spelling and its folded one.
 */
export function toSynonymMap(groups: string[][]): Record<string, string[]> {
  const map: Record<string, Set<string>> = {};
  for (const group of groups) {
    const terms = [...new Set(group.map((t) => t.trim().toLowerCase()).filter(Boolean))];
    for (const term of terms) {
      for (const key of new Set([term, fold(term)])) {
        map[key] ??= new Set();
        for (const other of terms) if (other !== term) map[key].add(other);
      }
    }
  }
  return Object.fromEntries(
    Object.entries(map)
      .filter(([, others]) => others.size > 0)
      .map(([key, others]) => [key, [...others]]),
  );
}
