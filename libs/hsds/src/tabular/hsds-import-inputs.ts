import {
  AccessRoute,
  ChannelKind,
  ContactKind,
  OfferStatus,
  Sector,
  Visibility,
  Weekday,
  type ChannelInput,
  type CreateContactInput,
  type CreateOfferInput,
  type CreateOrganisationInput,
  type OpeningHoursInput,
} from '#directory';
import { locationId } from '../hsds-ids.js';
import type { Row, Tables } from './hsds-tables.js';

const STATUS: Record<string, OfferStatus> = { active: OfferStatus.ACTIVE, 'temporarily closed': OfferStatus.PAUSED };
const DAYS: Record<string, Weekday> = {
  MO: Weekday.MON,
  TU: Weekday.TUE,
  WE: Weekday.WED,
  TH: Weekday.THU,
  FR: Weekday.FRI,
  SA: Weekday.SAT,
  SU: Weekday.SUN,
};

const group = (rows: Row[], key: string): Map<string, Row[]> => {
  const map = new Map<string, Row[]>();
  for (const row of rows) if (row[key]) map.set(row[key], [...(map.get(row[key]) ?? []), row]);
  return map;
};
const orNull = (value: string | undefined): string | null => (value ? value : null);
const numberOrNull = (value: string | undefined): number | null => (value ? Number(value) : null);
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null => values.find((v) => v === value) ?? null;

/** The rows of a package indexed for the way back: HSDS records → Vejviser's create inputs (ids still HSDS's). */
export class PackageReader {
  private readonly termCodes: Map<string, string>;
  private readonly attributes: Map<string, Row[]>;
  private readonly locations: Map<string, Row>;
  private readonly phonesOfService: Map<string, Row[]>;
  private readonly phonesOfContact: Map<string, Row[]>;
  private readonly schedules: Map<string, Row[]>;
  private readonly areas: Map<string, Row[]>;
  private readonly languages: Map<string, Row[]>;
  private readonly places: Map<string, Row[]>;

  constructor(readonly tables: Tables) {
    this.termCodes = new Map(tables.taxonomy_term.map((t) => [t.id, t.code]));
    this.attributes = group(tables.attribute, 'link_id');
    this.locations = new Map(tables.location.map((l) => [l.id, l]));
    this.phonesOfService = group(tables.phone, 'service_id');
    this.phonesOfContact = group(tables.phone, 'contact_id');
    this.schedules = group(tables.schedule, 'service_id');
    this.areas = group(tables.service_area, 'service_id');
    this.languages = group(tables.language, 'service_id');
    this.places = group(tables.service_at_location, 'service_id');
  }

  /** Values of the `vejviser-egenskaber` attribute `code` on record `linkId`. */
  values(linkId: string, code: string): string[] {
    return (this.attributes.get(linkId) ?? []).filter((a) => a.link_type === code).map((a) => a.value);
  }

  private value(linkId: string, code: string): string | null {
    return this.values(linkId, code)[0] ?? null;
  }

  private termKeys(linkId: string, linkType: 'situation' | 'problem'): string[] {
    return (this.attributes.get(linkId) ?? [])
      .filter((a) => a.link_type === linkType)
      .map((a) => this.termCodes.get(a.taxonomy_term_id))
      .filter((code): code is string => !!code);
  }

  /** Organisations with parents before their branches. */
  organisationsInOrder(): Row[] {
    const ids = new Set(this.tables.organization.map((o) => o.id));
    const done = new Set<string>();
    const ordered: Row[] = [];
    let rest = this.tables.organization;
    while (rest.length) {
      const ready = rest.filter(
        (o) => !o.parent_organization_id || !ids.has(o.parent_organization_id) || done.has(o.parent_organization_id),
      );
      if (!ready.length) throw new Error('Organisationernes overordnede organisationer danner en ring.');
      for (const o of ready) done.add(o.id);
      ordered.push(...ready);
      rest = rest.filter((o) => !done.has(o.id));
    }
    return ordered;
  }

  organisation(row: Row, parentId: string | null): CreateOrganisationInput {
    const place = this.locations.get(locationId(row.id, 'address'));
    return {
      name: row.name,
      sector: oneOf(Object.values(Sector), this.value(row.id, 'sektor')) ?? Sector.CIVIL_SOCIETY,
      municipalityCode: this.value(row.id, 'kommunekode'),
      region: this.value(row.id, 'region'),
      website: orNull(row.website),
      description: orNull(row.description),
      parentOrganisationId: parentId,
      address: orNull(place?.name),
      location: place?.latitude && place.longitude ? { latitude: Number(place.latitude), longitude: Number(place.longitude) } : null,
    };
  }

  contact(row: Row, organisationId: string): CreateContactInput {
    return {
      organisationId,
      name: row.name,
      kind: oneOf(Object.values(ContactKind), this.value(row.id, 'kontakttype')) ?? ContactKind.FUNCTION,
      roleTitle: orNull(row.title),
      channels: this.channels(this.phonesOfContact.get(row.id) ?? [], row.email, null),
    };
  }

  offer(row: Row, organisationId: string, organisationCode: string | null): CreateOfferInput {
    const place = (this.places.get(row.id) ?? [])
      .map((p) => this.locations.get(p.location_id))
      .find((l) => l?.location_type === 'physical');
    const codes = (this.areas.get(row.id) ?? []).map((a) => a.extent).sort();
    const primary = /^(\d*)-(\d*)$/.exec(this.value(row.id, 'primaer-aldersgruppe') ?? '');
    const dual = this.value(row.id, 'dobbeltdiagnose');
    return {
      organisationId,
      name: row.name,
      description: orNull(row.description),
      ageMin: numberOrNull(row.minimum_age),
      ageMax: numberOrNull(row.maximum_age),
      primaryAgeMin: primary ? numberOrNull(primary[1]) : null,
      primaryAgeMax: primary ? numberOrNull(primary[2]) : null,
      situations: this.termKeys(row.id, 'situation'),
      problemTags: this.termKeys(row.id, 'problem'),
      dualDiagnosisAccepted: dual === null ? null : dual === 'true',
      notFor: orNull(row.eligibility_description?.replace(/^Ikke for: /, '')),
      accessRoute: oneOf(Object.values(AccessRoute), this.value(row.id, 'adgangsvej')) ?? AccessRoute.SELF_REFERRAL,
      referredBy: this.value(row.id, 'henvisning-fra'),
      decidedBy: this.value(row.id, 'visiteres-af'),
      legalBasis: this.values(row.id, 'lovgrundlag').map((text) => {
        const at = text.indexOf(' §');
        return at < 0 ? { act: text, section: null } : { act: text.slice(0, at), section: text.slice(at + 1) };
      }),
      holdsAuthority: this.value(row.id, 'myndighed') === 'true',
      waitingTime: orNull(row.wait_time),
      capacity: this.value(row.id, 'kapacitet'),
      cost: orNull(row.fees_description),
      languages: (this.languages.get(row.id) ?? []).map((l) => l.code),
      // Written out as the organisation's own municipality when the offer named none: back to none.
      municipalityCodes: codes.length === 1 && codes[0] === organisationCode ? [] : codes,
      channels: this.channels(this.phonesOfService.get(row.id) ?? [], row.email, row.url),
      openingHours: this.openingHours(this.schedules.get(row.id) ?? []),
      status: STATUS[row.status] ?? OfferStatus.ENDED,
      startsOn: this.value(row.id, 'starter'),
      endsOn: this.value(row.id, 'slutter'),
      address: orNull(place?.name),
      location: place?.latitude && place.longitude ? { latitude: Number(place.latitude), longitude: Number(place.longitude) } : null,
    };
  }

  private channels(phones: Row[], email: string | undefined, url: string | null | undefined): ChannelInput[] {
    return [
      ...phones.map((p) => ({
        kind: p.type === 'text' ? ChannelKind.SMS : ChannelKind.PHONE,
        value: p.number,
        label: orNull(p.description),
        visibility: Visibility.PUBLIC,
      })),
      ...(email ? [{ kind: ChannelKind.EMAIL, value: email, label: null, visibility: Visibility.PUBLIC }] : []),
      ...(url ? [{ kind: ChannelKind.WEB, value: url, label: null, visibility: Visibility.PUBLIC }] : []),
    ];
  }

  private openingHours(schedules: Row[]): OpeningHoursInput | null {
    if (!schedules.length) return null;
    const note = (text: string) => orNull(text.replace(/ ?\(dansk tid\)$|^Dansk tid\.$|^Døgnåbent \(dansk tid\)\.$/, ''));
    if (schedules.length === 1 && schedules[0].opens_at === '00:00' && schedules[0].closes_at === '24:00') {
      return { alwaysOpen: true, weekly: [], exceptions: [], note: note(schedules[0].description) };
    }
    const weekly = schedules.flatMap((s) =>
      s.byday.split(',').flatMap((d) => (DAYS[d] ? [{ day: DAYS[d], opens: s.opens_at, closes: s.closes_at }] : [])),
    );
    return { alwaysOpen: false, weekly, exceptions: [], note: note(schedules[0].description) };
  }
}
