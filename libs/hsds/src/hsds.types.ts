// The HSDS 3.0 records Vejviser emits (Open Referral, CC BY-SA 4.0): only the fields it fills. Absent
// fields are left out, never null (the schemas type them as strings, numbers or arrays).

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  version?: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  parent_id?: string;
  taxonomy: string;
  taxonomy_id: string;
  language: string;
  taxonomy_detail?: HsdsTaxonomy;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  taxonomy_term_id: string;
  link_type: string;
  link_entity: string;
  value?: string;
  taxonomy_term?: HsdsTaxonomyTerm;
}

export interface HsdsPhone {
  id: string;
  service_id?: string;
  organization_id?: string;
  contact_id?: string;
  number: string;
  type: string;
  description?: string;
  attributes: HsdsAttribute[];
}

export interface HsdsContact {
  id: string;
  organization_id: string;
  name: string;
  title?: string;
  email?: string;
  phones: HsdsPhone[];
  attributes: HsdsAttribute[];
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: string;
}

export interface HsdsLocation {
  id: string;
  location_type: string;
  organization_id?: string;
  name: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  external_identifier?: string;
  external_identifier_type?: string;
  addresses: HsdsAddress[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  description?: string;
  location?: HsdsLocation;
}

export interface HsdsSchedule {
  id: string;
  service_id: string;
  freq: string;
  wkst: string;
  byday: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  extent: string;
  extent_type: string;
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  code: string;
  name: string;
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: string;
  application_process?: string;
  wait_time?: string;
  fees_description?: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  last_modified: string;
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  service_areas?: HsdsServiceArea[];
  service_at_locations?: HsdsServiceAtLocation[];
  languages?: HsdsLanguage[];
  organization?: HsdsOrganization;
  contacts?: HsdsContact[];
  attributes?: HsdsAttribute[];
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  website?: string;
  parent_organization_id?: string;
  /** Vejviser's own addition (the schemas allow it): when the organisation's record last changed. */
  last_modified?: string;
  contacts?: HsdsContact[];
  locations?: HsdsLocation[];
  attributes?: HsdsAttribute[];
  services?: HsdsService[];
}

/** HSDS's page envelope (OpenAPI `Page`) around `contents`. */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}
