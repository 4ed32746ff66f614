import type { EntityManager } from 'typeorm';
import type { OpenAtFilter } from '#directory';

export type SearchDocumentType = 'OFFER' | 'CONTACT' | 'ORGANISATION' | 'UNIT';

/** One searchable record, denormalised: text to match and facets to filter and count on. */
export interface SearchDocument {
  id: string;
  type: SearchDocumentType;
  organisationId: string;
  title: string;
  subtitle: string | null;
  body: string;
  /** Every municipality the record serves (a regional unit: each municipality of its region). */
  municipalityCodes: string[];
  regionKeys: string[];
  situationKeys: string[];
  problemKeys: string[];
  sector: string;
  accessRoute: string | null;
  status: string | null;
  ageMin: number | null;
  ageMax: number | null;
  lastVerifiedAt: Date | null;
  /** When the record must be confirmed again; past it the record is stale, ranked lower and marked. */
  verificationDue?: Date | null;
  /**
   * Where the record is: its own address, else its unit's, else its organisation's, else its
   * organisation's municipality's reference point; null when none is known. Meilisearch: `_geo`.
   */
  location?: { latitude: number; longitude: number } | null;
  /** Opening hours as filter fields (libs/directory/src/shared/opening-times.ts); absent: no hours. */
  alwaysOpen?: boolean;
  openOnHolidays?: boolean;
  openSlots?: number[];
  exceptionDates?: string[];
  exceptionOpen?: string[];
}

/**
 * Near a point: a record matches when its location is within `radiusKm` of the point, or when its
 * coverage (`municipalityCodes`) includes `municipalityCode`, the municipality the point lies in.
 */
export interface NearQuery {
  latitude: number;
  longitude: number;
  radiusKm: number;
  municipalityCode: string;
}

export interface SearchQuery {
  text: string;
  types?: SearchDocumentType[];
  /** A record matches when it serves one of these municipalities. */
  municipalityCodes?: string[];
  situationKeys?: string[];
  problemKeys?: string[];
  sectors?: string[];
  accessRoutes?: string[];
  statuses?: string[];
  age?: number;
  /** Records whose age range overlaps this one (an open end matches every age on that side). */
  ageRange?: { from?: number; to?: number };
  near?: NearQuery;
  /** DISTANCE: nearest first from `near` (records without a location last), then by relevance. */
  sortBy?: 'RELEVANCE' | 'DISTANCE';
  /** Only records open at that moment: `matchesOpenAt` in opening-times.ts is the rule to implement. */
  openAt?: OpenAtFilter;
  /** What the words were understood to be about: ranks, never filters. */
  boost?: SearchBoost;
  offset: number;
  limit: number;
}

/** One situation to rank by: records with `key` rank highest, records with a `related` (broader or narrower) one a little. */
export interface SituationBoost {
  key: string;
  related: string[];
}

/**
 * Ranking from query understanding ("udskrivning BUP Helsingør"): records that fit rank higher, the
 * others still match. Engines weigh, from strongest: the situations, the municipality's own records
 * (before the region's and volunteers'), functions that always answer, and the situation words in the text.
 */
export interface SearchBoost {
  situations: SituationBoost[];
  /** The municipalities the query named: records of their own (MUNICIPAL) organisations rank higher. */
  ownMunicipalityCodes: string[];
  /** The words the situations were read from ("udskrivning BUP"): records that say them rank higher. */
  text: string;
}

export type FacetField = 'type' | 'municipality' | 'situation' | 'problemTag' | 'sector' | 'accessRoute' | 'status';

export interface SearchHit {
  id: string;
  type: SearchDocumentType;
  score: number;
  /** Text around the matched words; matches wrapped in <mark>…</mark>, everything else HTML-escaped. */
  snippet: string;
  /** Km from `near`'s point to the record's location (null without `near` or without a location). */
  distanceKm?: number | null;
  /** Past its verification date. */
  stale?: boolean;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: { field: FacetField; values: { value: string; count: number }[] }[];
  /** The query as searched after typo correction, when it differs from what was typed. */
  correctedQuery: string | null;
  /** When the clock alone may change the result (a match passes its verification date: marked stale, ranked lower); null: not. */
  changesAt: Date | null;
  /** Set when the configured engine could not answer and another one did (said in the response's `extensions`). */
  fallback?: { engine: string; reason: string };
}

/**
 * Terms that mean the same, as coordinators keep them (["BUP", "børne- og ungdomspsykiatri"]): a
 * search for any term also finds the others. A term of several words is a phrase; terms are as
 * typed (case and accents kept), and each term belongs to one group only.
 */
export type SynonymGroup = string[];

/**
 * The search engine port. `manager` lets an engine that lives in the database write in the
 * caller's transaction, so a record is findable the moment its mutation commits.
 */
export interface SearchEngine {
  readonly name: string;
  index(docs: SearchDocument[], manager?: EntityManager): Promise<void>;
  remove(ids: string[], manager?: EntityManager): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Removes every document (before a full reindex). */
  clear(manager?: EntityManager): Promise<void>;
  /**
   * Replaces the engine's synonyms with these groups (every group, each time). Called at start-up
   * and after every change to them; a search started after it resolves uses them.
   */
  setSynonyms(groups: SynonymGroup[]): Promise<void>;
  /** `degraded`: search works, but not as configured (Meilisearch is down and PostgreSQL answers). */
  health(): Promise<{ ok: boolean; detail?: string; degraded?: boolean }>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
