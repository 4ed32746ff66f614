/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How a citizen gets the offer. */
export type AccessRoute =
  /** Anonym: ingen henvisning, ingen registrering. */
  | 'ANONYMOUS'
  /** Kræver henvisning (fx egen læge, hospital, sagsbehandler). */
  | 'REFERRAL'
  /** Borgeren kan selv henvende sig. */
  | 'SELF_REFERRAL'
  /** Kræver en kommunal afgørelse (visitation). */
  | 'VISITATION';

/** Which accounts to list; every field narrows the list. */
export type AccountFilter = {
  /** Only accounts holding this role somewhere. */
  role?: Role | null | undefined;
  status?: AccountStatus | null | undefined;
  /** Part of the name or e-mail address. */
  text?: string | null | undefined;
};

export type AccountStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'INVITED'
  | 'PENDING';

/** A municipality (its organisation), a regional unit or a volunteer organisation joining a network. */
export type AddPartyInput = {
  networkId: string | number;
  organisationId: string | number;
  /** For a regional unit: the unit within the region. */
  unitId?: string | number | null | undefined;
};

export type AuditAction =
  | 'CREATE'
  | 'DELETE'
  | 'ERASE'
  | 'UPDATE'
  | 'VERIFY';

export type ChangePasswordInput = {
  /** The password in use now. */
  currentPassword: string;
  /** The new password, at least 12 characters. */
  newPassword: string;
};

export type ChannelInput = {
  kind: ChannelKind;
  label?: string | null | undefined;
  value: string;
  /** Default PUBLIC. */
  visibility?: Visibility | null | undefined;
};

export type ChannelKind =
  | 'CHAT'
  | 'DROP_IN'
  | 'EMAIL'
  | 'PHONE'
  | 'SMS'
  | 'VIDEO'
  | 'WEB';

export type ColumnMappingInput = {
  /** The header of the column, as in the file. */
  column: string;
  field: ImportField;
};

/** A named PERSON or a FUNCTION (team line, duty phone). */
export type ContactKind =
  | 'FUNCTION'
  | 'PERSON';

/** Whether a municipality has an entry point for a required situation. Present = at least one live contact (not left) of the municipality tagged with the situation or a sub-situation. */
export type CoverageStatus =
  /** Missing: no live contact of the municipality is tagged with the situation. Add one (a function line first). */
  | 'MISSING'
  /** Present and verified: at least one of its entry points is within its verification interval. */
  | 'PRESENT_VERIFIED'
  /** Present but stale: entry points exist, but every one is past its verification date. Confirm or correct them. */
  | 'STALE';

export type CreateContactInput = {
  channels?: Array<ChannelInput> | null | undefined;
  /** Deputy or successor contact. */
  deputyId?: string | number | null | undefined;
  helpText?: string | null | undefined;
  /** Default FUNCTION. */
  kind?: ContactKind | null | undefined;
  /** Person name, or the function, e.g. "Vagttelefon, Socialpsykiatrien". */
  name: string;
  openingHours?: OpeningHoursInput | null | undefined;
  organisationId: string | number;
  /** The account that answers for it; default the creator, or the unit when it is placed in one. */
  ownerAccountId?: string | number | null | undefined;
  /** The unit whose editors answer for it (instead of an account). */
  ownerUnitId?: string | number | null | undefined;
  roleTitle?: string | null | undefined;
  /** Situation keys, see `taxonomy(kind: SITUATION)`. */
  situations?: Array<string> | null | undefined;
  unitId?: string | number | null | undefined;
};

export type CreateNetworkInput = {
  /** The coordinator's address; the organiser of its theme days. */
  contactEmail?: string | null | undefined;
  description?: string | null | undefined;
  name: string;
};

export type CreateOfferInput = {
  /** Required. */
  accessRoute?: AccessRoute | null | undefined;
  /** Street address, e.g. "Stengade 59, 3000 Helsingør". */
  address?: string | null | undefined;
  ageMax?: number | null | undefined;
  ageMin?: number | null | undefined;
  capacity?: string | null | undefined;
  channels?: Array<ChannelInput> | null | undefined;
  cost?: string | null | undefined;
  decidedBy?: string | null | undefined;
  description?: string | null | undefined;
  dualDiagnosisAccepted?: boolean | null | undefined;
  endsOn?: string | null | undefined;
  helpText?: string | null | undefined;
  holdsAuthority?: boolean | null | undefined;
  /** Language codes, default ["da"]. */
  languages?: Array<string> | null | undefined;
  legalBasis?: Array<LegalBasisInput> | null | undefined;
  /** Coordinates of the address, in Denmark. null clears them. */
  location?: GeoPointInput | null | undefined;
  /** Municipality codes covered; empty: the organisation's own area. */
  municipalityCodes?: Array<string> | null | undefined;
  name: string;
  notFor?: string | null | undefined;
  openingHours?: OpeningHoursInput | null | undefined;
  organisationId: string | number;
  /** The account that answers for it; default the creator, or the unit when it is placed in one. */
  ownerAccountId?: string | number | null | undefined;
  /** The unit whose editors answer for it (instead of an account). */
  ownerUnitId?: string | number | null | undefined;
  primaryAgeMax?: number | null | undefined;
  primaryAgeMin?: number | null | undefined;
  /** Problem tag keys. */
  problemTags?: Array<string> | null | undefined;
  referredBy?: string | null | undefined;
  /** Situation keys. */
  situations?: Array<string> | null | undefined;
  startsOn?: string | null | undefined;
  /** Default ACTIVE. */
  status?: OfferStatus | null | undefined;
  unitId?: string | number | null | undefined;
  waitingTime?: string | null | undefined;
};

export type CreateOrganisationInput = {
  /** Street address, e.g. "Stengade 59, 3000 Helsingør". */
  address?: string | null | undefined;
  description?: string | null | undefined;
  /** Coordinates of the address, in Denmark. null clears them. */
  location?: GeoPointInput | null | undefined;
  /** Four-digit municipality code; required for MUNICIPAL. */
  municipalityCode?: string | null | undefined;
  name: string;
  /** For a local branch of a volunteer organisation: the organisation it belongs to (both CIVIL_SOCIETY). */
  parentOrganisationId?: string | number | null | undefined;
  /** Region key or code; required for REGIONAL. */
  region?: string | null | undefined;
  sector?: Sector | null | undefined;
  /** Days between confirmations of its contacts and offers (7–3650, default 180). */
  verificationIntervalDays?: number | null | undefined;
  website?: string | null | undefined;
};

/** A supervision group; sessions through a year are made from the recurrence rule. */
export type CreateSupervisionGroupInput = {
  description?: string | null | undefined;
  /** Days without a session. */
  exceptions?: Array<string> | null | undefined;
  facilitatorEmail?: string | null | undefined;
  facilitatorName: string;
  /** The first session; its Copenhagen time of day is kept across summer time. */
  firstSessionAt: string;
  /** E.g. "Selvmordstruede og selvskadende adfærd" or "Angst". */
  focus: string;
  /** Default 12. */
  maxSeats?: number | null | undefined;
  /** Default 6. */
  minSeats?: number | null | undefined;
  name: string;
  networkId: string | number;
  /** At most this many seats for the members of each party. */
  partyCap?: number | null | undefined;
  /** RFC 5545 RRULE, e.g. "FREQ=WEEKLY;INTERVAL=3;BYDAY=TU;COUNT=12" or with UNTIL. */
  recurrence: string;
  /** At most this many seats per sector of the parties. */
  sectorCaps?: Array<SectorCapInput> | null | undefined;
  /** Length of each session. */
  sessionMinutes: number;
  venue?: string | null | undefined;
};

export type CreateThemeDayInput = {
  /** Intended audience, e.g. "Psykologer", "Frivillige". */
  audience?: Array<string> | null | undefined;
  capacity: number;
  description?: string | null | undefined;
  endsAt: string;
  /** The host, e.g. a volunteer organisation; default the network itself. */
  hostOrganisationId?: string | number | null | undefined;
  /** Default THEME_DAY. */
  kind?: ThemeDayKind | null | undefined;
  networkId: string | number;
  onlineUrl?: string | null | undefined;
  programme?: Array<ProgrammeItemInput> | null | undefined;
  /** Default: when the day starts. */
  registrationClosesAt?: string | null | undefined;
  /** Default: open now. */
  registrationOpensAt?: string | null | undefined;
  /** Situation keys of the taxonomy. */
  situations?: Array<string> | null | undefined;
  startsAt: string;
  title: string;
  topic: string;
  /** Address; a venue, an online link or both. */
  venue?: string | null | undefined;
  /** Default MEMBERS. */
  visibility?: ThemeDayVisibility | null | undefined;
};

export type CreateUnitInput = {
  /** Street address, e.g. "Stengade 59, 3000 Helsingør". */
  address?: string | null | undefined;
  description?: string | null | undefined;
  /** Default TEAM. */
  kind?: UnitKind | null | undefined;
  /** Coordinates of the address, in Denmark. null clears them. */
  location?: GeoPointInput | null | undefined;
  name: string;
  organisationId: string | number;
  /** The unit above this one, in the same organisation. */
  parentId?: string | number | null | undefined;
};

/** A point in Denmark: latitude 54.5–57.8, longitude 8.0–15.3. */
export type GeoPointInput = {
  /** Latitude (breddegrad), e.g. 56.033. */
  latitude: number;
  /** Longitude (længdegrad), e.g. 12.613. */
  longitude: number;
};

/** A role for one scope: ADMIN everywhere (no scope); EDITOR an organisation (or one of its units); KEY_PERSON an organisation; NETWORK_COORDINATOR a network. */
export type GrantRoleInput = {
  accountId: string | number;
  networkId?: string | number | null | undefined;
  organisationId?: string | number | null | undefined;
  role?: Role | null | undefined;
  unitId?: string | number | null | undefined;
};

/** A person who left, and who takes over their roles. */
export type HandOverRolesInput = {
  /** The leaving person's account: its records, roles and network memberships in the organisation are handed over. */
  accountId?: string | number | null | undefined;
  /** The person who left (a contact of kind PERSON). */
  contactId: string | number;
  /** A few words for the network coordinators (never anything about citizens). */
  note?: string | null | undefined;
  /** The successor's account, which receives them. Without it roles are removed and records go to the successor's unit. */
  successorAccountId?: string | number | null | undefined;
  /** Who takes over: another person, or a function line such as "Udskrivningskoordinator, vagttelefon". */
  successorContactId: string | number;
};

export type HoursExceptionInput = {
  closed: boolean;
  closes?: string | null | undefined;
  date: string;
  note?: string | null | undefined;
  opens?: string | null | undefined;
};

/** The hours-wide settings; a field left out stays as it is. */
export type HoursSettingsInput = {
  /** Open day and night, all year. */
  alwaysOpen?: boolean | null | undefined;
  /** Danish note; an empty note removes it. */
  note?: string | null | undefined;
  /** The weekly hours apply on public holidays too. */
  openOnHolidays?: boolean | null | undefined;
};

/** What an import does (or would do) with one row. */
export type ImportAction =
  | 'CREATE'
  | 'ERROR'
  | 'UNCHANGED'
  | 'UPDATE';

/** What a column of an imported spreadsheet holds (IGNORE: nothing). */
export type ImportField =
  | 'ACCESS'
  | 'AGE'
  | 'AGE_FROM'
  | 'AGE_TO'
  | 'DESCRIPTION'
  | 'EMAIL'
  | 'EXTERNAL_ID'
  | 'IGNORE'
  | 'LAST_VERIFIED'
  | 'MUNICIPALITY'
  | 'NAME'
  | 'OPENING_HOURS'
  | 'PHONE'
  | 'ROLE_TITLE'
  | 'SITUATION'
  | 'TARGET_GROUP'
  | 'TYPE'
  | 'VERIFIED_BY'
  | 'WEB';

export type ImportRecordKind =
  | 'CONTACT'
  | 'OFFER';

export type ImportSpreadsheetInput = {
  /** The file (CSV or XLSX, at most 10 MB), base64-encoded. Every cell read from it is CPR-checked. */
  contentBase64: string;
  /** Default true: report what would happen and change nothing. */
  dryRun?: boolean | null | undefined;
  /** The file name, for the record of the import. */
  fileName?: string | null | undefined;
  /** Columns to fields; default the organisation's saved mapping, then the headers (Danish or English). */
  mapping?: Array<ColumnMappingInput> | null | undefined;
  organisationId: string | number;
  /** Save the mapping for the next import (on apply). */
  saveMapping?: boolean | null | undefined;
  /** XLSX: the sheet to read (default the first). */
  sheetName?: string | null | undefined;
};

export type InviteMemberInput = {
  displayName: string;
  email: string;
  organisationId: string | number;
  /** EDITOR or KEY_PERSON of the organisation; none for a member (PROFESSIONAL). */
  role?: Role | null | undefined;
};

export type LegalBasisInput = {
  act: string;
  section?: string | null | undefined;
};

export type MailStatus =
  /** Every attempt failed; it is in the dead-letter queue. */
  | 'FAILED'
  /** Waiting to be sent, or waiting for a retry. */
  | 'QUEUED'
  /** An attempt is under way. */
  | 'SENDING'
  /** The mail server accepted it. */
  | 'SENT';

export type MemberRolesInput = {
  inSteeringGroup?: boolean | null | undefined;
  isKeyPerson?: boolean | null | undefined;
  memberId: string | number;
};

export type MemberStatus =
  | 'APPROVED'
  | 'LEFT'
  | 'PENDING'
  | 'REJECTED';

/** The signed-in person's own name and work details; a field left out stays as it is. */
export type MyProfileInput = {
  displayName?: string | null | undefined;
  /** Job title; empty removes it. */
  jobTitle?: string | null | undefined;
  /** Work phone; empty removes it. */
  workPhone?: string | null | undefined;
};

/** A point in Denmark and a radius around it. */
export type NearInput = {
  /** Latitude, e.g. 56.033. */
  latitude: number;
  /** Longitude, e.g. 12.613. */
  longitude: number;
  /** Radius in km, at most 500 (default 25). */
  radiusKm?: number | null | undefined;
};

export type OfferStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PAUSED';

export type OpeningHoursInput = {
  alwaysOpen?: boolean | null | undefined;
  exceptions?: Array<HoursExceptionInput> | null | undefined;
  note?: string | null | undefined;
  /** The weekly hours apply on public holidays too (default false: closed on helligdage unless an exception says otherwise). */
  openOnHolidays?: boolean | null | undefined;
  weekly?: Array<WeeklyHoursInput> | null | undefined;
};

export type OrganisationFilter = {
  /** Municipality code. */
  municipality?: string | null | undefined;
  /** Words in the name. */
  nameContains?: string | null | undefined;
  /** Region key or code. */
  region?: string | null | undefined;
  sector?: Sector | null | undefined;
};

export type OwnerKind =
  | 'ACCOUNT'
  | 'ORGANISATION'
  | 'UNIT';

export type PartyKind =
  | 'MUNICIPALITY'
  | 'REGIONAL_UNIT'
  | 'VOLUNTEER_ORGANISATION';

export type ProgrammeItemInput = {
  endsAt?: string | null | undefined;
  speaker?: string | null | undefined;
  /** Copenhagen time of day, "09:30". */
  startsAt: string;
  title: string;
};

/** A part of the query text search can understand (SearchConnection.understood). */
export type QueryPart =
  | 'AGE'
  | 'MUNICIPALITY'
  | 'SITUATION';

export type RedeemLinkInput = {
  /** The new password, at least 12 characters. */
  password: string;
  /** The token from the link in the mail. */
  token: string;
};

export type RefreshTokenInput = {
  refreshToken: string;
};

/** Signed-in members register as themselves; for a public day anyone may register with name and e-mail. */
export type RegisterForThemeDayInput = {
  /** Required when not signed in. */
  email?: string | null | undefined;
  /** Required when not signed in. */
  name?: string | null | undefined;
  themeDayId: string | number;
  /** Workplace, e.g. "Helsingør Kommune, PPR". */
  workplace?: string | null | undefined;
};

export type RegistrationStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'WAITLISTED';

/** Roles beyond PROFESSIONAL, which every signed-in account has. */
export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'KEY_PERSON'
  | 'NETWORK_COORDINATOR';

export type SearchInput = {
  accessRoutes?: Array<AccessRoute> | null | undefined;
  after?: string | null | undefined;
  /** Only records whose age range includes this age. */
  age?: number | null | undefined;
  /** With ageTo: only records whose age range overlaps ageFrom–ageTo (0 to 120). */
  ageFrom?: number | null | undefined;
  /** With ageFrom: only records whose age range overlaps ageFrom–ageTo (0 to 120). */
  ageTo?: number | null | undefined;
  /** Page size, 1 to 50 (default 10). */
  first?: number | null | undefined;
  /** Parts of `query` to take as plain words instead of understanding them (default: none). A client that shows `understood` as chips removes a chip by sending its part here (or by removing its words from `query`). */
  literal?: Array<QueryPart> | null | undefined;
  /** Municipality codes; regional records of their region match too. */
  municipalityCodes?: Array<string> | null | undefined;
  /** Near a point: within radiusKm of it, or covering the municipality the point lies in (its nearest town hall town). */
  near?: NearInput | null | undefined;
  /** Near a municipality (code, e.g. "0217"): within 25 km of its town hall town, or covering the municipality. */
  nearMunicipality?: string | null | undefined;
  /** Only contacts and offers open at this moment (Copenhagen time, public holidays and exceptions included). */
  openAt?: string | null | undefined;
  /** Problem tag keys (with sub-tags). */
  problemTags?: Array<string> | null | undefined;
  /** Words to find, in any inflection; typos are tolerated. Empty: browse with filters. */
  query?: string | null | undefined;
  /** Region keys or codes. */
  regions?: Array<string> | null | undefined;
  sectors?: Array<Sector> | null | undefined;
  /** Situation keys (with sub-situations). */
  situations?: Array<string> | null | undefined;
  /** RELEVANCE (default) or DISTANCE (needs near or nearMunicipality). */
  sortBy?: SearchSort | null | undefined;
  statuses?: Array<OfferStatus> | null | undefined;
  types?: Array<SearchType> | null | undefined;
};

export type SearchSort =
  /** Nearest first from `near` or `nearMunicipality`; records without a location last. */
  | 'DISTANCE'
  /** Best match first (default). */
  | 'RELEVANCE';

export type SearchType =
  | 'CONTACT'
  | 'OFFER'
  | 'ORGANISATION'
  | 'UNIT';

/** Kommunal, regional, statslig, civilsamfund eller privat. */
export type Sector =
  | 'CIVIL_SOCIETY'
  | 'MUNICIPAL'
  | 'PRIVATE'
  | 'REGIONAL'
  | 'STATE';

export type SectorCapInput = {
  max: number;
  sector: Sector;
};

/** The handover question and a colleague to mail the sheet to. Nothing about the citizen. */
export type SendHandoverSheetInput = {
  age?: number | null | undefined;
  /** The moment the sheet is about (default: now). */
  at?: string | null | undefined;
  /** A short note to the colleague, at most 500 characters. Never citizen data. */
  message?: string | null | undefined;
  /** Municipality code ("0217") or name. */
  municipalityCode: string;
  /** Situation keys; none: all. */
  situations?: Array<string> | null | undefined;
  /** The colleague's e-mail address (one recipient). */
  to: string;
};

/** What a suggestion names. */
export type SuggestionKind =
  | 'MUNICIPALITY'
  | 'OFFER'
  | 'ORGANISATION'
  | 'SITUATION';

export type SupervisionGroupStatus =
  | 'CLOSED'
  | 'OPEN';

export type SupervisionParticipantStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'WAITLISTED'
  | 'WITHDRAWN';

export type SynonymGroupInput = {
  /** 2–20 terms of at most 80 characters; each term may belong to one group only. */
  terms: Array<string>;
};

export type ThemeDayKind =
  | 'JOINT_CASE_DISCUSSION'
  | 'THEME_DAY';

export type ThemeDayStatus =
  | 'CANCELLED'
  | 'SCHEDULED';

export type ThemeDayVisibility =
  | 'MEMBERS'
  | 'PUBLIC';

/** Level in an organisation: forvaltning → center → afdeling → team. */
export type UnitKind =
  | 'AFDELING'
  | 'CENTER'
  | 'FORVALTNING'
  | 'TEAM';

export type UpdateContactInput = {
  /**
   * Replaces the whole list of channels: a channel left out is removed.
   * @deprecated Replaces the whole list, so a client that adds one channel can remove others. Use addContactChannel, updateContactChannel and removeContactChannel.
   */
  channels?: Array<ChannelInput> | null | undefined;
  /** Deputy or successor contact. */
  deputyId?: string | number | null | undefined;
  helpText?: string | null | undefined;
  /** Default FUNCTION. */
  kind?: ContactKind | null | undefined;
  /** Person name, or the function, e.g. "Vagttelefon, Socialpsykiatrien". */
  name?: string | null | undefined;
  openingHours?: OpeningHoursInput | null | undefined;
  /** The account that answers for it; default the creator, or the unit when it is placed in one. */
  ownerAccountId?: string | number | null | undefined;
  /** The unit whose editors answer for it (instead of an account). */
  ownerUnitId?: string | number | null | undefined;
  roleTitle?: string | null | undefined;
  /** Situation keys, see `taxonomy(kind: SITUATION)`. */
  situations?: Array<string> | null | undefined;
  unitId?: string | number | null | undefined;
};

export type UpdateNetworkInput = {
  contactEmail?: string | null | undefined;
  description?: string | null | undefined;
  name?: string | null | undefined;
};

export type UpdateOfferInput = {
  /** Required. */
  accessRoute?: AccessRoute | null | undefined;
  /** Street address, e.g. "Stengade 59, 3000 Helsingør". */
  address?: string | null | undefined;
  ageMax?: number | null | undefined;
  ageMin?: number | null | undefined;
  capacity?: string | null | undefined;
  /**
   * Replaces the whole list of channels: a channel left out is removed.
   * @deprecated Replaces the whole list, so a client that adds one channel can remove others. Use addOfferChannel, updateOfferChannel and removeOfferChannel.
   */
  channels?: Array<ChannelInput> | null | undefined;
  cost?: string | null | undefined;
  decidedBy?: string | null | undefined;
  description?: string | null | undefined;
  dualDiagnosisAccepted?: boolean | null | undefined;
  endsOn?: string | null | undefined;
  helpText?: string | null | undefined;
  holdsAuthority?: boolean | null | undefined;
  /** Language codes, default ["da"]. */
  languages?: Array<string> | null | undefined;
  legalBasis?: Array<LegalBasisInput> | null | undefined;
  /** Coordinates of the address, in Denmark. null clears them. */
  location?: GeoPointInput | null | undefined;
  /** Municipality codes covered; empty: the organisation's own area. */
  municipalityCodes?: Array<string> | null | undefined;
  name?: string | null | undefined;
  notFor?: string | null | undefined;
  openingHours?: OpeningHoursInput | null | undefined;
  /** The account that answers for it; default the creator, or the unit when it is placed in one. */
  ownerAccountId?: string | number | null | undefined;
  /** The unit whose editors answer for it (instead of an account). */
  ownerUnitId?: string | number | null | undefined;
  primaryAgeMax?: number | null | undefined;
  primaryAgeMin?: number | null | undefined;
  /** Problem tag keys. */
  problemTags?: Array<string> | null | undefined;
  referredBy?: string | null | undefined;
  /** Situation keys. */
  situations?: Array<string> | null | undefined;
  startsOn?: string | null | undefined;
  /** Default ACTIVE. */
  status?: OfferStatus | null | undefined;
  unitId?: string | number | null | undefined;
  waitingTime?: string | null | undefined;
};

export type UpdateOrganisationInput = {
  /** Street address, e.g. "Stengade 59, 3000 Helsingør". */
  address?: string | null | undefined;
  description?: string | null | undefined;
  /** Coordinates of the address, in Denmark. null clears them. */
  location?: GeoPointInput | null | undefined;
  /** Four-digit municipality code; required for MUNICIPAL. */
  municipalityCode?: string | null | undefined;
  name?: string | null | undefined;
  /** For a local branch of a volunteer organisation: the organisation it belongs to (both CIVIL_SOCIETY). */
  parentOrganisationId?: string | number | null | undefined;
  /** Region key or code; required for REGIONAL. */
  region?: string | null | undefined;
  sector?: Sector | null | undefined;
  /** Days between confirmations of its contacts and offers (7–3650, default 180). */
  verificationIntervalDays?: number | null | undefined;
  website?: string | null | undefined;
};

/** Only the fields given change. A new schedule regenerates the future sessions nobody has attended. */
export type UpdateSupervisionGroupInput = {
  description?: string | null | undefined;
  exceptions?: Array<string> | null | undefined;
  facilitatorEmail?: string | null | undefined;
  facilitatorName?: string | null | undefined;
  firstSessionAt?: string | null | undefined;
  focus?: string | null | undefined;
  maxSeats?: number | null | undefined;
  minSeats?: number | null | undefined;
  name?: string | null | undefined;
  /** Send 0 to remove the cap; null leaves it. */
  partyCap?: number | null | undefined;
  recurrence?: string | null | undefined;
  /** Replaces every sector cap; [] removes them, null leaves them. */
  sectorCaps?: Array<SectorCapInput> | null | undefined;
  sessionMinutes?: number | null | undefined;
  /** CLOSED stops new applications. */
  status?: SupervisionGroupStatus | null | undefined;
  venue?: string | null | undefined;
};

/** Only the fields given change. Attendees are told by mail when time or place changes. */
export type UpdateThemeDayInput = {
  audience?: Array<string> | null | undefined;
  capacity?: number | null | undefined;
  description?: string | null | undefined;
  endsAt?: string | null | undefined;
  hostOrganisationId?: string | number | null | undefined;
  kind?: ThemeDayKind | null | undefined;
  onlineUrl?: string | null | undefined;
  programme?: Array<ProgrammeItemInput> | null | undefined;
  registrationClosesAt?: string | null | undefined;
  registrationOpensAt?: string | null | undefined;
  situations?: Array<string> | null | undefined;
  startsAt?: string | null | undefined;
  title?: string | null | undefined;
  topic?: string | null | undefined;
  venue?: string | null | undefined;
  visibility?: ThemeDayVisibility | null | undefined;
};

export type UpdateUnitInput = {
  /** Street address, e.g. "Stengade 59, 3000 Helsingør". */
  address?: string | null | undefined;
  description?: string | null | undefined;
  kind?: UnitKind | null | undefined;
  /** Coordinates of the address, in Denmark. null clears them. */
  location?: GeoPointInput | null | undefined;
  name?: string | null | undefined;
  /** Move under another unit of the same organisation (null: top level). */
  parentId?: string | number | null | undefined;
};

/** A contact or an offer. */
export type VerifiableRecordType =
  | 'CONTACT'
  | 'OFFER';

export type VerifyInput = {
  id: string | number;
  /** Who checked the record, e.g. "Hanne Jensen, koordinator". */
  verifiedBy: string;
};

/** PUBLIC for everyone; STAFF only for signed-in professionals. */
export type Visibility =
  | 'PUBLIC'
  | 'STAFF';

export type Weekday =
  | 'FRI'
  | 'MON'
  | 'SAT'
  | 'SUN'
  | 'THU'
  | 'TUE'
  | 'WED';

export type WeeklyHoursInput = {
  closes: string;
  day: Weekday;
  opens: string;
};

export type AcceptInvitationMutationVariables = Exact<{
  input: RedeemLinkInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'Session', refreshToken: string, account: { email: string } }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type ResetPasswordMutationVariables = Exact<{
  input: RedeemLinkInput;
}>;


export type ResetPasswordMutation = { resetPassword:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'Session', refreshToken: string, account: { email: string } }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type EndLinkSessionMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type EndLinkSessionMutation = { signOut: { sessions: number } };

export type MyAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccountQuery = { me: { id: string, displayName: string, email: string, jobTitle: string | null, workPhone: string | null, organisationId: string | null, status: AccountStatus, createdAt: string, lastSignInAt: string | null, grants: Array<{ role: Role, organisationId: string | null, unitId: string | null, networkId: string | null }> } | null };

export type MyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDataQuery = { me: { id: string, displayName: string, email: string, jobTitle: string | null, workPhone: string | null, organisationId: string | null, status: AccountStatus, createdAt: string, lastSignInAt: string | null, grants: Array<{ role: Role, organisationId: string | null, unitId: string | null, networkId: string | null }> } | null, myNetworkMemberships: Array<{ id: string, status: MemberStatus, name: string, email: string, jobTitle: string | null, motivation: string | null, appliedAt: string, decidedAt: string | null, isKeyPerson: boolean, inSteeringGroup: boolean, network: { id: string, name: string } }>, myThemeDayRegistrations: Array<{ id: string, themeDayId: string, themeDayTitle: string, themeDayStartsAt: string, networkName: string, name: string | null, email: string | null, workplace: string | null, status: RegistrationStatus, registeredAt: string, cancelledAt: string | null, attended: boolean | null }>, mySupervisionParticipations: Array<{ id: string, groupId: string, groupName: string, networkName: string, status: SupervisionParticipantStatus, motivation: string | null, appliedAt: string, decidedAt: string | null }>, mySupervisionHours: Array<{ memberId: string, totalHours: number, goalHours: number, sessionsAttended: number, groups: Array<{ groupId: string, groupName: string, sessionsAttended: number, hours: number }> }>, myAuditEvents: { totalCount: number, edges: Array<{ node: { id: string, occurredAt: string, entityType: string, entityId: string, action: AuditAction, changes: Array<{ field: string, before: string | null, after: string | null }> } }> }, myChangeSubscriptions: Array<{ id: string, createdAt: string, lastSentAt: string | null, municipalityCodes: Array<string>, network: { id: string, name: string } | null }> };

export type UpdateMyProfileMutationVariables = Exact<{
  input: MyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile:
    | { __typename: 'Account', id: string, displayName: string, jobTitle: string | null, workPhone: string | null }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword:
    | { __typename: 'Account' }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type EraseMyAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type EraseMyAccountMutation = { eraseAccount:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Deleted' }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type MyAuditEventsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyAuditEventsQuery = { myAuditEvents: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, occurredAt: string, entityType: string, entityId: string, action: AuditAction, changes: Array<{ field: string, before: string | null, after: string | null }> } }> } };

export type MailLogQueryVariables = Exact<{
  status?: MailStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MailLogQuery = { mailMessages: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, template: string, subject: string, recipients: Array<string>, status: MailStatus, attempts: number, maxAttempts: number, lastError: string | null, createdAt: string, sentAt: string | null, updatedAt: string } }> } };

export type SynonymGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type SynonymGroupsQuery = { synonymGroups: Array<{ id: string, terms: Array<string>, updatedAt: string }> };

export type CreateSynonymGroupMutationVariables = Exact<{
  input: SynonymGroupInput;
}>;


export type CreateSynonymGroupMutation = { createSynonymGroup:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'SynonymGroup', id: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type DeleteSynonymGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSynonymGroupMutation = { deleteSynonymGroup:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Deleted' }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type RetryMailMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryMailMutation = { retryMail:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'MailMessage', id: string, status: MailStatus }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type AdminRightsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminRightsQuery = { me: { id: string, grants: Array<{ role: Role }> } | null };

export type AccountsQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccountsQuery = { accounts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, displayName: string, email: string, status: AccountStatus, lastSignInAt: string | null, grants: Array<{ id: string, role: Role }> } }> } };

export type AccountAdminQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountAdminQuery = { account: { id: string, displayName: string, email: string, status: AccountStatus, jobTitle: string | null, workPhone: string | null, organisationId: string | null, createdAt: string, lastSignInAt: string | null, grants: Array<{ id: string, role: Role, organisationId: string | null, unitId: string | null, networkId: string | null }> } | null };

export type ScopeNamesQueryVariables = Exact<{
  organisations?: OrganisationFilter | null | undefined;
}>;


export type ScopeNamesQuery = { organisations: { edges: Array<{ node: { id: string, name: string } }> }, networks: { edges: Array<{ node: { id: string, name: string } }> } };

export type AdminOrganisationUnitsQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type AdminOrganisationUnitsQuery = { units: { edges: Array<{ node: { id: string, name: string } }> } };

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type GrantRoleMutation = { grantRole:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'RoleGrant', id: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type RevokeRoleMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeRoleMutation = { revokeRole:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Deleted' }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type DeactivateAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateAccountMutation = { deactivateAccount:
    | { __typename: 'Account', id: string, status: AccountStatus }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type InviteAccountMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteAccountMutation = { inviteMember:
    | { __typename: 'Account', id: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type GrantScopeNameQueryVariables = Exact<{
  organisationId: string | number;
  unitId: string | number;
  networkId: string | number;
  hasOrganisation: boolean;
  hasUnit: boolean;
  hasNetwork: boolean;
}>;


export type GrantScopeNameQuery = { organisation?: { id: string, name: string } | null, unit?: { id: string, name: string } | null, network?: { id: string, name: string } | null };

export type CatalogueRightsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueRightsQuery = { me: { id: string, grants: Array<{ role: Role, organisationId: string | null, unitId: string | null }> } | null };

export type OrganisationEditQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationEditQuery = { organisation: { id: string, name: string, sector: Sector, description: string | null, address: string | null, website: string | null, verificationIntervalDays: number, municipality: { code: string } | null, region: { key: string } | null } | null, units: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type UnitEditQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitEditQuery = { unit: { id: string, name: string, kind: UnitKind, description: string | null, address: string | null, organisation: { id: string, name: string }, parent: { id: string, parent: { id: string, parent: { id: string } | null } | null } | null, children: Array<{ id: string }>, contacts: Array<{ id: string }>, offers: Array<{ id: string }> } | null };

export type CreateOrganisationFormMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationFormMutation = { createOrganisation:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type UpdateOrganisationFormMutationVariables = Exact<{
  id: string | number;
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationFormMutation = { updateOrganisation:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Organisation' }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type CreateUnitFormMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type CreateUnitFormMutation = { createUnit:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Unit', id: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type UpdateUnitFormMutationVariables = Exact<{
  id: string | number;
  input: UpdateUnitInput;
}>;


export type UpdateUnitFormMutation = { updateUnit:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Unit' }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type AllOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AllOrganisationsQuery = { organisations: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type CreateOfferFormMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type CreateOfferFormMutation = { createOffer:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Offer', id: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type FindSearchQueryVariables = Exact<{
  input: SearchInput;
}>;


export type FindSearchQuery = { search: { totalCount: number, correctedQuery: string | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, understood: { text: string, age: number | null, municipalities: Array<{ code: string, name: string }>, situations: Array<{ key: string, label: string }> }, facets: Array<{ field: string, values: Array<{ value: string, label: string, count: number }> }>, edges: Array<{ cursor: string, type: SearchType, stale: boolean, openingStatus: { openNow: boolean, closesAt: string | null, nextOpensAt: string | null, holiday: string | null } | null, node:
        | { __typename: 'Contact', id: string, name: string, kind: ContactKind, roleTitle: string | null, lastVerifiedAt: string | null, channels: Array<{ kind: ChannelKind, value: string, label: string | null, visibility: Visibility }>, organisation: { name: string, municipality: { name: string } | null, region: { name: string } | null } }
        | { __typename: 'Offer', id: string, name: string, helpText: string | null, lastVerifiedAt: string | null, channels: Array<{ kind: ChannelKind, value: string, label: string | null, visibility: Visibility }>, organisation: { name: string, municipality: { name: string } | null, region: { name: string } | null } }
        | { __typename: 'Organisation', id: string, name: string, lastVerifiedAt: string | null, municipality: { name: string } | null, region: { name: string } | null }
        | { __typename: 'Unit', id: string, name: string, lastVerifiedAt: string | null, organisation: { id: string, name: string, municipality: { name: string } | null, region: { name: string } | null } }
       }> } };

export type FindSuggestQueryVariables = Exact<{
  prefix: string;
}>;


export type FindSuggestQuery = { suggest: Array<{ kind: SuggestionKind, label: string, code: string | null, detail: string | null }> };

export type HandoverChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoverChoicesQuery = { municipalities: Array<{ code: string, name: string }>, taxonomy: Array<{ key: string, label: string, parentKey: string | null }> };

export type EntryPointFieldsFragment = { callNow: boolean, contact: { id: string, kind: ContactKind, name: string, roleTitle: string | null, helpText: string | null, stale: boolean, lastVerifiedAt: string | null, organisation: { name: string }, unit: { name: string } | null, channels: Array<{ kind: ChannelKind, value: string, label: string | null, visibility: Visibility }> }, openingStatus: { openNow: boolean, closesAt: string | null, nextOpensAt: string | null, holiday: string | null } | null };

export type HandoverAnswerQueryVariables = Exact<{
  municipality: string;
  age?: number | null | undefined;
  situations?: Array<string> | string | null | undefined;
  at?: string | null | undefined;
}>;


export type HandoverAnswerQuery = { handoverGuide: { at: string, age: number | null, municipality: { code: string, name: string, officialName: string }, region: { name: string } | null, situations: Array<{ key: string, label: string }>, callNow: Array<{ callNow: boolean, contact: { id: string, kind: ContactKind, name: string, roleTitle: string | null, helpText: string | null, stale: boolean, lastVerifiedAt: string | null, organisation: { name: string }, unit: { name: string } | null, channels: Array<{ kind: ChannelKind, value: string, label: string | null, visibility: Visibility }> }, openingStatus: { openNow: boolean, closesAt: string | null, nextOpensAt: string | null, holiday: string | null } | null }>, entryPoints: Array<{ callNow: boolean, contact: { id: string, kind: ContactKind, name: string, roleTitle: string | null, helpText: string | null, stale: boolean, lastVerifiedAt: string | null, organisation: { name: string }, unit: { name: string } | null, channels: Array<{ kind: ChannelKind, value: string, label: string | null, visibility: Visibility }> }, openingStatus: { openNow: boolean, closesAt: string | null, nextOpensAt: string | null, holiday: string | null } | null }>, regionalEntryPoints: Array<{ callNow: boolean, contact: { id: string, kind: ContactKind, name: string, roleTitle: string | null, helpText: string | null, stale: boolean, lastVerifiedAt: string | null, organisation: { name: string }, unit: { name: string } | null, channels: Array<{ kind: ChannelKind, value: string, label: string | null, visibility: Visibility }> }, openingStatus: { openNow: boolean, closesAt: string | null, nextOpensAt: string | null, holiday: string | null } | null }>, offers: Array<{ id: string, name: string, accessRoute: AccessRoute, ageMin: number | null, ageMax: number | null, helpText: string | null, description: string | null, stale: boolean, lastVerifiedAt: string | null, organisation: { name: string }, channels: Array<{ kind: ChannelKind, value: string, label: string | null, visibility: Visibility }> }>, volunteerOrganisations: Array<{ id: string, name: string, website: string | null, description: string | null, municipality: { code: string } | null }>, themeDays: Array<{ id: string, title: string, startsAt: string, endsAt: string, venue: string | null }> } };

export type SendHandoverSheetMutationVariables = Exact<{
  input: SendHandoverSheetInput;
}>;


export type SendHandoverSheetMutation = { sendHandoverSheet:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'HandoverSheetSent', to: string, staffChannelsIncluded: boolean }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type ImportOrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportOrganisationQuery = { organisation: { id: string, name: string } | null };

export type ImportSpreadsheetMutationVariables = Exact<{
  input: ImportSpreadsheetInput;
}>;


export type ImportSpreadsheetMutation = { importSpreadsheet:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'ImportReport', importId: string | null, dryRun: boolean, applied: boolean, format: string, encoding: string | null, delimiter: string | null, created: number, updated: number, unchanged: number, failed: number, columns: Array<{ header: string, field: ImportField | null }>, rows: Array<{ rowNumber: number, kind: ImportRecordKind, name: string, action: ImportAction, recordId: string | null, changedFields: Array<string> }>, problems: Array<{ rowNumber: number, column: string, message: string }>, warnings: Array<{ rowNumber: number, column: string, message: string }> }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type MyKeyPersonRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyKeyPersonRolesQuery = { myNetworkMemberships: Array<{ id: string, status: MemberStatus, isKeyPerson: boolean }> };

export type KeyPersonApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type KeyPersonApplicationsQuery = { myNetworkMemberships: Array<{ id: string, status: MemberStatus, isKeyPerson: boolean, party: { id: string, name: string }, network: { id: string, name: string, pending: { edges: Array<{ node: { id: string, name: string, email: string, jobTitle: string | null, motivation: string | null, appliedAt: string, status: MemberStatus, isKeyPerson: boolean, inSteeringGroup: boolean, party: { id: string, name: string } } }> } } }> };

export type NetworkOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkOverviewQuery = { networks: { edges: Array<{ node: { id: string, name: string, viewerIsCoordinator: boolean, parties: Array<{ id: string }>, pending: { totalCount: number } } }> } };

export type NetworkAdminQueryVariables = Exact<{
  id: string | number;
}>;


export type NetworkAdminQuery = { network: { id: string, name: string, description: string | null, contactEmail: string | null, coordinators: Array<string>, viewerIsCoordinator: boolean, parties: Array<{ id: string, kind: PartyKind, name: string, joinedOn: string, memberCount: number }>, pending: { edges: Array<{ node: { id: string, name: string, email: string, jobTitle: string | null, motivation: string | null, appliedAt: string, status: MemberStatus, isKeyPerson: boolean, inSteeringGroup: boolean, party: { id: string, name: string } } }> }, approved: { totalCount: number, edges: Array<{ node: { id: string, name: string, email: string, jobTitle: string | null, motivation: string | null, appliedAt: string, status: MemberStatus, isKeyPerson: boolean, inSteeringGroup: boolean, party: { id: string, name: string } } }> } } | null };

export type AdminMemberFragment = { id: string, name: string, email: string, jobTitle: string | null, motivation: string | null, appliedAt: string, status: MemberStatus, isKeyPerson: boolean, inSteeringGroup: boolean, party: { id: string, name: string } };

export type UpdateNetworkMutationVariables = Exact<{
  id: string | number;
  input: UpdateNetworkInput;
}>;


export type UpdateNetworkMutation = { updateNetwork:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'Network', id: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type CreateNetworkMutationVariables = Exact<{
  input: CreateNetworkInput;
}>;


export type CreateNetworkMutation = { createNetwork:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'Network', id: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type ApproveNetworkMemberMutationVariables = Exact<{
  memberId: string | number;
}>;


export type ApproveNetworkMemberMutation = { approveNetworkMember:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NetworkMember' }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type RejectNetworkMemberMutationVariables = Exact<{
  memberId: string | number;
}>;


export type RejectNetworkMemberMutation = { rejectNetworkMember:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NetworkMember' }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type SetMemberRolesMutationVariables = Exact<{
  input: MemberRolesInput;
}>;


export type SetMemberRolesMutation = { setNetworkMemberRoles:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NetworkMember' }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type PartyCandidatesQueryVariables = Exact<{
  sector: Sector;
}>;


export type PartyCandidatesQuery = { organisations: { edges: Array<{ node: { id: string, name: string, units: Array<{ id: string, name: string }> } }> } };

export type AddNetworkPartyMutationVariables = Exact<{
  input: AddPartyInput;
}>;


export type AddNetworkPartyMutation = { addNetworkParty:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NetworkParty' }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type RemoveNetworkPartyMutationVariables = Exact<{
  partyId: string | number;
}>;


export type RemoveNetworkPartyMutation = { removeNetworkParty:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Deleted' }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type SupervisionGroupsQueryVariables = Exact<{
  networkId: string | number;
}>;


export type SupervisionGroupsQuery = { network: { id: string, name: string } | null, supervisionGroups: { edges: Array<{ node: { id: string, name: string, focus: string, status: SupervisionGroupStatus, seatsTaken: number, maxSeats: number, pendingCount: number, waitlistCount: number, sessions: Array<{ id: string, startsAt: string, cancelled: boolean }> } }> } };

export type SupervisionGroupAdminQueryVariables = Exact<{
  id: string | number;
}>;


export type SupervisionGroupAdminQuery = { supervisionGroup: { id: string, name: string, focus: string, description: string | null, facilitatorName: string, facilitatorEmail: string | null, venue: string | null, status: SupervisionGroupStatus, minSeats: number, maxSeats: number, partyCap: number | null, recurrence: string, firstSessionAt: string, sessionMinutes: number, exceptions: Array<string>, seatsTaken: number, sectorCaps: Array<{ sector: Sector, max: number }>, network: { id: string, name: string }, sessions: Array<{ id: string, startsAt: string, endsAt: string, cancelled: boolean, durationMinutes: number, attendance: Array<{ participantId: string, attended: boolean }> }>, participants: Array<{ id: string, status: SupervisionParticipantStatus, appliedAt: string, motivation: string | null, waitlistPosition: number | null, memberId: string, member: { name: string, email: string, party: { name: string } } }> } | null };

export type CreateSupervisionGroupMutationVariables = Exact<{
  input: CreateSupervisionGroupInput;
}>;


export type CreateSupervisionGroupMutation = { createSupervisionGroup:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'SupervisionGroup', id: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type UpdateSupervisionGroupMutationVariables = Exact<{
  id: string | number;
  input: UpdateSupervisionGroupInput;
}>;


export type UpdateSupervisionGroupMutation = { updateSupervisionGroup:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'SupervisionGroup', id: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type DecideSupervisionApplicationMutationVariables = Exact<{
  participantId: string | number;
  approve: boolean;
}>;


export type DecideSupervisionApplicationMutation = { decideSupervisionApplication:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'SupervisionParticipant', status: SupervisionParticipantStatus }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type CancelSupervisionSessionMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type CancelSupervisionSessionMutation = { cancelSupervisionSession:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'SupervisionSession' }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type MarkSupervisionAttendanceMutationVariables = Exact<{
  sessionId: string | number;
  participantIds: Array<string | number> | string | number;
  attended: boolean;
}>;


export type MarkSupervisionAttendanceMutation = { markSupervisionAttendance:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'SupervisionSession' }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type SupervisionHoursQueryVariables = Exact<{
  memberId: string | number;
}>;


export type SupervisionHoursQuery = { supervisionHours: { memberId: string, goalHours: number, sessionsAttended: number, totalHours: number, totalMinutes: number, member: { name: string, jobTitle: string | null, party: { name: string }, network: { id: string, name: string } }, groups: Array<{ groupId: string, groupName: string, focus: string, facilitatorName: string, hours: number, sessionsAttended: number }> } | null };

export type VolunteerOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type VolunteerOrganisationsQuery = { volunteerOrganisations: { edges: Array<{ node: { id: string, name: string, website: string | null, parentOrganisation: { id: string } | null, municipality: { name: string } | null, branches: Array<{ id: string, name: string, municipality: { name: string } | null, hostedThemeDays: Array<{ id: string, title: string, startsAt: string, status: ThemeDayStatus, visibility: ThemeDayVisibility, network: { name: string } }> }>, hostedThemeDays: Array<{ id: string, title: string, startsAt: string, status: ThemeDayStatus, visibility: ThemeDayVisibility, network: { name: string } }> } }> } };

export type HostedDayFragment = { id: string, title: string, startsAt: string, status: ThemeDayStatus, visibility: ThemeDayVisibility, network: { name: string } };

export type ContactPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactPageQuery = { contact: { id: string, name: string, kind: ContactKind, roleTitle: string | null, helpText: string | null, address: string | null, leftAt: string | null, formerNames: Array<string>, lastVerifiedAt: string | null, lastVerifiedBy: string | null, stale: boolean, verificationDue: string, channels: Array<{ kind: ChannelKind, value: string, label: string | null, visibility: Visibility }>, openingStatus: { openNow: boolean, closesAt: string | null, nextOpensAt: string | null, holiday: string | null } | null, openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ day: Weekday, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null, situations: Array<{ key: string, label: string }>, organisation: { id: string, name: string, sector: Sector, municipality: { code: string, name: string } | null, region: { key: string, name: string } | null }, unit: { id: string, name: string } | null, deputy: { id: string, name: string } | null, successor: { id: string, name: string } | null, owner: { kind: OwnerKind, accountId: string | null, unitId: string | null } | null } | null };

export type NetworkNameQueryVariables = Exact<{
  id: string | number;
}>;


export type NetworkNameQuery = { network: { id: string, name: string, parties: Array<{ id: string, organisation: { id: string } }> } | null };

export type NetworkCoverageQueryVariables = Exact<{
  networkId: string | number;
}>;


export type NetworkCoverageQuery = { coverage: { municipalitiesWithGaps: number, summary: { required: number, verified: number, stale: number, missing: number }, municipalities: Array<{ partyIds: Array<string>, municipality: { code: string, name: string }, summary: { required: number, verified: number, stale: number, missing: number }, items: Array<{ status: CoverageStatus, requirement: { id: string, label: string, situationKey: string }, entryPoints: Array<{ stale: boolean, contact: { id: string, name: string } }> }> }> } | null };

export type EditRightsQueryVariables = Exact<{
  organisationId: string | number;
  unitId: string | number;
  withUnit: boolean;
}>;


export type EditRightsQuery = { me: { id: string, displayName: string, grants: Array<{ role: Role, organisationId: string | null, unitId: string | null }> } | null, organisation: { id: string, name: string } | null, unit?: { id: string, parent: { id: string, parent: { id: string, parent: { id: string } | null } | null } | null } | null };

export type RecordPlaceQueryVariables = Exact<{
  contactId: string | number;
  offerId: string | number;
  isContact: boolean;
}>;


export type RecordPlaceQuery = { contact?: { organisation: { id: string }, unit: { id: string } | null, owner: { accountId: string | null } | null } | null, offer?: { organisation: { id: string }, unit: { id: string } | null, owner: { accountId: string | null } | null } | null };

export type SituationLabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type SituationLabelsQuery = { taxonomy: Array<{ key: string, label: string }> };

export type MunicipalityPageQueryVariables = Exact<{
  code: string;
}>;


export type MunicipalityPageQuery = { municipality: { code: string, name: string, officialName: string, region: { key: string, name: string } | null } | null, networks: { edges: Array<{ node: { id: string, name: string, parties: Array<{ organisation: { municipality: { code: string } | null } }> } }> } };

export type MunicipalityEntryPointsQueryVariables = Exact<{
  code: string;
}>;


export type MunicipalityEntryPointsQuery = { handoverGuide: { entryPoints: Array<{ contact: { id: string, name: string, stale: boolean, situations: Array<{ key: string, label: string }>, channels: Array<{ kind: ChannelKind, value: string, label: string | null, visibility: Visibility }> }, openingStatus: { openNow: boolean, closesAt: string | null, nextOpensAt: string | null, holiday: string | null } | null }>, volunteerOrganisations: Array<{ id: string, name: string }> } };

export type OfferPageQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferPageQuery = { offer: { id: string, name: string, description: string | null, helpText: string | null, notFor: string | null, status: OfferStatus, accessRoute: AccessRoute, referredBy: string | null, decidedBy: string | null, holdsAuthority: boolean, ageMin: number | null, ageMax: number | null, cost: string | null, capacity: string | null, waitingTime: string | null, startsOn: string | null, endsOn: string | null, address: string | null, languages: Array<string>, lastVerifiedAt: string | null, lastVerifiedBy: string | null, stale: boolean, verificationDue: string, legalBasis: Array<{ act: string, section: string | null }>, municipalities: Array<{ code: string, name: string }>, channels: Array<{ kind: ChannelKind, value: string, label: string | null, visibility: Visibility }>, openingStatus: { openNow: boolean, closesAt: string | null, nextOpensAt: string | null, holiday: string | null } | null, openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ day: Weekday, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null, situations: Array<{ key: string, label: string }>, problemTags: Array<{ key: string, label: string }>, organisation: { id: string, name: string, sector: Sector, municipality: { code: string, name: string } | null, region: { key: string, name: string } | null }, unit: { id: string, name: string } | null, owner: { kind: OwnerKind, accountId: string | null, unitId: string | null } | null } | null };

export type OrganisationUnitsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationUnitsQuery = { units: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, kind: UnitKind, parent: { id: string } | null } }> }, contacts: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, stale: boolean, unit: { id: string } | null, channels: Array<{ kind: ChannelKind, value: string, label: string | null, visibility: Visibility }>, openingStatus: { openNow: boolean, closesAt: string | null, nextOpensAt: string | null, holiday: string | null } | null } }> }, offers: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, stale: boolean, unit: { id: string } | null, channels: Array<{ kind: ChannelKind, value: string, label: string | null, visibility: Visibility }>, openingStatus: { openNow: boolean, closesAt: string | null, nextOpensAt: string | null, holiday: string | null } | null } }> } };

export type OrganisationPageQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationPageQuery = { organisation: { id: string, name: string, sector: Sector, description: string | null, address: string | null, website: string | null, municipality: { code: string, name: string } | null, region: { key: string, name: string } | null, parentOrganisation: { id: string, name: string } | null, branches: Array<{ id: string, name: string, municipality: { code: string, name: string } | null }>, hostedThemeDays: Array<{ id: string, title: string, startsAt: string, venue: string | null, status: ThemeDayStatus }> } | null };

export type RegionPageQueryVariables = Exact<{
  key: string;
}>;


export type RegionPageQuery = { region: { key: string, code: string | null, name: string, validFrom: string, validTo: string | null, succeededBy: { key: string, name: string } | null, municipalities: Array<{ code: string, name: string }> } | null };

export type RegionalOrganisationsQueryVariables = Exact<{
  key: string;
}>;


export type RegionalOrganisationsQuery = { organisations: { edges: Array<{ node: { id: string, name: string } }> } };

export type ThemeDayPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ThemeDayPageQuery = { me: { displayName: string, email: string } | null, themeDay: { id: string, title: string, topic: string, description: string | null, kind: ThemeDayKind, status: ThemeDayStatus, cancellationReason: string | null, startsAt: string, endsAt: string, venue: string | null, onlineUrl: string | null, audience: Array<string>, capacity: number, seatsLeft: number, waitlistCount: number, registrationOpen: boolean, registrationOpensAt: string | null, registrationClosesAt: string | null, visibility: ThemeDayVisibility, programme: Array<{ startsAt: string, endsAt: string | null, title: string, speaker: string | null }>, hostOrganisation: { id: string, name: string, sector: Sector } | null, network: { id: string, name: string }, myRegistration: { status: RegistrationStatus, waitlistPosition: number | null } | null } | null };

export type RegisterForThemeDayMutationVariables = Exact<{
  input: RegisterForThemeDayInput;
}>;


export type RegisterForThemeDayMutation = { registerForThemeDay:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ThemeDayRegistration', status: RegistrationStatus, waitlistPosition: number | null, email: string | null }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type EditableChannelFragment = { id: string, kind: ChannelKind, value: string, label: string | null, visibility: Visibility };

type OfferChannelsAnswer_ConflictError_Fragment = { __typename: 'ConflictError', code: string, message: string };

type OfferChannelsAnswer_ForbiddenError_Fragment = { __typename: 'ForbiddenError', code: string, message: string };

type OfferChannelsAnswer_NotFoundError_Fragment = { __typename: 'NotFoundError', code: string, message: string };

type OfferChannelsAnswer_Offer_Fragment = { __typename: 'Offer', channels: Array<{ id: string, kind: ChannelKind, value: string, label: string | null, visibility: Visibility }> };

type OfferChannelsAnswer_ValidationError_Fragment = { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> };

export type OfferChannelsAnswerFragment =
  | OfferChannelsAnswer_ConflictError_Fragment
  | OfferChannelsAnswer_ForbiddenError_Fragment
  | OfferChannelsAnswer_NotFoundError_Fragment
  | OfferChannelsAnswer_Offer_Fragment
  | OfferChannelsAnswer_ValidationError_Fragment
;

type ContactChannelsAnswer_ConflictError_Fragment = { __typename: 'ConflictError', code: string, message: string };

type ContactChannelsAnswer_Contact_Fragment = { __typename: 'Contact', channels: Array<{ id: string, kind: ChannelKind, value: string, label: string | null, visibility: Visibility }> };

type ContactChannelsAnswer_ForbiddenError_Fragment = { __typename: 'ForbiddenError', code: string, message: string };

type ContactChannelsAnswer_NotFoundError_Fragment = { __typename: 'NotFoundError', code: string, message: string };

type ContactChannelsAnswer_ValidationError_Fragment = { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> };

export type ContactChannelsAnswerFragment =
  | ContactChannelsAnswer_ConflictError_Fragment
  | ContactChannelsAnswer_Contact_Fragment
  | ContactChannelsAnswer_ForbiddenError_Fragment
  | ContactChannelsAnswer_NotFoundError_Fragment
  | ContactChannelsAnswer_ValidationError_Fragment
;

export type AddOfferChannelMutationVariables = Exact<{
  offerId: string | number;
  input: ChannelInput;
}>;


export type AddOfferChannelMutation = { addOfferChannel:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Offer', channels: Array<{ id: string, kind: ChannelKind, value: string, label: string | null, visibility: Visibility }> }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type UpdateOfferChannelMutationVariables = Exact<{
  offerId: string | number;
  channelId: string | number;
  input: ChannelInput;
}>;


export type UpdateOfferChannelMutation = { updateOfferChannel:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Offer', channels: Array<{ id: string, kind: ChannelKind, value: string, label: string | null, visibility: Visibility }> }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type RemoveOfferChannelMutationVariables = Exact<{
  offerId: string | number;
  channelId: string | number;
}>;


export type RemoveOfferChannelMutation = { removeOfferChannel:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Offer', channels: Array<{ id: string, kind: ChannelKind, value: string, label: string | null, visibility: Visibility }> }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type AddContactChannelMutationVariables = Exact<{
  contactId: string | number;
  input: ChannelInput;
}>;


export type AddContactChannelMutation = { addContactChannel:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Contact', channels: Array<{ id: string, kind: ChannelKind, value: string, label: string | null, visibility: Visibility }> }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type UpdateContactChannelMutationVariables = Exact<{
  contactId: string | number;
  channelId: string | number;
  input: ChannelInput;
}>;


export type UpdateContactChannelMutation = { updateContactChannel:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Contact', channels: Array<{ id: string, kind: ChannelKind, value: string, label: string | null, visibility: Visibility }> }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type RemoveContactChannelMutationVariables = Exact<{
  contactId: string | number;
  channelId: string | number;
}>;


export type RemoveContactChannelMutation = { removeContactChannel:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Contact', channels: Array<{ id: string, kind: ChannelKind, value: string, label: string | null, visibility: Visibility }> }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type DeleteOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteOfferMutation = { deleteOffer:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Deleted' }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type DeleteContactMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteContactMutation = { deleteContact:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Deleted' }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type DeleteUnitMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteUnitMutation = { deleteUnit:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Deleted' }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type DeleteOrganisationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteOrganisationMutation = { deleteOrganisation:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Deleted' }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type DeletionPreviewQueryVariables = Exact<{
  id: string | number;
}>;


export type DeletionPreviewQuery = { deletionPreview: { id: string, name: string, goes: Array<{ key: string, label: string, count: number }>, blockedBy: Array<{ key: string, label: string, count: number }> } | null };

export type OfferEditQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferEditQuery = { offer: { id: string, name: string, description: string | null, helpText: string | null, ageMin: number | null, ageMax: number | null, waitingTime: string | null, cost: string | null, address: string | null, openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null, organisation: { id: string }, unit: { id: string } | null, owner: { kind: OwnerKind, accountId: string | null, unitId: string | null } | null, channels: Array<{ id: string, kind: ChannelKind, value: string, label: string | null, visibility: Visibility }> } | null };

export type ContactEditQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactEditQuery = { contact: { id: string, name: string, roleTitle: string | null, helpText: string | null, deputy: { id: string } | null, openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null, organisation: { id: string }, unit: { id: string } | null, owner: { kind: OwnerKind, accountId: string | null, unitId: string | null } | null, channels: Array<{ id: string, kind: ChannelKind, value: string, label: string | null, visibility: Visibility }> } | null };

export type UpdateOfferFieldsMutationVariables = Exact<{
  id: string | number;
  input: UpdateOfferInput;
}>;


export type UpdateOfferFieldsMutation = { updateOffer:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Offer' }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type UpdateContactFieldsMutationVariables = Exact<{
  id: string | number;
  input: UpdateContactInput;
}>;


export type UpdateContactFieldsMutation = { updateContact:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Contact' }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type CreateContactFormMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type CreateContactFormMutation = { createContact:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Contact', id: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

type ContactHoursAnswer_ConflictError_Fragment = { __typename: 'ConflictError', code: string, message: string };

type ContactHoursAnswer_Contact_Fragment = { __typename: 'Contact', openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null };

type ContactHoursAnswer_ForbiddenError_Fragment = { __typename: 'ForbiddenError', code: string, message: string };

type ContactHoursAnswer_NotFoundError_Fragment = { __typename: 'NotFoundError', code: string, message: string };

type ContactHoursAnswer_ValidationError_Fragment = { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> };

export type ContactHoursAnswerFragment =
  | ContactHoursAnswer_ConflictError_Fragment
  | ContactHoursAnswer_Contact_Fragment
  | ContactHoursAnswer_ForbiddenError_Fragment
  | ContactHoursAnswer_NotFoundError_Fragment
  | ContactHoursAnswer_ValidationError_Fragment
;

export type AddContactWeeklyHoursMutationVariables = Exact<{
  contactId: string | number;
  input: WeeklyHoursInput;
}>;


export type AddContactWeeklyHoursMutation = { addContactWeeklyHours:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Contact', openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type UpdateContactWeeklyHoursMutationVariables = Exact<{
  contactId: string | number;
  weeklyHoursId: string | number;
  input: WeeklyHoursInput;
}>;


export type UpdateContactWeeklyHoursMutation = { updateContactWeeklyHours:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Contact', openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type RemoveContactWeeklyHoursMutationVariables = Exact<{
  contactId: string | number;
  weeklyHoursId: string | number;
}>;


export type RemoveContactWeeklyHoursMutation = { removeContactWeeklyHours:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Contact', openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type AddContactHoursExceptionMutationVariables = Exact<{
  contactId: string | number;
  input: HoursExceptionInput;
}>;


export type AddContactHoursExceptionMutation = { addContactHoursException:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Contact', openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type UpdateContactHoursExceptionMutationVariables = Exact<{
  contactId: string | number;
  exceptionId: string | number;
  input: HoursExceptionInput;
}>;


export type UpdateContactHoursExceptionMutation = { updateContactHoursException:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Contact', openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type RemoveContactHoursExceptionMutationVariables = Exact<{
  contactId: string | number;
  exceptionId: string | number;
}>;


export type RemoveContactHoursExceptionMutation = { removeContactHoursException:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Contact', openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type SetContactHoursSettingsMutationVariables = Exact<{
  contactId: string | number;
  input: HoursSettingsInput;
}>;


export type SetContactHoursSettingsMutation = { setContactHoursSettings:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Contact', openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type EditableHoursFragment = { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> };

type OfferHoursAnswer_ConflictError_Fragment = { __typename: 'ConflictError', code: string, message: string };

type OfferHoursAnswer_ForbiddenError_Fragment = { __typename: 'ForbiddenError', code: string, message: string };

type OfferHoursAnswer_NotFoundError_Fragment = { __typename: 'NotFoundError', code: string, message: string };

type OfferHoursAnswer_Offer_Fragment = { __typename: 'Offer', openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null };

type OfferHoursAnswer_ValidationError_Fragment = { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> };

export type OfferHoursAnswerFragment =
  | OfferHoursAnswer_ConflictError_Fragment
  | OfferHoursAnswer_ForbiddenError_Fragment
  | OfferHoursAnswer_NotFoundError_Fragment
  | OfferHoursAnswer_Offer_Fragment
  | OfferHoursAnswer_ValidationError_Fragment
;

export type AddOfferWeeklyHoursMutationVariables = Exact<{
  offerId: string | number;
  input: WeeklyHoursInput;
}>;


export type AddOfferWeeklyHoursMutation = { addOfferWeeklyHours:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Offer', openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type UpdateOfferWeeklyHoursMutationVariables = Exact<{
  offerId: string | number;
  weeklyHoursId: string | number;
  input: WeeklyHoursInput;
}>;


export type UpdateOfferWeeklyHoursMutation = { updateOfferWeeklyHours:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Offer', openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type RemoveOfferWeeklyHoursMutationVariables = Exact<{
  offerId: string | number;
  weeklyHoursId: string | number;
}>;


export type RemoveOfferWeeklyHoursMutation = { removeOfferWeeklyHours:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Offer', openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type AddOfferHoursExceptionMutationVariables = Exact<{
  offerId: string | number;
  input: HoursExceptionInput;
}>;


export type AddOfferHoursExceptionMutation = { addOfferHoursException:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Offer', openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type UpdateOfferHoursExceptionMutationVariables = Exact<{
  offerId: string | number;
  exceptionId: string | number;
  input: HoursExceptionInput;
}>;


export type UpdateOfferHoursExceptionMutation = { updateOfferHoursException:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Offer', openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type RemoveOfferHoursExceptionMutationVariables = Exact<{
  offerId: string | number;
  exceptionId: string | number;
}>;


export type RemoveOfferHoursExceptionMutation = { removeOfferHoursException:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Offer', openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type SetOfferHoursSettingsMutationVariables = Exact<{
  offerId: string | number;
  input: HoursSettingsInput;
}>;


export type SetOfferHoursSettingsMutation = { setOfferHoursSettings:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Offer', openingHours: { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ id: string, day: Weekday, opens: string, closes: string }>, exceptions: Array<{ id: string, date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> } | null }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type OwnershipChoicesQueryVariables = Exact<{
  organisationId: string | number;
  unitId?: string | number | null | undefined;
}>;


export type OwnershipChoicesQuery = { me: { id: string, displayName: string } | null, recordEditors: Array<{ id: string, displayName: string }> | null, organisation: { id: string, name: string, units: Array<{ id: string, name: string }> } | null, contacts: { edges: Array<{ node: { id: string, name: string } }> } };

export type SetOfferOwnerMutationVariables = Exact<{
  id: string | number;
  input: UpdateOfferInput;
}>;


export type SetOfferOwnerMutation = { updateOffer:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Offer' }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type SetContactOwnerMutationVariables = Exact<{
  id: string | number;
  input: UpdateContactInput;
}>;


export type SetContactOwnerMutation = { updateContact:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Contact' }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type RecordTrustFieldsFragment = { lastVerifiedAt: string | null, lastVerifiedBy: string | null, stale: boolean, verificationDue: string, owner: { kind: OwnerKind, accountId: string | null, unitId: string | null } | null };

export type OfferTrustFieldsFragment = { lastVerifiedAt: string | null, lastVerifiedBy: string | null, stale: boolean, verificationDue: string, owner: { kind: OwnerKind, accountId: string | null, unitId: string | null } | null };

export type HoursFieldsFragment = { alwaysOpen: boolean, openOnHolidays: boolean, note: string | null, weekly: Array<{ day: Weekday, opens: string, closes: string }>, exceptions: Array<{ date: string, closed: boolean, opens: string | null, closes: string | null, note: string | null }> };

export type PlaceFieldsFragment = { id: string, name: string, sector: Sector, municipality: { code: string, name: string } | null, region: { key: string, name: string } | null };

export type CoordinatorRightsQueryVariables = Exact<{ [key: string]: never; }>;


export type CoordinatorRightsQuery = { me: { id: string, grants: Array<{ role: Role, networkId: string | null }> } | null };

export type CoordinatedNetworksQueryVariables = Exact<{ [key: string]: never; }>;


export type CoordinatedNetworksQuery = { networks: { edges: Array<{ node: { id: string, name: string } }> } };

export type CoordinatedThemeDaysQueryVariables = Exact<{ [key: string]: never; }>;


export type CoordinatedThemeDaysQuery = { themeDays: { edges: Array<{ node: { id: string, title: string, status: ThemeDayStatus, startsAt: string, capacity: number, seatsTaken: number, waitlistCount: number, network: { id: string, name: string } } }> } };

export type ThemeDayAdminQueryVariables = Exact<{
  id: string | number;
}>;


export type ThemeDayAdminQuery = { themeDay: { id: string, title: string, topic: string, description: string | null, kind: ThemeDayKind, status: ThemeDayStatus, cancellationReason: string | null, startsAt: string, endsAt: string, venue: string | null, onlineUrl: string | null, capacity: number, seatsTaken: number, waitlistCount: number, registrationOpensAt: string | null, registrationClosesAt: string | null, visibility: ThemeDayVisibility, network: { id: string, name: string }, registrations: Array<{ id: string, name: string | null, email: string | null, workplace: string | null, status: RegistrationStatus, registeredAt: string, waitlistPosition: number | null, attended: boolean | null }> | null } | null };

export type CreateThemeDayMutationVariables = Exact<{
  input: CreateThemeDayInput;
}>;


export type CreateThemeDayMutation = { createThemeDay:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ThemeDay', id: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type UpdateThemeDayMutationVariables = Exact<{
  id: string | number;
  input: UpdateThemeDayInput;
}>;


export type UpdateThemeDayMutation = { updateThemeDay:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ThemeDay', id: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type CancelThemeDayMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type CancelThemeDayMutation = { cancelThemeDay:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ThemeDay', id: string, status: ThemeDayStatus }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type CancelRegistrationOnBehalfMutationVariables = Exact<{
  registrationId: string | number;
}>;


export type CancelRegistrationOnBehalfMutation = { cancelThemeDayRegistrationOnBehalf:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ThemeDayRegistration', id: string, status: RegistrationStatus }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type MarkThemeDayAttendanceMutationVariables = Exact<{
  themeDayId: string | number;
  registrationIds: Array<string | number> | string | number;
  attended: boolean;
}>;


export type MarkThemeDayAttendanceMutation = { markThemeDayAttendance:
    | { __typename: 'AttendanceMarked', registrations: Array<{ id: string, attended: boolean | null }> }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type RecordHistoryQueryVariables = Exact<{
  id: string | number;
  isContact: boolean;
}>;


export type RecordHistoryQuery = { contact?: { id: string, name: string } | null, offer?: { id: string, name: string } | null, history: Array<{ id: string, action: AuditAction, occurredAt: string, accountId: string | null, accountName: string | null, changes: Array<{ field: string, before: string | null, after: string | null }> }> };

export type MyGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGrantsQuery = { me: { id: string, displayName: string, grants: Array<{ role: Role, organisationId: string | null, unitId: string | null, networkId: string | null }> } | null, myNetworkMemberships: Array<{ id: string, status: MemberStatus, network: { id: string, name: string } }> };

export type UpkeepPlacesQueryVariables = Exact<{
  all: boolean;
}>;


export type UpkeepPlacesQuery = { organisations?: { edges: Array<{ node: { id: string, name: string } }> }, networks?: { edges: Array<{ node: { id: string, name: string } }> } };

export type PlaceNameQueryVariables = Exact<{
  organisationId: string | number;
  networkId: string | number;
  isOrganisation: boolean;
}>;


export type PlaceNameQuery = { organisation?: { id: string, name: string } | null, network?: { id: string, name: string } | null };

export type VerificationQueueQueryVariables = Exact<{
  organisationId: string | number;
  withinDays: number;
}>;


export type VerificationQueueQuery = { organisation: { id: string, name: string } | null, me: { id: string, displayName: string } | null, verificationQueue: { totalCount: number, edges: Array<{ node: { id: string, recordType: VerifiableRecordType, name: string, overdue: boolean, verificationDue: string, lastVerifiedAt: string | null, escalatedAt: string | null, owner: { kind: OwnerKind } } }> } };

export type VerifyContactStillMutationVariables = Exact<{
  input: VerifyInput;
}>;


export type VerifyContactStillMutation = { verifyContact:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'Contact' }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type VerifyOfferStillMutationVariables = Exact<{
  input: VerifyInput;
}>;


export type VerifyOfferStillMutation = { verifyOffer:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'Offer' }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type TurnoverPeopleQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type TurnoverPeopleQuery = { organisation: { id: string, name: string } | null, contacts: { edges: Array<{ node: { id: string, name: string, kind: ContactKind, roleTitle: string | null, owner: { kind: OwnerKind, accountId: string | null } | null } }> } };

export type HandOverPreviewQueryVariables = Exact<{
  input: HandOverRolesInput;
}>;


export type HandOverPreviewQuery = { handOverRolesPreview:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'RoleHandover', coordinatorsNotified: number, welcomed: boolean, situationsAdded: Array<string>, leaving: { id: string, name: string }, successor: { id: string, name: string }, deputiesRedirected: Array<{ id: string, name: string }>, contactsMoved: Array<{ id: string, name: string }>, offersMoved: Array<{ id: string, name: string }>, grants: Array<{ role: Role, moved: boolean }>, memberships: Array<{ networkName: string, keyPerson: boolean, steeringGroup: boolean, newMembership: boolean }> }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type HandOverRolesNowMutationVariables = Exact<{
  input: HandOverRolesInput;
}>;


export type HandOverRolesNowMutation = { handOverRoles:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'RoleHandover', coordinatorsNotified: number, welcomed: boolean, situationsAdded: Array<string>, leaving: { id: string, name: string }, successor: { id: string, name: string }, deputiesRedirected: Array<{ id: string, name: string }>, contactsMoved: Array<{ id: string, name: string }>, offersMoved: Array<{ id: string, name: string }>, grants: Array<{ role: Role, moved: boolean }>, memberships: Array<{ networkName: string, keyPerson: boolean, steeringGroup: boolean, newMembership: boolean }> }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

type HandOverOutcome_ConflictError_Fragment = { __typename: 'ConflictError', code: string, message: string };

type HandOverOutcome_ForbiddenError_Fragment = { __typename: 'ForbiddenError', code: string, message: string };

type HandOverOutcome_NotFoundError_Fragment = { __typename: 'NotFoundError', code: string, message: string };

type HandOverOutcome_RoleHandover_Fragment = { __typename: 'RoleHandover', coordinatorsNotified: number, welcomed: boolean, situationsAdded: Array<string>, leaving: { id: string, name: string }, successor: { id: string, name: string }, deputiesRedirected: Array<{ id: string, name: string }>, contactsMoved: Array<{ id: string, name: string }>, offersMoved: Array<{ id: string, name: string }>, grants: Array<{ role: Role, moved: boolean }>, memberships: Array<{ networkName: string, keyPerson: boolean, steeringGroup: boolean, newMembership: boolean }> };

type HandOverOutcome_ValidationError_Fragment = { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> };

export type HandOverOutcomeFragment =
  | HandOverOutcome_ConflictError_Fragment
  | HandOverOutcome_ForbiddenError_Fragment
  | HandOverOutcome_NotFoundError_Fragment
  | HandOverOutcome_RoleHandover_Fragment
  | HandOverOutcome_ValidationError_Fragment
;

export type ChannelFieldsFragment = { kind: ChannelKind, value: string, label: string | null, visibility: Visibility };

export type StatusFieldsFragment = { openNow: boolean, closesAt: string | null, nextOpensAt: string | null, holiday: string | null };

type MutationFailure_AuthenticationError_Fragment = { code: string, message: string };

type MutationFailure_ConflictError_Fragment = { code: string, message: string };

type MutationFailure_ForbiddenError_Fragment = { code: string, message: string };

type MutationFailure_NotFoundError_Fragment = { code: string, message: string };

type MutationFailure_ValidationError_Fragment = { code: string, message: string, fieldErrors: Array<{ path: string, message: string }> };

export type MutationFailureFragment =
  | MutationFailure_AuthenticationError_Fragment
  | MutationFailure_ConflictError_Fragment
  | MutationFailure_ForbiddenError_Fragment
  | MutationFailure_NotFoundError_Fragment
  | MutationFailure_ValidationError_Fragment
;

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ChannelFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChannelFields on Channel {
  kind
  value
  label
  visibility
}
    `, {"fragmentName":"ChannelFields"}) as unknown as TypedDocumentString<ChannelFieldsFragment, unknown>;
export const StatusFieldsFragmentDoc = new TypedDocumentString(`
    fragment StatusFields on OpeningStatus {
  openNow
  closesAt
  nextOpensAt
  holiday
}
    `, {"fragmentName":"StatusFields"}) as unknown as TypedDocumentString<StatusFieldsFragment, unknown>;
export const EntryPointFieldsFragmentDoc = new TypedDocumentString(`
    fragment EntryPointFields on HandoverEntryPoint {
  callNow
  contact {
    id
    kind
    name
    roleTitle
    helpText
    stale
    lastVerifiedAt
    organisation {
      name
    }
    unit {
      name
    }
    channels {
      ...ChannelFields
    }
  }
  openingStatus {
    ...StatusFields
  }
}
    fragment ChannelFields on Channel {
  kind
  value
  label
  visibility
}
fragment StatusFields on OpeningStatus {
  openNow
  closesAt
  nextOpensAt
  holiday
}`, {"fragmentName":"EntryPointFields"}) as unknown as TypedDocumentString<EntryPointFieldsFragment, unknown>;
export const AdminMemberFragmentDoc = new TypedDocumentString(`
    fragment AdminMember on NetworkMember {
  id
  name
  email
  jobTitle
  motivation
  appliedAt
  status
  isKeyPerson
  inSteeringGroup
  party {
    id
    name
  }
}
    `, {"fragmentName":"AdminMember"}) as unknown as TypedDocumentString<AdminMemberFragment, unknown>;
export const HostedDayFragmentDoc = new TypedDocumentString(`
    fragment HostedDay on ThemeDay {
  id
  title
  startsAt
  status
  visibility
  network {
    name
  }
}
    `, {"fragmentName":"HostedDay"}) as unknown as TypedDocumentString<HostedDayFragment, unknown>;
export const EditableChannelFragmentDoc = new TypedDocumentString(`
    fragment EditableChannel on Channel {
  id
  kind
  value
  label
  visibility
}
    `, {"fragmentName":"EditableChannel"}) as unknown as TypedDocumentString<EditableChannelFragment, unknown>;
export const MutationFailureFragmentDoc = new TypedDocumentString(`
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}
    `, {"fragmentName":"MutationFailure"}) as unknown as TypedDocumentString<MutationFailureFragment, unknown>;
export const OfferChannelsAnswerFragmentDoc = new TypedDocumentString(`
    fragment OfferChannelsAnswer on OfferResult {
  __typename
  ... on Offer {
    channels {
      ...EditableChannel
    }
  }
  ...MutationFailure
}
    fragment EditableChannel on Channel {
  id
  kind
  value
  label
  visibility
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`, {"fragmentName":"OfferChannelsAnswer"}) as unknown as TypedDocumentString<OfferChannelsAnswerFragment, unknown>;
export const ContactChannelsAnswerFragmentDoc = new TypedDocumentString(`
    fragment ContactChannelsAnswer on ContactResult {
  __typename
  ... on Contact {
    channels {
      ...EditableChannel
    }
  }
  ...MutationFailure
}
    fragment EditableChannel on Channel {
  id
  kind
  value
  label
  visibility
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`, {"fragmentName":"ContactChannelsAnswer"}) as unknown as TypedDocumentString<ContactChannelsAnswerFragment, unknown>;
export const EditableHoursFragmentDoc = new TypedDocumentString(`
    fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}
    `, {"fragmentName":"EditableHours"}) as unknown as TypedDocumentString<EditableHoursFragment, unknown>;
export const ContactHoursAnswerFragmentDoc = new TypedDocumentString(`
    fragment ContactHoursAnswer on ContactResult {
  __typename
  ... on Contact {
    openingHours {
      ...EditableHours
    }
  }
  ...MutationFailure
}
    fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`, {"fragmentName":"ContactHoursAnswer"}) as unknown as TypedDocumentString<ContactHoursAnswerFragment, unknown>;
export const OfferHoursAnswerFragmentDoc = new TypedDocumentString(`
    fragment OfferHoursAnswer on OfferResult {
  __typename
  ... on Offer {
    openingHours {
      ...EditableHours
    }
  }
  ...MutationFailure
}
    fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`, {"fragmentName":"OfferHoursAnswer"}) as unknown as TypedDocumentString<OfferHoursAnswerFragment, unknown>;
export const RecordTrustFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecordTrustFields on Contact {
  lastVerifiedAt
  lastVerifiedBy
  stale
  verificationDue
  owner {
    kind
    accountId
    unitId
  }
}
    `, {"fragmentName":"RecordTrustFields"}) as unknown as TypedDocumentString<RecordTrustFieldsFragment, unknown>;
export const OfferTrustFieldsFragmentDoc = new TypedDocumentString(`
    fragment OfferTrustFields on Offer {
  lastVerifiedAt
  lastVerifiedBy
  stale
  verificationDue
  owner {
    kind
    accountId
    unitId
  }
}
    `, {"fragmentName":"OfferTrustFields"}) as unknown as TypedDocumentString<OfferTrustFieldsFragment, unknown>;
export const HoursFieldsFragmentDoc = new TypedDocumentString(`
    fragment HoursFields on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    day
    opens
    closes
  }
  exceptions {
    date
    closed
    opens
    closes
    note
  }
}
    `, {"fragmentName":"HoursFields"}) as unknown as TypedDocumentString<HoursFieldsFragment, unknown>;
export const PlaceFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlaceFields on Organisation {
  id
  name
  sector
  municipality {
    code
    name
  }
  region {
    key
    name
  }
}
    `, {"fragmentName":"PlaceFields"}) as unknown as TypedDocumentString<PlaceFieldsFragment, unknown>;
export const HandOverOutcomeFragmentDoc = new TypedDocumentString(`
    fragment HandOverOutcome on HandOverRolesResult {
  __typename
  ...MutationFailure
  ... on RoleHandover {
    coordinatorsNotified
    welcomed
    situationsAdded
    leaving {
      id
      name
    }
    successor {
      id
      name
    }
    deputiesRedirected {
      id
      name
    }
    contactsMoved {
      id
      name
    }
    offersMoved {
      id
      name
    }
    grants {
      role
      moved
    }
    memberships {
      networkName
      keyPerson
      steeringGroup
      newMembership
    }
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`, {"fragmentName":"HandOverOutcome"}) as unknown as TypedDocumentString<HandOverOutcomeFragment, unknown>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: RedeemLinkInput!) {
  acceptInvitation(input: $input) {
    __typename
    ... on Session {
      refreshToken
      account {
        email
      }
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: RedeemLinkInput!) {
  resetPassword(input: $input) {
    __typename
    ... on Session {
      refreshToken
      account {
        email
      }
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const EndLinkSessionDocument = new TypedDocumentString(`
    mutation EndLinkSession($input: RefreshTokenInput!) {
  signOut(input: $input) {
    sessions
  }
}
    `) as unknown as TypedDocumentString<EndLinkSessionMutation, EndLinkSessionMutationVariables>;
export const MyAccountDocument = new TypedDocumentString(`
    query MyAccount {
  me {
    id
    displayName
    email
    jobTitle
    workPhone
    organisationId
    status
    createdAt
    lastSignInAt
    grants {
      role
      organisationId
      unitId
      networkId
    }
  }
}
    `) as unknown as TypedDocumentString<MyAccountQuery, MyAccountQueryVariables>;
export const MyDataDocument = new TypedDocumentString(`
    query MyData {
  me {
    id
    displayName
    email
    jobTitle
    workPhone
    organisationId
    status
    createdAt
    lastSignInAt
    grants {
      role
      organisationId
      unitId
      networkId
    }
  }
  myNetworkMemberships {
    id
    status
    name
    email
    jobTitle
    motivation
    appliedAt
    decidedAt
    isKeyPerson
    inSteeringGroup
    network {
      id
      name
    }
  }
  myThemeDayRegistrations {
    id
    themeDayId
    themeDayTitle
    themeDayStartsAt
    networkName
    name
    email
    workplace
    status
    registeredAt
    cancelledAt
    attended
  }
  mySupervisionParticipations {
    id
    groupId
    groupName
    networkName
    status
    motivation
    appliedAt
    decidedAt
  }
  mySupervisionHours {
    memberId
    totalHours
    goalHours
    sessionsAttended
    groups {
      groupId
      groupName
      sessionsAttended
      hours
    }
  }
  myAuditEvents(first: 100) {
    totalCount
    edges {
      node {
        id
        occurredAt
        entityType
        entityId
        action
        changes {
          field
          before
          after
        }
      }
    }
  }
  myChangeSubscriptions {
    id
    createdAt
    lastSentAt
    municipalityCodes
    network {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MyDataQuery, MyDataQueryVariables>;
export const UpdateMyProfileDocument = new TypedDocumentString(`
    mutation UpdateMyProfile($input: MyProfileInput!) {
  updateMyProfile(input: $input) {
    __typename
    ... on Account {
      id
      displayName
      jobTitle
      workPhone
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const EraseMyAccountDocument = new TypedDocumentString(`
    mutation EraseMyAccount($id: ID!) {
  eraseAccount(id: $id) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<EraseMyAccountMutation, EraseMyAccountMutationVariables>;
export const MyAuditEventsDocument = new TypedDocumentString(`
    query MyAuditEvents($after: String) {
  myAuditEvents(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        occurredAt
        entityType
        entityId
        action
        changes {
          field
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyAuditEventsQuery, MyAuditEventsQueryVariables>;
export const MailLogDocument = new TypedDocumentString(`
    query MailLog($status: MailStatus, $first: Int, $after: String) {
  mailMessages(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        template
        subject
        recipients
        status
        attempts
        maxAttempts
        lastError
        createdAt
        sentAt
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MailLogQuery, MailLogQueryVariables>;
export const SynonymGroupsDocument = new TypedDocumentString(`
    query SynonymGroups {
  synonymGroups {
    id
    terms
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SynonymGroupsQuery, SynonymGroupsQueryVariables>;
export const CreateSynonymGroupDocument = new TypedDocumentString(`
    mutation CreateSynonymGroup($input: SynonymGroupInput!) {
  createSynonymGroup(input: $input) {
    __typename
    ... on SynonymGroup {
      id
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<CreateSynonymGroupMutation, CreateSynonymGroupMutationVariables>;
export const DeleteSynonymGroupDocument = new TypedDocumentString(`
    mutation DeleteSynonymGroup($id: ID!) {
  deleteSynonymGroup(id: $id) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<DeleteSynonymGroupMutation, DeleteSynonymGroupMutationVariables>;
export const RetryMailDocument = new TypedDocumentString(`
    mutation RetryMail($id: ID!) {
  retryMail(id: $id) {
    __typename
    ... on MailMessage {
      id
      status
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<RetryMailMutation, RetryMailMutationVariables>;
export const AdminRightsDocument = new TypedDocumentString(`
    query AdminRights {
  me {
    id
    grants {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AdminRightsQuery, AdminRightsQueryVariables>;
export const AccountsDocument = new TypedDocumentString(`
    query Accounts($filter: AccountFilter, $first: Int, $after: String) {
  accounts(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        displayName
        email
        status
        lastSignInAt
        grants {
          id
          role
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsQuery, AccountsQueryVariables>;
export const AccountAdminDocument = new TypedDocumentString(`
    query AccountAdmin($id: ID!) {
  account(id: $id) {
    id
    displayName
    email
    status
    jobTitle
    workPhone
    organisationId
    createdAt
    lastSignInAt
    grants {
      id
      role
      organisationId
      unitId
      networkId
    }
  }
}
    `) as unknown as TypedDocumentString<AccountAdminQuery, AccountAdminQueryVariables>;
export const ScopeNamesDocument = new TypedDocumentString(`
    query ScopeNames($organisations: OrganisationFilter) {
  organisations(filter: $organisations, first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
  networks(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScopeNamesQuery, ScopeNamesQueryVariables>;
export const AdminOrganisationUnitsDocument = new TypedDocumentString(`
    query AdminOrganisationUnits($organisationId: ID!) {
  units(filter: {organisationId: $organisationId}, first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOrganisationUnitsQuery, AdminOrganisationUnitsQueryVariables>;
export const GrantRoleDocument = new TypedDocumentString(`
    mutation GrantRole($input: GrantRoleInput!) {
  grantRole(input: $input) {
    __typename
    ... on RoleGrant {
      id
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = new TypedDocumentString(`
    mutation RevokeRole($id: ID!) {
  revokeRole(id: $id) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const DeactivateAccountDocument = new TypedDocumentString(`
    mutation DeactivateAccount($id: ID!) {
  deactivateAccount(id: $id) {
    __typename
    ... on Account {
      id
      status
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<DeactivateAccountMutation, DeactivateAccountMutationVariables>;
export const InviteAccountDocument = new TypedDocumentString(`
    mutation InviteAccount($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    __typename
    ... on Account {
      id
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<InviteAccountMutation, InviteAccountMutationVariables>;
export const GrantScopeNameDocument = new TypedDocumentString(`
    query GrantScopeName($organisationId: ID!, $unitId: ID!, $networkId: ID!, $hasOrganisation: Boolean!, $hasUnit: Boolean!, $hasNetwork: Boolean!) {
  organisation(id: $organisationId) @include(if: $hasOrganisation) {
    id
    name
  }
  unit(id: $unitId) @include(if: $hasUnit) {
    id
    name
  }
  network(id: $networkId) @include(if: $hasNetwork) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<GrantScopeNameQuery, GrantScopeNameQueryVariables>;
export const CatalogueRightsDocument = new TypedDocumentString(`
    query CatalogueRights {
  me {
    id
    grants {
      role
      organisationId
      unitId
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueRightsQuery, CatalogueRightsQueryVariables>;
export const OrganisationEditDocument = new TypedDocumentString(`
    query OrganisationEdit($id: ID!) {
  organisation(id: $id) {
    id
    name
    sector
    description
    address
    website
    verificationIntervalDays
    municipality {
      code
    }
    region {
      key
    }
  }
  units(filter: {organisationId: $id}, first: 100) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationEditQuery, OrganisationEditQueryVariables>;
export const UnitEditDocument = new TypedDocumentString(`
    query UnitEdit($id: ID!) {
  unit(id: $id) {
    id
    name
    kind
    description
    address
    organisation {
      id
      name
    }
    parent {
      id
      parent {
        id
        parent {
          id
        }
      }
    }
    children {
      id
    }
    contacts {
      id
    }
    offers {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UnitEditQuery, UnitEditQueryVariables>;
export const CreateOrganisationFormDocument = new TypedDocumentString(`
    mutation CreateOrganisationForm($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    __typename
    ... on Organisation {
      id
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<CreateOrganisationFormMutation, CreateOrganisationFormMutationVariables>;
export const UpdateOrganisationFormDocument = new TypedDocumentString(`
    mutation UpdateOrganisationForm($id: ID!, $input: UpdateOrganisationInput!) {
  updateOrganisation(id: $id, input: $input) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateOrganisationFormMutation, UpdateOrganisationFormMutationVariables>;
export const CreateUnitFormDocument = new TypedDocumentString(`
    mutation CreateUnitForm($input: CreateUnitInput!) {
  createUnit(input: $input) {
    __typename
    ... on Unit {
      id
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<CreateUnitFormMutation, CreateUnitFormMutationVariables>;
export const UpdateUnitFormDocument = new TypedDocumentString(`
    mutation UpdateUnitForm($id: ID!, $input: UpdateUnitInput!) {
  updateUnit(id: $id, input: $input) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateUnitFormMutation, UpdateUnitFormMutationVariables>;
export const AllOrganisationsDocument = new TypedDocumentString(`
    query AllOrganisations {
  organisations(first: 100) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AllOrganisationsQuery, AllOrganisationsQueryVariables>;
export const CreateOfferFormDocument = new TypedDocumentString(`
    mutation CreateOfferForm($input: CreateOfferInput!) {
  createOffer(input: $input) {
    __typename
    ... on Offer {
      id
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<CreateOfferFormMutation, CreateOfferFormMutationVariables>;
export const FindSearchDocument = new TypedDocumentString(`
    query FindSearch($input: SearchInput!) {
  search(input: $input) {
    totalCount
    correctedQuery
    pageInfo {
      hasNextPage
      endCursor
    }
    understood {
      text
      age
      municipalities {
        code
        name
      }
      situations {
        key
        label
      }
    }
    facets {
      field
      values {
        value
        label
        count
      }
    }
    edges {
      cursor
      type
      stale
      openingStatus {
        ...StatusFields
      }
      node {
        __typename
        ... on Contact {
          id
          name
          kind
          roleTitle
          lastVerifiedAt
          channels {
            ...ChannelFields
          }
          organisation {
            name
            municipality {
              name
            }
            region {
              name
            }
          }
        }
        ... on Offer {
          id
          name
          helpText
          lastVerifiedAt
          channels {
            ...ChannelFields
          }
          organisation {
            name
            municipality {
              name
            }
            region {
              name
            }
          }
        }
        ... on Organisation {
          id
          name
          lastVerifiedAt
          municipality {
            name
          }
          region {
            name
          }
        }
        ... on Unit {
          id
          name
          lastVerifiedAt
          organisation {
            id
            name
            municipality {
              name
            }
            region {
              name
            }
          }
        }
      }
    }
  }
}
    fragment ChannelFields on Channel {
  kind
  value
  label
  visibility
}
fragment StatusFields on OpeningStatus {
  openNow
  closesAt
  nextOpensAt
  holiday
}`) as unknown as TypedDocumentString<FindSearchQuery, FindSearchQueryVariables>;
export const FindSuggestDocument = new TypedDocumentString(`
    query FindSuggest($prefix: String!) {
  suggest(prefix: $prefix, first: 8) {
    kind
    label
    code
    detail
  }
}
    `) as unknown as TypedDocumentString<FindSuggestQuery, FindSuggestQueryVariables>;
export const HandoverChoicesDocument = new TypedDocumentString(`
    query HandoverChoices {
  municipalities {
    code
    name
  }
  taxonomy(kind: SITUATION) {
    key
    label
    parentKey
  }
}
    `) as unknown as TypedDocumentString<HandoverChoicesQuery, HandoverChoicesQueryVariables>;
export const HandoverAnswerDocument = new TypedDocumentString(`
    query HandoverAnswer($municipality: String!, $age: Int, $situations: [String!], $at: DateTime) {
  handoverGuide(
    municipalityCode: $municipality
    age: $age
    situations: $situations
    at: $at
  ) {
    at
    age
    municipality {
      code
      name
      officialName
    }
    region {
      name
    }
    situations {
      key
      label
    }
    callNow {
      ...EntryPointFields
    }
    entryPoints {
      ...EntryPointFields
    }
    regionalEntryPoints {
      ...EntryPointFields
    }
    offers {
      id
      name
      accessRoute
      ageMin
      ageMax
      helpText
      description
      stale
      lastVerifiedAt
      organisation {
        name
      }
      channels {
        ...ChannelFields
      }
    }
    volunteerOrganisations {
      id
      name
      website
      description
      municipality {
        code
      }
    }
    themeDays {
      id
      title
      startsAt
      endsAt
      venue
    }
  }
}
    fragment EntryPointFields on HandoverEntryPoint {
  callNow
  contact {
    id
    kind
    name
    roleTitle
    helpText
    stale
    lastVerifiedAt
    organisation {
      name
    }
    unit {
      name
    }
    channels {
      ...ChannelFields
    }
  }
  openingStatus {
    ...StatusFields
  }
}
fragment ChannelFields on Channel {
  kind
  value
  label
  visibility
}
fragment StatusFields on OpeningStatus {
  openNow
  closesAt
  nextOpensAt
  holiday
}`) as unknown as TypedDocumentString<HandoverAnswerQuery, HandoverAnswerQueryVariables>;
export const SendHandoverSheetDocument = new TypedDocumentString(`
    mutation SendHandoverSheet($input: SendHandoverSheetInput!) {
  sendHandoverSheet(input: $input) {
    __typename
    ... on HandoverSheetSent {
      to
      staffChannelsIncluded
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<SendHandoverSheetMutation, SendHandoverSheetMutationVariables>;
export const ImportOrganisationDocument = new TypedDocumentString(`
    query ImportOrganisation($id: ID!) {
  organisation(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ImportOrganisationQuery, ImportOrganisationQueryVariables>;
export const ImportSpreadsheetDocument = new TypedDocumentString(`
    mutation ImportSpreadsheet($input: ImportSpreadsheetInput!) {
  importSpreadsheet(input: $input) {
    __typename
    ... on ImportReport {
      importId
      dryRun
      applied
      format
      encoding
      delimiter
      created
      updated
      unchanged
      failed
      columns {
        header
        field
      }
      rows {
        rowNumber
        kind
        name
        action
        recordId
        changedFields
      }
      problems {
        rowNumber
        column
        message
      }
      warnings {
        rowNumber
        column
        message
      }
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<ImportSpreadsheetMutation, ImportSpreadsheetMutationVariables>;
export const MyKeyPersonRolesDocument = new TypedDocumentString(`
    query MyKeyPersonRoles {
  myNetworkMemberships {
    id
    status
    isKeyPerson
  }
}
    `) as unknown as TypedDocumentString<MyKeyPersonRolesQuery, MyKeyPersonRolesQueryVariables>;
export const KeyPersonApplicationsDocument = new TypedDocumentString(`
    query KeyPersonApplications {
  myNetworkMemberships {
    id
    status
    isKeyPerson
    party {
      id
      name
    }
    network {
      id
      name
      pending: members(filter: {status: PENDING}, first: 100) {
        edges {
          node {
            ...AdminMember
          }
        }
      }
    }
  }
}
    fragment AdminMember on NetworkMember {
  id
  name
  email
  jobTitle
  motivation
  appliedAt
  status
  isKeyPerson
  inSteeringGroup
  party {
    id
    name
  }
}`) as unknown as TypedDocumentString<KeyPersonApplicationsQuery, KeyPersonApplicationsQueryVariables>;
export const NetworkOverviewDocument = new TypedDocumentString(`
    query NetworkOverview {
  networks(first: 100) {
    edges {
      node {
        id
        name
        viewerIsCoordinator
        parties {
          id
        }
        pending: members(filter: {status: PENDING}, first: 1) {
          totalCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkOverviewQuery, NetworkOverviewQueryVariables>;
export const NetworkAdminDocument = new TypedDocumentString(`
    query NetworkAdmin($id: ID!) {
  network(id: $id) {
    id
    name
    description
    contactEmail
    coordinators
    viewerIsCoordinator
    parties {
      id
      kind
      name
      joinedOn
      memberCount
    }
    pending: members(filter: {status: PENDING}, first: 100) {
      edges {
        node {
          ...AdminMember
        }
      }
    }
    approved: members(filter: {status: APPROVED}, first: 100) {
      totalCount
      edges {
        node {
          ...AdminMember
        }
      }
    }
  }
}
    fragment AdminMember on NetworkMember {
  id
  name
  email
  jobTitle
  motivation
  appliedAt
  status
  isKeyPerson
  inSteeringGroup
  party {
    id
    name
  }
}`) as unknown as TypedDocumentString<NetworkAdminQuery, NetworkAdminQueryVariables>;
export const UpdateNetworkDocument = new TypedDocumentString(`
    mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) {
  updateNetwork(id: $id, input: $input) {
    __typename
    ... on Network {
      id
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateNetworkMutation, UpdateNetworkMutationVariables>;
export const CreateNetworkDocument = new TypedDocumentString(`
    mutation CreateNetwork($input: CreateNetworkInput!) {
  createNetwork(input: $input) {
    __typename
    ... on Network {
      id
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<CreateNetworkMutation, CreateNetworkMutationVariables>;
export const ApproveNetworkMemberDocument = new TypedDocumentString(`
    mutation ApproveNetworkMember($memberId: ID!) {
  approveNetworkMember(memberId: $memberId) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<ApproveNetworkMemberMutation, ApproveNetworkMemberMutationVariables>;
export const RejectNetworkMemberDocument = new TypedDocumentString(`
    mutation RejectNetworkMember($memberId: ID!) {
  rejectNetworkMember(memberId: $memberId) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<RejectNetworkMemberMutation, RejectNetworkMemberMutationVariables>;
export const SetMemberRolesDocument = new TypedDocumentString(`
    mutation SetMemberRoles($input: MemberRolesInput!) {
  setNetworkMemberRoles(input: $input) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<SetMemberRolesMutation, SetMemberRolesMutationVariables>;
export const PartyCandidatesDocument = new TypedDocumentString(`
    query PartyCandidates($sector: Sector!) {
  organisations(filter: {sector: $sector}, first: 100) {
    edges {
      node {
        id
        name
        units {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartyCandidatesQuery, PartyCandidatesQueryVariables>;
export const AddNetworkPartyDocument = new TypedDocumentString(`
    mutation AddNetworkParty($input: AddPartyInput!) {
  addNetworkParty(input: $input) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<AddNetworkPartyMutation, AddNetworkPartyMutationVariables>;
export const RemoveNetworkPartyDocument = new TypedDocumentString(`
    mutation RemoveNetworkParty($partyId: ID!) {
  removeNetworkParty(partyId: $partyId) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<RemoveNetworkPartyMutation, RemoveNetworkPartyMutationVariables>;
export const SupervisionGroupsDocument = new TypedDocumentString(`
    query SupervisionGroups($networkId: ID!) {
  network(id: $networkId) {
    id
    name
  }
  supervisionGroups(networkId: $networkId, first: 100) {
    edges {
      node {
        id
        name
        focus
        status
        seatsTaken
        maxSeats
        pendingCount
        waitlistCount
        sessions {
          id
          startsAt
          cancelled
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupervisionGroupsQuery, SupervisionGroupsQueryVariables>;
export const SupervisionGroupAdminDocument = new TypedDocumentString(`
    query SupervisionGroupAdmin($id: ID!) {
  supervisionGroup(id: $id) {
    id
    name
    focus
    description
    facilitatorName
    facilitatorEmail
    venue
    status
    minSeats
    maxSeats
    partyCap
    sectorCaps {
      sector
      max
    }
    recurrence
    firstSessionAt
    sessionMinutes
    exceptions
    seatsTaken
    network {
      id
      name
    }
    sessions {
      id
      startsAt
      endsAt
      cancelled
      durationMinutes
      attendance {
        participantId
        attended
      }
    }
    participants {
      id
      status
      appliedAt
      motivation
      waitlistPosition
      memberId
      member {
        name
        email
        party {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupervisionGroupAdminQuery, SupervisionGroupAdminQueryVariables>;
export const CreateSupervisionGroupDocument = new TypedDocumentString(`
    mutation CreateSupervisionGroup($input: CreateSupervisionGroupInput!) {
  createSupervisionGroup(input: $input) {
    __typename
    ... on SupervisionGroup {
      id
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<CreateSupervisionGroupMutation, CreateSupervisionGroupMutationVariables>;
export const UpdateSupervisionGroupDocument = new TypedDocumentString(`
    mutation UpdateSupervisionGroup($id: ID!, $input: UpdateSupervisionGroupInput!) {
  updateSupervisionGroup(id: $id, input: $input) {
    __typename
    ... on SupervisionGroup {
      id
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateSupervisionGroupMutation, UpdateSupervisionGroupMutationVariables>;
export const DecideSupervisionApplicationDocument = new TypedDocumentString(`
    mutation DecideSupervisionApplication($participantId: ID!, $approve: Boolean!) {
  decideSupervisionApplication(participantId: $participantId, approve: $approve) {
    __typename
    ... on SupervisionParticipant {
      status
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<DecideSupervisionApplicationMutation, DecideSupervisionApplicationMutationVariables>;
export const CancelSupervisionSessionDocument = new TypedDocumentString(`
    mutation CancelSupervisionSession($sessionId: ID!) {
  cancelSupervisionSession(sessionId: $sessionId) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<CancelSupervisionSessionMutation, CancelSupervisionSessionMutationVariables>;
export const MarkSupervisionAttendanceDocument = new TypedDocumentString(`
    mutation MarkSupervisionAttendance($sessionId: ID!, $participantIds: [ID!]!, $attended: Boolean!) {
  markSupervisionAttendance(
    sessionId: $sessionId
    participantIds: $participantIds
    attended: $attended
  ) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<MarkSupervisionAttendanceMutation, MarkSupervisionAttendanceMutationVariables>;
export const SupervisionHoursDocument = new TypedDocumentString(`
    query SupervisionHours($memberId: ID!) {
  supervisionHours(memberId: $memberId) {
    memberId
    member {
      name
      jobTitle
      party {
        name
      }
      network {
        id
        name
      }
    }
    goalHours
    sessionsAttended
    totalHours
    totalMinutes
    groups {
      groupId
      groupName
      focus
      facilitatorName
      hours
      sessionsAttended
    }
  }
}
    `) as unknown as TypedDocumentString<SupervisionHoursQuery, SupervisionHoursQueryVariables>;
export const VolunteerOrganisationsDocument = new TypedDocumentString(`
    query VolunteerOrganisations {
  volunteerOrganisations(first: 100) {
    edges {
      node {
        id
        name
        website
        parentOrganisation {
          id
        }
        municipality {
          name
        }
        branches {
          id
          name
          municipality {
            name
          }
          hostedThemeDays {
            ...HostedDay
          }
        }
        hostedThemeDays {
          ...HostedDay
        }
      }
    }
  }
}
    fragment HostedDay on ThemeDay {
  id
  title
  startsAt
  status
  visibility
  network {
    name
  }
}`) as unknown as TypedDocumentString<VolunteerOrganisationsQuery, VolunteerOrganisationsQueryVariables>;
export const ContactPageDocument = new TypedDocumentString(`
    query ContactPage($id: ID!) {
  contact(id: $id) {
    id
    name
    kind
    roleTitle
    helpText
    address
    leftAt
    formerNames
    channels {
      ...ChannelFields
    }
    openingStatus {
      ...StatusFields
    }
    openingHours {
      ...HoursFields
    }
    ...RecordTrustFields
    situations {
      key
      label
    }
    organisation {
      ...PlaceFields
    }
    unit {
      id
      name
    }
    deputy {
      id
      name
    }
    successor {
      id
      name
    }
  }
}
    fragment RecordTrustFields on Contact {
  lastVerifiedAt
  lastVerifiedBy
  stale
  verificationDue
  owner {
    kind
    accountId
    unitId
  }
}
fragment HoursFields on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    day
    opens
    closes
  }
  exceptions {
    date
    closed
    opens
    closes
    note
  }
}
fragment PlaceFields on Organisation {
  id
  name
  sector
  municipality {
    code
    name
  }
  region {
    key
    name
  }
}
fragment ChannelFields on Channel {
  kind
  value
  label
  visibility
}
fragment StatusFields on OpeningStatus {
  openNow
  closesAt
  nextOpensAt
  holiday
}`) as unknown as TypedDocumentString<ContactPageQuery, ContactPageQueryVariables>;
export const NetworkNameDocument = new TypedDocumentString(`
    query NetworkName($id: ID!) {
  network(id: $id) {
    id
    name
    parties {
      id
      organisation {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkNameQuery, NetworkNameQueryVariables>;
export const NetworkCoverageDocument = new TypedDocumentString(`
    query NetworkCoverage($networkId: ID!) {
  coverage(networkId: $networkId) {
    summary {
      required
      verified
      stale
      missing
    }
    municipalitiesWithGaps
    municipalities {
      partyIds
      municipality {
        code
        name
      }
      summary {
        required
        verified
        stale
        missing
      }
      items {
        status
        requirement {
          id
          label
          situationKey
        }
        entryPoints {
          stale
          contact {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkCoverageQuery, NetworkCoverageQueryVariables>;
export const EditRightsDocument = new TypedDocumentString(`
    query EditRights($organisationId: ID!, $unitId: ID!, $withUnit: Boolean!) {
  me {
    id
    displayName
    grants {
      role
      organisationId
      unitId
    }
  }
  organisation(id: $organisationId) {
    id
    name
  }
  unit(id: $unitId) @include(if: $withUnit) {
    id
    parent {
      id
      parent {
        id
        parent {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditRightsQuery, EditRightsQueryVariables>;
export const RecordPlaceDocument = new TypedDocumentString(`
    query RecordPlace($contactId: ID!, $offerId: ID!, $isContact: Boolean!) {
  contact(id: $contactId) @include(if: $isContact) {
    organisation {
      id
    }
    unit {
      id
    }
    owner {
      accountId
    }
  }
  offer(id: $offerId) @skip(if: $isContact) {
    organisation {
      id
    }
    unit {
      id
    }
    owner {
      accountId
    }
  }
}
    `) as unknown as TypedDocumentString<RecordPlaceQuery, RecordPlaceQueryVariables>;
export const SituationLabelsDocument = new TypedDocumentString(`
    query SituationLabels {
  taxonomy(kind: SITUATION) {
    key
    label
  }
}
    `) as unknown as TypedDocumentString<SituationLabelsQuery, SituationLabelsQueryVariables>;
export const MunicipalityPageDocument = new TypedDocumentString(`
    query MunicipalityPage($code: String!) {
  municipality(code: $code) {
    code
    name
    officialName
    region {
      key
      name
    }
  }
  networks(first: 100) {
    edges {
      node {
        id
        name
        parties {
          organisation {
            municipality {
              code
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalityPageQuery, MunicipalityPageQueryVariables>;
export const MunicipalityEntryPointsDocument = new TypedDocumentString(`
    query MunicipalityEntryPoints($code: String!) {
  handoverGuide(municipalityCode: $code) {
    entryPoints {
      contact {
        id
        name
        stale
        situations {
          key
          label
        }
        channels {
          ...ChannelFields
        }
      }
      openingStatus {
        ...StatusFields
      }
    }
    volunteerOrganisations {
      id
      name
    }
  }
}
    fragment ChannelFields on Channel {
  kind
  value
  label
  visibility
}
fragment StatusFields on OpeningStatus {
  openNow
  closesAt
  nextOpensAt
  holiday
}`) as unknown as TypedDocumentString<MunicipalityEntryPointsQuery, MunicipalityEntryPointsQueryVariables>;
export const OfferPageDocument = new TypedDocumentString(`
    query OfferPage($id: ID!) {
  offer(id: $id) {
    id
    name
    description
    helpText
    notFor
    status
    accessRoute
    referredBy
    decidedBy
    holdsAuthority
    ageMin
    ageMax
    cost
    capacity
    waitingTime
    startsOn
    endsOn
    address
    languages
    legalBasis {
      act
      section
    }
    municipalities {
      code
      name
    }
    channels {
      ...ChannelFields
    }
    openingStatus {
      ...StatusFields
    }
    openingHours {
      ...HoursFields
    }
    ...OfferTrustFields
    situations {
      key
      label
    }
    problemTags {
      key
      label
    }
    organisation {
      ...PlaceFields
    }
    unit {
      id
      name
    }
  }
}
    fragment OfferTrustFields on Offer {
  lastVerifiedAt
  lastVerifiedBy
  stale
  verificationDue
  owner {
    kind
    accountId
    unitId
  }
}
fragment HoursFields on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    day
    opens
    closes
  }
  exceptions {
    date
    closed
    opens
    closes
    note
  }
}
fragment PlaceFields on Organisation {
  id
  name
  sector
  municipality {
    code
    name
  }
  region {
    key
    name
  }
}
fragment ChannelFields on Channel {
  kind
  value
  label
  visibility
}
fragment StatusFields on OpeningStatus {
  openNow
  closesAt
  nextOpensAt
  holiday
}`) as unknown as TypedDocumentString<OfferPageQuery, OfferPageQueryVariables>;
export const OrganisationUnitsDocument = new TypedDocumentString(`
    query OrganisationUnits($id: ID!) {
  units(first: 100, filter: {organisationId: $id}) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        name
        kind
        parent {
          id
        }
      }
    }
  }
  contacts(first: 100, filter: {organisationId: $id}) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        name
        stale
        unit {
          id
        }
        channels {
          ...ChannelFields
        }
        openingStatus {
          ...StatusFields
        }
      }
    }
  }
  offers(first: 100, filter: {organisationId: $id}) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        name
        stale
        unit {
          id
        }
        channels {
          ...ChannelFields
        }
        openingStatus {
          ...StatusFields
        }
      }
    }
  }
}
    fragment ChannelFields on Channel {
  kind
  value
  label
  visibility
}
fragment StatusFields on OpeningStatus {
  openNow
  closesAt
  nextOpensAt
  holiday
}`) as unknown as TypedDocumentString<OrganisationUnitsQuery, OrganisationUnitsQueryVariables>;
export const OrganisationPageDocument = new TypedDocumentString(`
    query OrganisationPage($id: ID!) {
  organisation(id: $id) {
    id
    name
    sector
    description
    address
    website
    municipality {
      code
      name
    }
    region {
      key
      name
    }
    parentOrganisation {
      id
      name
    }
    branches {
      id
      name
      municipality {
        code
        name
      }
    }
    hostedThemeDays {
      id
      title
      startsAt
      venue
      status
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationPageQuery, OrganisationPageQueryVariables>;
export const RegionPageDocument = new TypedDocumentString(`
    query RegionPage($key: String!) {
  region(key: $key) {
    key
    code
    name
    validFrom
    validTo
    succeededBy {
      key
      name
    }
    municipalities {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RegionPageQuery, RegionPageQueryVariables>;
export const RegionalOrganisationsDocument = new TypedDocumentString(`
    query RegionalOrganisations($key: String!) {
  organisations(filter: {region: $key, sector: REGIONAL}, first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionalOrganisationsQuery, RegionalOrganisationsQueryVariables>;
export const ThemeDayPageDocument = new TypedDocumentString(`
    query ThemeDayPage($id: ID!) {
  me {
    displayName
    email
  }
  themeDay(id: $id) {
    id
    title
    topic
    description
    kind
    status
    cancellationReason
    startsAt
    endsAt
    venue
    onlineUrl
    audience
    capacity
    seatsLeft
    waitlistCount
    registrationOpen
    registrationOpensAt
    registrationClosesAt
    visibility
    programme {
      startsAt
      endsAt
      title
      speaker
    }
    hostOrganisation {
      id
      name
      sector
    }
    network {
      id
      name
    }
    myRegistration {
      status
      waitlistPosition
    }
  }
}
    `) as unknown as TypedDocumentString<ThemeDayPageQuery, ThemeDayPageQueryVariables>;
export const RegisterForThemeDayDocument = new TypedDocumentString(`
    mutation RegisterForThemeDay($input: RegisterForThemeDayInput!) {
  registerForThemeDay(input: $input) {
    __typename
    ... on ThemeDayRegistration {
      status
      waitlistPosition
      email
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<RegisterForThemeDayMutation, RegisterForThemeDayMutationVariables>;
export const AddOfferChannelDocument = new TypedDocumentString(`
    mutation AddOfferChannel($offerId: ID!, $input: ChannelInput!) {
  addOfferChannel(offerId: $offerId, input: $input) {
    ...OfferChannelsAnswer
  }
}
    fragment EditableChannel on Channel {
  id
  kind
  value
  label
  visibility
}
fragment OfferChannelsAnswer on OfferResult {
  __typename
  ... on Offer {
    channels {
      ...EditableChannel
    }
  }
  ...MutationFailure
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<AddOfferChannelMutation, AddOfferChannelMutationVariables>;
export const UpdateOfferChannelDocument = new TypedDocumentString(`
    mutation UpdateOfferChannel($offerId: ID!, $channelId: ID!, $input: ChannelInput!) {
  updateOfferChannel(offerId: $offerId, channelId: $channelId, input: $input) {
    ...OfferChannelsAnswer
  }
}
    fragment EditableChannel on Channel {
  id
  kind
  value
  label
  visibility
}
fragment OfferChannelsAnswer on OfferResult {
  __typename
  ... on Offer {
    channels {
      ...EditableChannel
    }
  }
  ...MutationFailure
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateOfferChannelMutation, UpdateOfferChannelMutationVariables>;
export const RemoveOfferChannelDocument = new TypedDocumentString(`
    mutation RemoveOfferChannel($offerId: ID!, $channelId: ID!) {
  removeOfferChannel(offerId: $offerId, channelId: $channelId) {
    ...OfferChannelsAnswer
  }
}
    fragment EditableChannel on Channel {
  id
  kind
  value
  label
  visibility
}
fragment OfferChannelsAnswer on OfferResult {
  __typename
  ... on Offer {
    channels {
      ...EditableChannel
    }
  }
  ...MutationFailure
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<RemoveOfferChannelMutation, RemoveOfferChannelMutationVariables>;
export const AddContactChannelDocument = new TypedDocumentString(`
    mutation AddContactChannel($contactId: ID!, $input: ChannelInput!) {
  addContactChannel(contactId: $contactId, input: $input) {
    ...ContactChannelsAnswer
  }
}
    fragment EditableChannel on Channel {
  id
  kind
  value
  label
  visibility
}
fragment ContactChannelsAnswer on ContactResult {
  __typename
  ... on Contact {
    channels {
      ...EditableChannel
    }
  }
  ...MutationFailure
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<AddContactChannelMutation, AddContactChannelMutationVariables>;
export const UpdateContactChannelDocument = new TypedDocumentString(`
    mutation UpdateContactChannel($contactId: ID!, $channelId: ID!, $input: ChannelInput!) {
  updateContactChannel(
    contactId: $contactId
    channelId: $channelId
    input: $input
  ) {
    ...ContactChannelsAnswer
  }
}
    fragment EditableChannel on Channel {
  id
  kind
  value
  label
  visibility
}
fragment ContactChannelsAnswer on ContactResult {
  __typename
  ... on Contact {
    channels {
      ...EditableChannel
    }
  }
  ...MutationFailure
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateContactChannelMutation, UpdateContactChannelMutationVariables>;
export const RemoveContactChannelDocument = new TypedDocumentString(`
    mutation RemoveContactChannel($contactId: ID!, $channelId: ID!) {
  removeContactChannel(contactId: $contactId, channelId: $channelId) {
    ...ContactChannelsAnswer
  }
}
    fragment EditableChannel on Channel {
  id
  kind
  value
  label
  visibility
}
fragment ContactChannelsAnswer on ContactResult {
  __typename
  ... on Contact {
    channels {
      ...EditableChannel
    }
  }
  ...MutationFailure
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<RemoveContactChannelMutation, RemoveContactChannelMutationVariables>;
export const DeleteOfferDocument = new TypedDocumentString(`
    mutation DeleteOffer($id: ID!) {
  deleteOffer(id: $id) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<DeleteOfferMutation, DeleteOfferMutationVariables>;
export const DeleteContactDocument = new TypedDocumentString(`
    mutation DeleteContact($id: ID!) {
  deleteContact(id: $id) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<DeleteContactMutation, DeleteContactMutationVariables>;
export const DeleteUnitDocument = new TypedDocumentString(`
    mutation DeleteUnit($id: ID!) {
  deleteUnit(id: $id) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<DeleteUnitMutation, DeleteUnitMutationVariables>;
export const DeleteOrganisationDocument = new TypedDocumentString(`
    mutation DeleteOrganisation($id: ID!) {
  deleteOrganisation(id: $id) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<DeleteOrganisationMutation, DeleteOrganisationMutationVariables>;
export const DeletionPreviewDocument = new TypedDocumentString(`
    query DeletionPreview($id: ID!) {
  deletionPreview(id: $id) {
    id
    name
    goes {
      key
      label
      count
    }
    blockedBy {
      key
      label
      count
    }
  }
}
    `) as unknown as TypedDocumentString<DeletionPreviewQuery, DeletionPreviewQueryVariables>;
export const OfferEditDocument = new TypedDocumentString(`
    query OfferEdit($id: ID!) {
  offer(id: $id) {
    id
    name
    description
    helpText
    ageMin
    ageMax
    waitingTime
    cost
    address
    openingHours {
      ...EditableHours
    }
    organisation {
      id
    }
    unit {
      id
    }
    owner {
      kind
      accountId
      unitId
    }
    channels {
      id
      kind
      value
      label
      visibility
    }
  }
}
    fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}`) as unknown as TypedDocumentString<OfferEditQuery, OfferEditQueryVariables>;
export const ContactEditDocument = new TypedDocumentString(`
    query ContactEdit($id: ID!) {
  contact(id: $id) {
    id
    name
    roleTitle
    helpText
    deputy {
      id
    }
    openingHours {
      ...EditableHours
    }
    organisation {
      id
    }
    unit {
      id
    }
    owner {
      kind
      accountId
      unitId
    }
    channels {
      id
      kind
      value
      label
      visibility
    }
  }
}
    fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}`) as unknown as TypedDocumentString<ContactEditQuery, ContactEditQueryVariables>;
export const UpdateOfferFieldsDocument = new TypedDocumentString(`
    mutation UpdateOfferFields($id: ID!, $input: UpdateOfferInput!) {
  updateOffer(id: $id, input: $input) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateOfferFieldsMutation, UpdateOfferFieldsMutationVariables>;
export const UpdateContactFieldsDocument = new TypedDocumentString(`
    mutation UpdateContactFields($id: ID!, $input: UpdateContactInput!) {
  updateContact(id: $id, input: $input) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateContactFieldsMutation, UpdateContactFieldsMutationVariables>;
export const CreateContactFormDocument = new TypedDocumentString(`
    mutation CreateContactForm($input: CreateContactInput!) {
  createContact(input: $input) {
    __typename
    ... on Contact {
      id
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<CreateContactFormMutation, CreateContactFormMutationVariables>;
export const AddContactWeeklyHoursDocument = new TypedDocumentString(`
    mutation AddContactWeeklyHours($contactId: ID!, $input: WeeklyHoursInput!) {
  addContactWeeklyHours(contactId: $contactId, input: $input) {
    ...ContactHoursAnswer
  }
}
    fragment ContactHoursAnswer on ContactResult {
  __typename
  ... on Contact {
    openingHours {
      ...EditableHours
    }
  }
  ...MutationFailure
}
fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<AddContactWeeklyHoursMutation, AddContactWeeklyHoursMutationVariables>;
export const UpdateContactWeeklyHoursDocument = new TypedDocumentString(`
    mutation UpdateContactWeeklyHours($contactId: ID!, $weeklyHoursId: ID!, $input: WeeklyHoursInput!) {
  updateContactWeeklyHours(
    contactId: $contactId
    weeklyHoursId: $weeklyHoursId
    input: $input
  ) {
    ...ContactHoursAnswer
  }
}
    fragment ContactHoursAnswer on ContactResult {
  __typename
  ... on Contact {
    openingHours {
      ...EditableHours
    }
  }
  ...MutationFailure
}
fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateContactWeeklyHoursMutation, UpdateContactWeeklyHoursMutationVariables>;
export const RemoveContactWeeklyHoursDocument = new TypedDocumentString(`
    mutation RemoveContactWeeklyHours($contactId: ID!, $weeklyHoursId: ID!) {
  removeContactWeeklyHours(contactId: $contactId, weeklyHoursId: $weeklyHoursId) {
    ...ContactHoursAnswer
  }
}
    fragment ContactHoursAnswer on ContactResult {
  __typename
  ... on Contact {
    openingHours {
      ...EditableHours
    }
  }
  ...MutationFailure
}
fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<RemoveContactWeeklyHoursMutation, RemoveContactWeeklyHoursMutationVariables>;
export const AddContactHoursExceptionDocument = new TypedDocumentString(`
    mutation AddContactHoursException($contactId: ID!, $input: HoursExceptionInput!) {
  addContactHoursException(contactId: $contactId, input: $input) {
    ...ContactHoursAnswer
  }
}
    fragment ContactHoursAnswer on ContactResult {
  __typename
  ... on Contact {
    openingHours {
      ...EditableHours
    }
  }
  ...MutationFailure
}
fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<AddContactHoursExceptionMutation, AddContactHoursExceptionMutationVariables>;
export const UpdateContactHoursExceptionDocument = new TypedDocumentString(`
    mutation UpdateContactHoursException($contactId: ID!, $exceptionId: ID!, $input: HoursExceptionInput!) {
  updateContactHoursException(
    contactId: $contactId
    exceptionId: $exceptionId
    input: $input
  ) {
    ...ContactHoursAnswer
  }
}
    fragment ContactHoursAnswer on ContactResult {
  __typename
  ... on Contact {
    openingHours {
      ...EditableHours
    }
  }
  ...MutationFailure
}
fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateContactHoursExceptionMutation, UpdateContactHoursExceptionMutationVariables>;
export const RemoveContactHoursExceptionDocument = new TypedDocumentString(`
    mutation RemoveContactHoursException($contactId: ID!, $exceptionId: ID!) {
  removeContactHoursException(contactId: $contactId, exceptionId: $exceptionId) {
    ...ContactHoursAnswer
  }
}
    fragment ContactHoursAnswer on ContactResult {
  __typename
  ... on Contact {
    openingHours {
      ...EditableHours
    }
  }
  ...MutationFailure
}
fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<RemoveContactHoursExceptionMutation, RemoveContactHoursExceptionMutationVariables>;
export const SetContactHoursSettingsDocument = new TypedDocumentString(`
    mutation SetContactHoursSettings($contactId: ID!, $input: HoursSettingsInput!) {
  setContactHoursSettings(contactId: $contactId, input: $input) {
    ...ContactHoursAnswer
  }
}
    fragment ContactHoursAnswer on ContactResult {
  __typename
  ... on Contact {
    openingHours {
      ...EditableHours
    }
  }
  ...MutationFailure
}
fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<SetContactHoursSettingsMutation, SetContactHoursSettingsMutationVariables>;
export const AddOfferWeeklyHoursDocument = new TypedDocumentString(`
    mutation AddOfferWeeklyHours($offerId: ID!, $input: WeeklyHoursInput!) {
  addOfferWeeklyHours(offerId: $offerId, input: $input) {
    ...OfferHoursAnswer
  }
}
    fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}
fragment OfferHoursAnswer on OfferResult {
  __typename
  ... on Offer {
    openingHours {
      ...EditableHours
    }
  }
  ...MutationFailure
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<AddOfferWeeklyHoursMutation, AddOfferWeeklyHoursMutationVariables>;
export const UpdateOfferWeeklyHoursDocument = new TypedDocumentString(`
    mutation UpdateOfferWeeklyHours($offerId: ID!, $weeklyHoursId: ID!, $input: WeeklyHoursInput!) {
  updateOfferWeeklyHours(
    offerId: $offerId
    weeklyHoursId: $weeklyHoursId
    input: $input
  ) {
    ...OfferHoursAnswer
  }
}
    fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}
fragment OfferHoursAnswer on OfferResult {
  __typename
  ... on Offer {
    openingHours {
      ...EditableHours
    }
  }
  ...MutationFailure
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateOfferWeeklyHoursMutation, UpdateOfferWeeklyHoursMutationVariables>;
export const RemoveOfferWeeklyHoursDocument = new TypedDocumentString(`
    mutation RemoveOfferWeeklyHours($offerId: ID!, $weeklyHoursId: ID!) {
  removeOfferWeeklyHours(offerId: $offerId, weeklyHoursId: $weeklyHoursId) {
    ...OfferHoursAnswer
  }
}
    fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}
fragment OfferHoursAnswer on OfferResult {
  __typename
  ... on Offer {
    openingHours {
      ...EditableHours
    }
  }
  ...MutationFailure
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<RemoveOfferWeeklyHoursMutation, RemoveOfferWeeklyHoursMutationVariables>;
export const AddOfferHoursExceptionDocument = new TypedDocumentString(`
    mutation AddOfferHoursException($offerId: ID!, $input: HoursExceptionInput!) {
  addOfferHoursException(offerId: $offerId, input: $input) {
    ...OfferHoursAnswer
  }
}
    fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}
fragment OfferHoursAnswer on OfferResult {
  __typename
  ... on Offer {
    openingHours {
      ...EditableHours
    }
  }
  ...MutationFailure
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<AddOfferHoursExceptionMutation, AddOfferHoursExceptionMutationVariables>;
export const UpdateOfferHoursExceptionDocument = new TypedDocumentString(`
    mutation UpdateOfferHoursException($offerId: ID!, $exceptionId: ID!, $input: HoursExceptionInput!) {
  updateOfferHoursException(
    offerId: $offerId
    exceptionId: $exceptionId
    input: $input
  ) {
    ...OfferHoursAnswer
  }
}
    fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}
fragment OfferHoursAnswer on OfferResult {
  __typename
  ... on Offer {
    openingHours {
      ...EditableHours
    }
  }
  ...MutationFailure
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateOfferHoursExceptionMutation, UpdateOfferHoursExceptionMutationVariables>;
export const RemoveOfferHoursExceptionDocument = new TypedDocumentString(`
    mutation RemoveOfferHoursException($offerId: ID!, $exceptionId: ID!) {
  removeOfferHoursException(offerId: $offerId, exceptionId: $exceptionId) {
    ...OfferHoursAnswer
  }
}
    fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}
fragment OfferHoursAnswer on OfferResult {
  __typename
  ... on Offer {
    openingHours {
      ...EditableHours
    }
  }
  ...MutationFailure
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<RemoveOfferHoursExceptionMutation, RemoveOfferHoursExceptionMutationVariables>;
export const SetOfferHoursSettingsDocument = new TypedDocumentString(`
    mutation SetOfferHoursSettings($offerId: ID!, $input: HoursSettingsInput!) {
  setOfferHoursSettings(offerId: $offerId, input: $input) {
    ...OfferHoursAnswer
  }
}
    fragment EditableHours on OpeningHours {
  alwaysOpen
  openOnHolidays
  note
  weekly {
    id
    day
    opens
    closes
  }
  exceptions {
    id
    date
    closed
    opens
    closes
    note
  }
}
fragment OfferHoursAnswer on OfferResult {
  __typename
  ... on Offer {
    openingHours {
      ...EditableHours
    }
  }
  ...MutationFailure
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<SetOfferHoursSettingsMutation, SetOfferHoursSettingsMutationVariables>;
export const OwnershipChoicesDocument = new TypedDocumentString(`
    query OwnershipChoices($organisationId: ID!, $unitId: ID) {
  me {
    id
    displayName
  }
  recordEditors(organisationId: $organisationId, unitId: $unitId) {
    id
    displayName
  }
  organisation(id: $organisationId) {
    id
    name
    units {
      id
      name
    }
  }
  contacts(filter: {organisationId: $organisationId}, first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnershipChoicesQuery, OwnershipChoicesQueryVariables>;
export const SetOfferOwnerDocument = new TypedDocumentString(`
    mutation SetOfferOwner($id: ID!, $input: UpdateOfferInput!) {
  updateOffer(id: $id, input: $input) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<SetOfferOwnerMutation, SetOfferOwnerMutationVariables>;
export const SetContactOwnerDocument = new TypedDocumentString(`
    mutation SetContactOwner($id: ID!, $input: UpdateContactInput!) {
  updateContact(id: $id, input: $input) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<SetContactOwnerMutation, SetContactOwnerMutationVariables>;
export const CoordinatorRightsDocument = new TypedDocumentString(`
    query CoordinatorRights {
  me {
    id
    grants {
      role
      networkId
    }
  }
}
    `) as unknown as TypedDocumentString<CoordinatorRightsQuery, CoordinatorRightsQueryVariables>;
export const CoordinatedNetworksDocument = new TypedDocumentString(`
    query CoordinatedNetworks {
  networks(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoordinatedNetworksQuery, CoordinatedNetworksQueryVariables>;
export const CoordinatedThemeDaysDocument = new TypedDocumentString(`
    query CoordinatedThemeDays {
  themeDays(filter: {includeCancelled: true}, first: 100) {
    edges {
      node {
        id
        title
        status
        startsAt
        capacity
        seatsTaken
        waitlistCount
        network {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoordinatedThemeDaysQuery, CoordinatedThemeDaysQueryVariables>;
export const ThemeDayAdminDocument = new TypedDocumentString(`
    query ThemeDayAdmin($id: ID!) {
  themeDay(id: $id) {
    id
    title
    topic
    description
    kind
    status
    cancellationReason
    startsAt
    endsAt
    venue
    onlineUrl
    capacity
    seatsTaken
    waitlistCount
    registrationOpensAt
    registrationClosesAt
    visibility
    network {
      id
      name
    }
    registrations {
      id
      name
      email
      workplace
      status
      registeredAt
      waitlistPosition
      attended
    }
  }
}
    `) as unknown as TypedDocumentString<ThemeDayAdminQuery, ThemeDayAdminQueryVariables>;
export const CreateThemeDayDocument = new TypedDocumentString(`
    mutation CreateThemeDay($input: CreateThemeDayInput!) {
  createThemeDay(input: $input) {
    __typename
    ... on ThemeDay {
      id
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<CreateThemeDayMutation, CreateThemeDayMutationVariables>;
export const UpdateThemeDayDocument = new TypedDocumentString(`
    mutation UpdateThemeDay($id: ID!, $input: UpdateThemeDayInput!) {
  updateThemeDay(id: $id, input: $input) {
    __typename
    ... on ThemeDay {
      id
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<UpdateThemeDayMutation, UpdateThemeDayMutationVariables>;
export const CancelThemeDayDocument = new TypedDocumentString(`
    mutation CancelThemeDay($id: ID!, $reason: String) {
  cancelThemeDay(id: $id, reason: $reason) {
    __typename
    ... on ThemeDay {
      id
      status
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<CancelThemeDayMutation, CancelThemeDayMutationVariables>;
export const CancelRegistrationOnBehalfDocument = new TypedDocumentString(`
    mutation CancelRegistrationOnBehalf($registrationId: ID!) {
  cancelThemeDayRegistrationOnBehalf(registrationId: $registrationId) {
    __typename
    ... on ThemeDayRegistration {
      id
      status
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<CancelRegistrationOnBehalfMutation, CancelRegistrationOnBehalfMutationVariables>;
export const MarkThemeDayAttendanceDocument = new TypedDocumentString(`
    mutation MarkThemeDayAttendance($themeDayId: ID!, $registrationIds: [ID!]!, $attended: Boolean!) {
  markThemeDayAttendance(
    themeDayId: $themeDayId
    registrationIds: $registrationIds
    attended: $attended
  ) {
    __typename
    ... on AttendanceMarked {
      registrations {
        id
        attended
      }
    }
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<MarkThemeDayAttendanceMutation, MarkThemeDayAttendanceMutationVariables>;
export const RecordHistoryDocument = new TypedDocumentString(`
    query RecordHistory($id: ID!, $isContact: Boolean!) {
  contact(id: $id) @include(if: $isContact) {
    id
    name
  }
  offer(id: $id) @skip(if: $isContact) {
    id
    name
  }
  history(entityId: $id) {
    id
    action
    occurredAt
    accountId
    accountName
    changes {
      field
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<RecordHistoryQuery, RecordHistoryQueryVariables>;
export const MyGrantsDocument = new TypedDocumentString(`
    query MyGrants {
  me {
    id
    displayName
    grants {
      role
      organisationId
      unitId
      networkId
    }
  }
  myNetworkMemberships {
    id
    status
    network {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MyGrantsQuery, MyGrantsQueryVariables>;
export const UpkeepPlacesDocument = new TypedDocumentString(`
    query UpkeepPlaces($all: Boolean!) {
  organisations(first: 100) @include(if: $all) {
    edges {
      node {
        id
        name
      }
    }
  }
  networks(first: 100) @include(if: $all) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpkeepPlacesQuery, UpkeepPlacesQueryVariables>;
export const PlaceNameDocument = new TypedDocumentString(`
    query PlaceName($organisationId: ID!, $networkId: ID!, $isOrganisation: Boolean!) {
  organisation(id: $organisationId) @include(if: $isOrganisation) {
    id
    name
  }
  network(id: $networkId) @skip(if: $isOrganisation) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PlaceNameQuery, PlaceNameQueryVariables>;
export const VerificationQueueDocument = new TypedDocumentString(`
    query VerificationQueue($organisationId: ID!, $withinDays: Int!) {
  organisation(id: $organisationId) {
    id
    name
  }
  me {
    id
    displayName
  }
  verificationQueue(
    organisationId: $organisationId
    withinDays: $withinDays
    first: 100
  ) {
    totalCount
    edges {
      node {
        id
        recordType
        name
        overdue
        verificationDue
        lastVerifiedAt
        escalatedAt
        owner {
          kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VerificationQueueQuery, VerificationQueueQueryVariables>;
export const VerifyContactStillDocument = new TypedDocumentString(`
    mutation VerifyContactStill($input: VerifyInput!) {
  verifyContact(input: $input) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<VerifyContactStillMutation, VerifyContactStillMutationVariables>;
export const VerifyOfferStillDocument = new TypedDocumentString(`
    mutation VerifyOfferStill($input: VerifyInput!) {
  verifyOffer(input: $input) {
    __typename
    ...MutationFailure
  }
}
    fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<VerifyOfferStillMutation, VerifyOfferStillMutationVariables>;
export const TurnoverPeopleDocument = new TypedDocumentString(`
    query TurnoverPeople($organisationId: ID!) {
  organisation(id: $organisationId) {
    id
    name
  }
  contacts(filter: {organisationId: $organisationId}, first: 100) {
    edges {
      node {
        id
        name
        kind
        roleTitle
        owner {
          kind
          accountId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TurnoverPeopleQuery, TurnoverPeopleQueryVariables>;
export const HandOverPreviewDocument = new TypedDocumentString(`
    query HandOverPreview($input: HandOverRolesInput!) {
  handOverRolesPreview(input: $input) {
    ...HandOverOutcome
  }
}
    fragment HandOverOutcome on HandOverRolesResult {
  __typename
  ...MutationFailure
  ... on RoleHandover {
    coordinatorsNotified
    welcomed
    situationsAdded
    leaving {
      id
      name
    }
    successor {
      id
      name
    }
    deputiesRedirected {
      id
      name
    }
    contactsMoved {
      id
      name
    }
    offersMoved {
      id
      name
    }
    grants {
      role
      moved
    }
    memberships {
      networkName
      keyPerson
      steeringGroup
      newMembership
    }
  }
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<HandOverPreviewQuery, HandOverPreviewQueryVariables>;
export const HandOverRolesNowDocument = new TypedDocumentString(`
    mutation HandOverRolesNow($input: HandOverRolesInput!) {
  handOverRoles(input: $input) {
    ...HandOverOutcome
  }
}
    fragment HandOverOutcome on HandOverRolesResult {
  __typename
  ...MutationFailure
  ... on RoleHandover {
    coordinatorsNotified
    welcomed
    situationsAdded
    leaving {
      id
      name
    }
    successor {
      id
      name
    }
    deputiesRedirected {
      id
      name
    }
    contactsMoved {
      id
      name
    }
    offersMoved {
      id
      name
    }
    grants {
      role
      moved
    }
    memberships {
      networkName
      keyPerson
      steeringGroup
      newMembership
    }
  }
}
fragment MutationFailure on ErrorResult {
  code
  message
  ... on ValidationError {
    fieldErrors {
      path
      message
    }
  }
}`) as unknown as TypedDocumentString<HandOverRolesNowMutation, HandOverRolesNowMutationVariables>;