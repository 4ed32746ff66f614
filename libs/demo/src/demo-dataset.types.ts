// The shape of the demo dataset. Plain data, no database types: the seeder turns it into records.
// Every person, phone number and e-mail address in it is invented; e-mail is always on example.org.

export type Sector = 'MUNICIPAL' | 'REGIONAL' | 'STATE' | 'CIVIL_SOCIETY' | 'PRIVATE';
export type ChannelKind = 'PHONE' | 'SMS' | 'EMAIL' | 'WEB' | 'CHAT' | 'VIDEO' | 'DROP_IN';
export type Visibility = 'PUBLIC' | 'STAFF';
export type Weekday = 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT' | 'SUN';
export type AccessRoute = 'ANONYMOUS' | 'SELF_REFERRAL' | 'REFERRAL' | 'VISITATION';
export type OfferStatus = 'ACTIVE' | 'PAUSED' | 'ENDED';
export type UnitKind = 'FORVALTNING' | 'CENTER' | 'AFDELING' | 'TEAM';

export interface DemoChannel {
  kind: ChannelKind;
  /** Phone numbers as 8 digits with spaces ("+45 12 34 56 78" style is fine too), e-mail on example.org, urls on example.org. */
  value: string;
  label?: string;
  visibility: Visibility;
}

export interface DemoOpeningHours {
  alwaysOpen?: boolean;
  openOnHolidays?: boolean; // weekly hours also on public holidays (helplines)
  weekly: { day: Weekday; opens: string; closes: string }[]; // "08:00", "15:30"
  exceptions?: { date: string; closed: boolean; opens?: string; closes?: string; note?: string }[]; // ISO date
  note?: string; // Danish, e.g. "Lukket på helligdage"
}

/** Where a record is: a real town's coordinates (demo-places.ts), not a real street address. */
export interface DemoPlace {
  address?: string; // "3000 Helsingør"
  latitude: number;
  longitude: number;
}

export interface DemoLegalBasis {
  act: string; // "Serviceloven", "Barnets Lov", "Sundhedsloven", "LAB-loven", "Folkeskoleloven", ...
  section?: string; // "§ 85"
}

/** A unit inside an organisation; `key` is unique within the whole dataset, `parentKey` builds the tree. */
export interface DemoUnit {
  key: string;
  parentKey?: string;
  name: string;
  kind: UnitKind;
  description?: string;
  location?: DemoPlace; // default: the organisation's
}

export interface DemoContact {
  key: string; // unique within the dataset
  unitKey?: string;
  kind: 'PERSON' | 'FUNCTION';
  name: string; // person: invented full name; function: e.g. "Vagttelefon, Ungeafdelingen"
  roleTitle?: string;
  helpText?: string; // Danish, plain language: "what we can help with"
  channels: DemoChannel[];
  openingHours?: DemoOpeningHours;
  deputyKey?: string; // key of another contact in the dataset
  situations: string[]; // taxonomy keys (SITUATION kind), see TAXONOMY keys in the brief
  lastVerifiedDaysAgo: number; // 0..400; some above 180 so stale records exist
  lastVerifiedBy?: string; // invented person name or function, e.g. "Demo: Koordinator"
}

export interface DemoOffer {
  key: string;
  unitKey?: string;
  name: string;
  description: string; // Danish, 1-3 sentences, realistic
  helpText?: string; // Danish "what we can help with"
  ageMin?: number;
  ageMax?: number;
  primaryAgeMin?: number;
  primaryAgeMax?: number;
  situations: string[]; // taxonomy keys of kind SITUATION
  problemTags: string[]; // taxonomy keys of kind PROBLEM
  dualDiagnosisAccepted?: boolean;
  notFor?: string;
  accessRoute: AccessRoute;
  referredBy?: string; // "Egen læge, hospital eller sagsbehandler"
  decidedBy?: string; // for VISITATION: which unit decides
  legalBasis: DemoLegalBasis[];
  holdsAuthority: boolean;
  waitingTime?: string; // "Ca. 2 uger"
  capacity?: string; // "12 pladser"
  cost?: string; // "Gratis"
  languages: string[]; // ["da"], ["da","en"]
  municipalityCodes?: string[]; // coverage; default is the organisation's municipality
  channels: DemoChannel[];
  openingHours?: DemoOpeningHours;
  status: OfferStatus;
  startsOn?: string; // ISO date
  endsOn?: string; // ISO date (project funding end)
  location?: DemoPlace; // default: the unit's or organisation's
  lastVerifiedDaysAgo: number;
  lastVerifiedBy?: string;
}

export interface DemoOrganisation {
  key: string;
  name: string;
  sector: Sector;
  municipalityCode?: string; // four-digit code, for MUNICIPAL (and local branches)
  regionKey?: string; // 'hovedstaden' | 'sjaelland' | 'syddanmark' | 'midtjylland' | 'nordjylland', for REGIONAL
  parentKey?: string; // a local branch: key of the (national) volunteer organisation it belongs to
  website?: string; // on example.org
  description: string; // Danish
  location?: DemoPlace; // default: the town hall town of its municipality
  units: DemoUnit[];
  contacts: DemoContact[];
  offers: DemoOffer[];
}

export interface DemoDataset {
  organisations: DemoOrganisation[];
}
