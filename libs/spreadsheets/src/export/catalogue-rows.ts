import { copenhagenDate } from '#core';
import {
  CHANNEL_KIND_LABELS,
  type AccessRoute,
  type ContactKind,
  type OfferStatus,
  type Sector,
  type UnitKind,
  Visibility,
  type Channel,
  type Contact,
  type Offer,
  type Organisation,
  type Unit,
} from '#directory';

/** A cell: text, a whole number (ages), or empty. */
export type Cell = string | number | null;

/** The kinds of record the sheet holds, in its order, with the `type` word of the address and the Type column's text. */
export const RECORD_KINDS = {
  OFFER: { word: 'tilbud', label: 'Tilbud' },
  CONTACT: { word: 'kontakt', label: 'Kontakt' },
  ORGANISATION: { word: 'organisation', label: 'Organisation' },
  UNIT: { word: 'enhed', label: 'Enhed' },
} as const;
export type RecordKind = keyof typeof RECORD_KINDS;
export const ALL_KINDS = Object.keys(RECORD_KINDS) as RecordKind[];

/** The columns in order, each with its Danish header; `staff` only when the staff lines were asked for and may be shown. */
const COLUMNS = {
  type: 'Type',
  id: 'Id',
  name: 'Navn',
  organisation: 'Organisation',
  unit: 'Enhed',
  kind: 'Art',
  roleTitle: 'Rolle',
  status: 'Status',
  helpText: 'Hvad vi kan hjælpe med',
  description: 'Beskrivelse',
  ageMin: 'Alder fra',
  ageMax: 'Alder til',
  primaryAgeMin: 'Primær alder fra',
  primaryAgeMax: 'Primær alder til',
  situations: 'Situationer',
  problems: 'Problemer',
  dualDiagnosis: 'Dobbeltdiagnose accepteres',
  notFor: 'Ikke for',
  accessRoute: 'Adgangsvej',
  referredBy: 'Henvisning fra',
  decidedBy: 'Visitation ved',
  legalBasis: 'Lovgrundlag',
  holdsAuthority: 'Myndighed',
  waitingTime: 'Ventetid',
  capacity: 'Kapacitet',
  cost: 'Pris',
  languages: 'Sprog',
  municipalities: 'Kommuner',
  address: 'Adresse',
  channels: 'Kontaktveje',
  staff: 'Medarbejderlinjer (kun for fagpersoner)',
  startsOn: 'Starter',
  endsOn: 'Slutter',
  lastVerified: 'Sidst bekræftet',
  verifiedBy: 'Bekræftet af',
} as const;
type Column = keyof typeof COLUMNS;
/** One record's cells by column; a column the record has no field for stays empty. */
export type RowCells = Partial<Record<Column, Cell>>;

const columns = (staffLines: boolean) => (Object.keys(COLUMNS) as Column[]).filter((c) => staffLines || c !== 'staff');

/** The column headers, in Danish; the staff column only when it was asked for and may be shown. */
export function catalogueHeader(staffLines: boolean): string[] {
  return columns(staffLines).map((c) => COLUMNS[c]);
}

/** A record's cells in the header's order. */
export function inOrder(cells: RowCells, staffLines: boolean): Cell[] {
  return columns(staffLines).map((c) => cells[c] ?? null);
}

const ROUTES: Record<AccessRoute, string> = {
  ANONYMOUS: 'Anonym',
  SELF_REFERRAL: 'Egen henvendelse',
  REFERRAL: 'Henvisning',
  VISITATION: 'Visitation',
};
const STATUSES: Record<OfferStatus, string> = { ACTIVE: 'Aktivt', PAUSED: 'Sat på pause', ENDED: 'Afsluttet' };
const CONTACT_KINDS: Record<ContactKind, string> = { FUNCTION: 'Funktion', PERSON: 'Person' };
const SECTORS: Record<Sector, string> = {
  MUNICIPAL: 'Kommune',
  REGIONAL: 'Region',
  STATE: 'Stat',
  CIVIL_SOCIETY: 'Frivillig organisation',
  PRIVATE: 'Privat',
};
const UNIT_KINDS: Record<UnitKind, string> = { FORVALTNING: 'Forvaltning', CENTER: 'Center', AFDELING: 'Afdeling', TEAM: 'Team' };

const yesNo = (value: boolean | null) => (value === null ? null : value ? 'Ja' : 'Nej');
const channelText = (channels: Channel[], visibility: Visibility) =>
  channels
    .filter((c) => c.visibility === visibility)
    .map((c) => `${CHANNEL_KIND_LABELS[c.kind] ?? c.kind}${c.label ? ` (${c.label})` : ''}: ${c.value}`)
    .join('\n');
const verified = (record: { lastVerifiedAt: Date | null; lastVerifiedBy: string | null }): RowCells => ({
  lastVerified: record.lastVerifiedAt ? copenhagenDate(record.lastVerifiedAt) : null,
  verifiedBy: record.lastVerifiedBy,
});

/** Names the rows refer to, looked up a batch at a time. */
export interface Names {
  organisation: string;
  unit: string;
  situations: string;
  problems: string;
  municipalities: string;
}

/** The channel columns: PUBLIC ones for anyone, STAFF ones only in the staff column (dropped unless asked for). */
const channelCells = (channels: Channel[]): RowCells => ({
  channels: channelText(channels, Visibility.PUBLIC),
  staff: channelText(channels, Visibility.STAFF),
});

export function offerCells(offer: Offer, names: Names): RowCells {
  return {
    type: RECORD_KINDS.OFFER.label,
    id: offer.id,
    name: offer.name,
    organisation: names.organisation,
    unit: names.unit,
    status: STATUSES[offer.status] ?? offer.status,
    helpText: offer.helpText,
    description: offer.description,
    ageMin: offer.ageMin,
    ageMax: offer.ageMax,
    primaryAgeMin: offer.primaryAgeMin,
    primaryAgeMax: offer.primaryAgeMax,
    situations: names.situations,
    problems: names.problems,
    dualDiagnosis: yesNo(offer.dualDiagnosisAccepted),
    notFor: offer.notFor,
    accessRoute: ROUTES[offer.accessRoute] ?? offer.accessRoute,
    referredBy: offer.referredBy,
    decidedBy: offer.decidedBy,
    legalBasis: offer.legalBasis.map((b) => [b.act, b.section].filter(Boolean).join(' ')).join(', '),
    holdsAuthority: yesNo(offer.holdsAuthority),
    waitingTime: offer.waitingTime,
    capacity: offer.capacity,
    cost: offer.cost,
    languages: offer.languages.join(', '),
    municipalities: names.municipalities,
    address: offer.address,
    ...channelCells(offer.channels),
    startsOn: offer.startsOn,
    endsOn: offer.endsOn,
    ...verified(offer),
  };
}

export function contactCells(contact: Contact, names: Names): RowCells {
  return {
    type: RECORD_KINDS.CONTACT.label,
    id: contact.id,
    name: contact.name,
    organisation: names.organisation,
    unit: names.unit,
    kind: CONTACT_KINDS[contact.kind] ?? contact.kind,
    roleTitle: contact.roleTitle,
    helpText: contact.helpText,
    situations: names.situations,
    ...channelCells(contact.channels),
    ...verified(contact),
  };
}

/** An organisation: the Organisation column names the one it is a local branch of, if any. */
export function organisationCells(organisation: Organisation, names: Names): RowCells {
  return {
    type: RECORD_KINDS.ORGANISATION.label,
    id: organisation.id,
    name: organisation.name,
    organisation: names.organisation,
    kind: SECTORS[organisation.sector] ?? organisation.sector,
    description: organisation.description,
    municipalities: names.municipalities,
    address: organisation.address,
    channels: organisation.website ? `${CHANNEL_KIND_LABELS.WEB}: ${organisation.website}` : null,
    ...verified(organisation),
  };
}

/** A unit: the Enhed column names the unit it sits under, if any. */
export function unitCells(unit: Unit, names: Names): RowCells {
  return {
    type: RECORD_KINDS.UNIT.label,
    id: unit.id,
    name: unit.name,
    organisation: names.organisation,
    unit: names.unit,
    kind: UNIT_KINDS[unit.kind] ?? unit.kind,
    description: unit.description,
    address: unit.address,
    ...verified(unit),
  };
}
