import type { EntityManager } from 'typeorm';

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
  offset: number;
  limit: number;
}

export type FacetField = 'type' | 'municipality' | 'situation' | 'problemTag' | 'sector' | 'accessRoute' | 'status';

export interface SearchHit {
  id: string;
  type: SearchDocumentType;
  score: number;
  /** Text around the matched words; matches wrapped in <mark>…</mark>, everything else HTML-escaped. */
  snippet: string;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: { field: FacetField; values: { value: string; count: number }[] }[];
  /** The query as searched after typo correction, when it differs from what was typed. */
  correctedQuery: string | null;
}

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
  health(): Promise<{ ok: boolean; detail?: string }>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
