import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { copenhagenDate, neutraliseFormula } from '#core';
import {
  AccessRoute,
  ChannelKind,
  OfferStatus,
  OffersService,
  OrganisationsService,
  TaxonomyService,
  UnitsService,
  Visibility,
  type Channel,
  type Offer,
  type OfferSelection,
} from '#directory';
import { GeographyService } from '#geography';

/** A cell: text, a whole number (ages), or empty. */
export type Cell = string | number | null;

/** The header and the rows, read a batch at a time as they are written. */
export interface CatalogueSheetData {
  header: string[];
  rows: AsyncIterable<Cell[]>;
}

const ROUTES: Record<AccessRoute, string> = {
  ANONYMOUS: 'Anonym',
  SELF_REFERRAL: 'Egen henvendelse',
  REFERRAL: 'Henvisning',
  VISITATION: 'Visitation',
};
const STATUSES: Record<OfferStatus, string> = { ACTIVE: 'Aktivt', PAUSED: 'Sat på pause', ENDED: 'Afsluttet' };
const KINDS: Record<ChannelKind, string> = {
  PHONE: 'Telefon',
  SMS: 'SMS',
  EMAIL: 'E-mail',
  WEB: 'Web',
  CHAT: 'Chat',
  VIDEO: 'Video',
  DROP_IN: 'Fremmøde',
};
const yesNo = (value: boolean | null) => (value === null ? null : value ? 'Ja' : 'Nej');
const channelText = (channels: Channel[]) =>
  channels.map((c) => `${KINDS[c.kind] ?? c.kind}${c.label ? ` (${c.label})` : ''}: ${c.value}`).join('\n');

/** The column headers, in Danish; the staff column only when it was asked for and may be shown. */
export function catalogueHeader(staffLines: boolean): string[] {
  return [
    'Id',
    'Navn',
    'Organisation',
    'Enhed',
    'Status',
    'Hvad vi kan hjælpe med',
    'Beskrivelse',
    'Alder fra',
    'Alder til',
    'Primær alder fra',
    'Primær alder til',
    'Situationer',
    'Problemer',
    'Dobbeltdiagnose accepteres',
    'Ikke for',
    'Adgangsvej',
    'Henvisning fra',
    'Visitation ved',
    'Lovgrundlag',
    'Myndighed',
    'Ventetid',
    'Kapacitet',
    'Pris',
    'Sprog',
    'Kommuner',
    'Adresse',
    'Kontaktveje',
    ...(staffLines ? ['Medarbejderlinjer (kun for fagpersoner)'] : []),
    'Starter',
    'Slutter',
    'Sidst bekræftet',
    'Bekræftet af',
  ];
}

/**
 * The offer catalogue as spreadsheet rows: the catalogue's own filters (OffersService.catalogue), public fields
 * and PUBLIC channels for anyone, the STAFF channels in a column of their own only when `staffLines` (the caller
 * has checked that the viewer may see them). Text a spreadsheet would take for a formula is neutralised.
 */
@Injectable()
export class CatalogueSheet {
  constructor(
    private readonly dataSource: DataSource,
    private readonly offers: OffersService,
    private readonly organisations: OrganisationsService,
    private readonly units: UnitsService,
    private readonly taxonomy: TaxonomyService,
    private readonly geography: GeographyService,
  ) {}

  /** Throws the directory's BadInputError for a filter it does not know (a municipality, a situation), before any row. */
  async open(selection: OfferSelection, staffLines: boolean): Promise<CatalogueSheetData> {
    const batches = await this.offers.catalogue(selection);
    const terms = new Map((await this.taxonomy.list()).map((t) => [t.key, t.label]));
    const municipalities = new Map((await this.geography.listMunicipalities()).map((m) => [m.code, m.name]));
    const named = (keys: string[], names: Map<string, string>) => keys.map((k) => names.get(k) ?? k).join(', ');
    const { organisations, units } = this;
    const manager = this.dataSource.manager;
    async function* rows(): AsyncIterable<Cell[]> {
      for await (const batch of batches) {
        const orgs = new Map(
          (await organisations.byIds(manager, [...new Set(batch.map((o) => o.organisationId))])).map((o) => [o.id, o.name]),
        );
        const unitIds = [...new Set(batch.flatMap((o) => (o.unitId ? [o.unitId] : [])))];
        const unitNames = new Map((await units.byIds(manager, unitIds)).map((u) => [u.id, u.name]));
        for (const offer of batch) {
          const row = rowOf(offer, {
            organisation: orgs.get(offer.organisationId) ?? '',
            unit: offer.unitId ? (unitNames.get(offer.unitId) ?? '') : '',
            situations: named(offer.situationKeys, terms),
            problems: named(offer.problemKeys, terms),
            municipalities: named(offer.municipalityCodes, municipalities),
            staffLines,
          });
          yield row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell));
        }
      }
    }
    return { header: catalogueHeader(staffLines), rows: rows() };
  }
}

interface Names {
  organisation: string;
  unit: string;
  situations: string;
  problems: string;
  municipalities: string;
  staffLines: boolean;
}

function rowOf(offer: Offer, names: Names): Cell[] {
  const channels = (visibility: Visibility) => channelText(offer.channels.filter((c) => c.visibility === visibility));
  return [
    offer.id,
    offer.name,
    names.organisation,
    names.unit,
    STATUSES[offer.status] ?? offer.status,
    offer.helpText,
    offer.description,
    offer.ageMin,
    offer.ageMax,
    offer.primaryAgeMin,
    offer.primaryAgeMax,
    names.situations,
    names.problems,
    yesNo(offer.dualDiagnosisAccepted),
    offer.notFor,
    ROUTES[offer.accessRoute] ?? offer.accessRoute,
    offer.referredBy,
    offer.decidedBy,
    offer.legalBasis.map((b) => [b.act, b.section].filter(Boolean).join(' ')).join(', '),
    yesNo(offer.holdsAuthority),
    offer.waitingTime,
    offer.capacity,
    offer.cost,
    offer.languages.join(', '),
    names.municipalities,
    offer.address,
    channels(Visibility.PUBLIC),
    ...(names.staffLines ? [channels(Visibility.STAFF)] : []),
    offer.startsOn,
    offer.endsOn,
    offer.lastVerifiedAt ? copenhagenDate(offer.lastVerifiedAt) : null,
    offer.lastVerifiedBy,
  ];
}
