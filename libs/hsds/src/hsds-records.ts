import { copenhagenDate } from '#core';
import {
  AccessRoute,
  ChannelKind,
  OfferStatus,
  Visibility,
  type Channel,
  type Contact,
  type Offer,
  type OpeningHours,
  type Organisation,
  type TaxonomyTerm,
} from '#directory';
import { AttributeList } from './hsds-taxonomy.js';
import { childId, locationId, serviceAtLocationId } from './hsds-ids.js';
import type {
  HsdsContact,
  HsdsLanguage,
  HsdsLocation,
  HsdsOrganization,
  HsdsPhone,
  HsdsSchedule,
  HsdsService,
  HsdsServiceArea,
  HsdsServiceAtLocation,
} from './hsds.types.js';

/** What the mapping looks up: taxonomy terms by key and municipality names by code. */
export interface Lookups {
  terms: Map<string, TaxonomyTerm>;
  municipalities: Map<string, { name: string; officialName: string }>;
}

const STATUS: Record<OfferStatus, string> = {
  [OfferStatus.ACTIVE]: 'active',
  [OfferStatus.PAUSED]: 'temporarily closed',
  [OfferStatus.ENDED]: 'inactive',
};

const ACCESS: Record<AccessRoute, string> = {
  [AccessRoute.ANONYMOUS]: 'Anonymt: ingen henvisning og ingen registrering.',
  [AccessRoute.SELF_REFERRAL]: 'Borgeren kan selv henvende sig.',
  [AccessRoute.REFERRAL]: 'Kræver henvisning.',
  [AccessRoute.VISITATION]: 'Kræver en kommunal afgørelse (visitation).',
};

const LANGUAGE_NAMES: Record<string, string> = { da: 'Dansk', en: 'Engelsk', de: 'Tysk', ar: 'Arabisk', uk: 'Ukrainsk', so: 'Somali' };
const DAYS = { MON: 'MO', TUE: 'TU', WED: 'WE', THU: 'TH', FRI: 'FR', SAT: 'SA', SUN: 'SU' } as const;

/** Only what everyone may see: STAFF lines are left out here, before anything is mapped. */
export const publicChannels = (channels: Channel[]): Channel[] => channels.filter((c) => c.visibility === Visibility.PUBLIC);

const first = (channels: Channel[], kind: ChannelKind): string | undefined => channels.find((c) => c.kind === kind)?.value;
const webAddress = (value: string | null | undefined): string | undefined => (value && /^https?:\/\/\S+$/.test(value) ? value : undefined);

/** Leaves out absent fields: HSDS types them as strings and numbers, never null. */
function present<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined)) as T;
}

type PhoneOwner = { service_id: string } | { organization_id: string } | { contact_id: string };

export function phones(ownerId: string, channels: Channel[], owner: PhoneOwner): HsdsPhone[] {
  return publicChannels(channels)
    .filter((c) => c.kind === ChannelKind.PHONE || c.kind === ChannelKind.SMS)
    .map((c, i) => {
      const id = childId('phone', ownerId, i);
      return present({
        id,
        ...owner,
        number: c.value,
        type: c.kind === ChannelKind.SMS ? 'text' : 'voice',
        description: c.label ?? undefined,
        attributes: new AttributeList(id, 'phone').value('synlighed', Visibility.PUBLIC).list(),
      });
    });
}

export function schedules(serviceId: string, hours: OpeningHours | null): HsdsSchedule[] {
  if (!hours) return [];
  if (hours.alwaysOpen) {
    return [
      present({
        id: childId('schedule', serviceId, 'always'),
        service_id: serviceId,
        freq: 'WEEKLY',
        wkst: 'MO',
        byday: 'MO,TU,WE,TH,FR,SA,SU',
        opens_at: '00:00',
        closes_at: '24:00',
        description: hours.note ?? 'Døgnåbent (dansk tid).',
      }),
    ];
  }
  const byTimes = new Map<string, string[]>();
  for (const day of hours.weekly) {
    const key = `${day.opens}-${day.closes}`;
    byTimes.set(key, [...(byTimes.get(key) ?? []), DAYS[day.day]]);
  }
  return [...byTimes].map(([times, days]) => {
    const [opens, closes] = times.split('-');
    return present({
      id: childId('schedule', serviceId, times),
      service_id: serviceId,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: days.join(','),
      opens_at: opens,
      closes_at: closes,
      description: hours.note ? `${hours.note} (dansk tid)` : 'Dansk tid.',
    });
  });
}

/** "Stengade 59, 3000 Helsingør" as an HSDS address (postal code and town split off when written that way). */
export function location(
  ownerId: string,
  address: string,
  organisationId: string,
  at: { latitude: number | null; longitude: number | null },
): HsdsLocation {
  const id = locationId(ownerId, 'address');
  const match = /^(.*),\s*(\d{4})\s+(.+)$/.exec(address);
  return present({
    id,
    location_type: 'physical',
    organization_id: organisationId,
    name: address,
    latitude: at.latitude ?? undefined,
    longitude: at.longitude ?? undefined,
    addresses: [
      {
        id: childId('address', id, 0),
        location_id: id,
        address_1: match ? match[1] : address,
        city: match ? match[3] : '',
        state_province: '',
        postal_code: match ? match[2] : '',
        country: 'DK',
        address_type: 'physical',
      },
    ],
  });
}

export function municipalityLocation(code: string, lookups: Lookups): HsdsLocation {
  const name = lookups.municipalities.get(code)?.officialName ?? `Kommune ${code}`;
  return {
    id: locationId('', code),
    location_type: 'virtual',
    name,
    description: `Området ${name} (kommunekode ${code}).`,
    external_identifier: code,
    external_identifier_type: 'kommunekode',
    addresses: [],
  };
}

export function serviceAtLocation(offer: Offer, place: string, lookups: Lookups, nested: boolean): HsdsServiceAtLocation {
  const where =
    place === 'address' ? location(offer.id, offer.address ?? '', offer.organisationId, offer) : municipalityLocation(place, lookups);
  return present({
    id: serviceAtLocationId(offer.id, place),
    service_id: offer.id,
    location_id: where.id,
    description: place === 'address' ? `${offer.name} på adressen ${offer.address}.` : `${offer.name} for borgere i ${where.name}.`,
    location: nested ? where : undefined,
  });
}

/** The places of an offer as service_at_location: its address, then the municipalities it covers (or its organisation's). */
export function placesOf(offer: Offer, organisation: Organisation | undefined): string[] {
  const codes = offer.municipalityCodes.length
    ? offer.municipalityCodes
    : organisation?.municipalityCode
      ? [organisation.municipalityCode]
      : [];
  return [...(offer.address ? ['address'] : []), ...[...codes].sort()];
}

function serviceAttributes(offer: Offer, lookups: Lookups): AttributeList {
  const list = new AttributeList(offer.id, 'service');
  for (const key of [...offer.situationKeys, ...offer.problemKeys]) {
    const term = lookups.terms.get(key);
    if (term) list.term(term);
  }
  list.value('adgangsvej', offer.accessRoute);
  for (const basis of offer.legalBasis) list.value('lovgrundlag', [basis.act, basis.section].filter(Boolean).join(' '));
  if (offer.primaryAgeMin !== null || offer.primaryAgeMax !== null) {
    list.value('primaer-aldersgruppe', `${offer.primaryAgeMin ?? ''}-${offer.primaryAgeMax ?? ''}`);
  }
  if (offer.holdsAuthority) list.value('myndighed', true);
  list.value('dobbeltdiagnose', offer.dualDiagnosisAccepted);
  list.value('henvisning-fra', offer.referredBy).value('visiteres-af', offer.decidedBy).value('kapacitet', offer.capacity);
  list.value('starter', offer.startsOn).value('slutter', offer.endsOn);
  if (offer.isDemo) list.value('demodata', true);
  return list;
}

/** An offer as an HSDS service: one-to-one fields, and with `full` everything nested. */
export function service(offer: Offer, lookups: Lookups, full: { organisation?: HsdsOrganization; places: string[] } | null): HsdsService {
  const open = publicChannels(offer.channels);
  const access = [
    ACCESS[offer.accessRoute],
    offer.referredBy && `Henvisning fra: ${offer.referredBy}.`,
    offer.decidedBy && `Visiteres af: ${offer.decidedBy}.`,
  ];
  const base: HsdsService = present({
    id: offer.id,
    organization_id: offer.organisationId,
    name: offer.name,
    description: [offer.description, offer.helpText].filter(Boolean).join('\n\n') || undefined,
    url: webAddress(first(open, ChannelKind.WEB)),
    email: first(open, ChannelKind.EMAIL),
    status: STATUS[offer.status],
    application_process: access.filter(Boolean).join(' '),
    wait_time: offer.waitingTime ?? undefined,
    fees_description: offer.cost ?? undefined,
    eligibility_description: offer.notFor ? `Ikke for: ${offer.notFor}` : undefined,
    minimum_age: offer.ageMin ?? undefined,
    maximum_age: offer.ageMax ?? undefined,
    assured_date: offer.lastVerifiedAt ? copenhagenDate(offer.lastVerifiedAt) : undefined,
    last_modified: offer.updatedAt.toISOString(),
  });
  if (!full) return base;
  const areas: HsdsServiceArea[] = full.places
    .filter((p) => p !== 'address')
    .map((code) => ({
      id: childId('service_area', offer.id, code),
      service_id: offer.id,
      name: lookups.municipalities.get(code)?.officialName ?? code,
      extent: code,
      extent_type: 'text',
    }));
  const languages: HsdsLanguage[] = offer.languages.map((code) => ({
    id: childId('language', offer.id, code),
    service_id: offer.id,
    code,
    name: LANGUAGE_NAMES[code] ?? code,
  }));
  return present({
    ...base,
    phones: phones(offer.id, offer.channels, { service_id: offer.id }),
    schedules: schedules(offer.id, offer.openingHours),
    service_areas: areas,
    service_at_locations: full.places.map((place) => serviceAtLocation(offer, place, lookups, true)),
    languages,
    organization: full.organisation,
    contacts: [],
    attributes: serviceAttributes(offer, lookups).list(),
  });
}

/** A contact with its PUBLIC channels, or nothing when it has none (it is then for staff only). */
export function contact(record: Contact): HsdsContact | null {
  const open = publicChannels(record.channels);
  if (!open.length) return null;
  return present({
    id: record.id,
    organization_id: record.organisationId,
    name: record.name,
    title: record.roleTitle ?? undefined,
    email: first(open, ChannelKind.EMAIL),
    phones: phones(record.id, record.channels, { contact_id: record.id }),
    attributes: new AttributeList(record.id, 'contact').value('kontakttype', record.kind).list(),
  });
}

export function organization(org: Organisation, full: { contacts: Contact[]; services: HsdsService[] } | null): HsdsOrganization {
  const base: HsdsOrganization = present({
    id: org.id,
    name: org.name,
    description: org.description ?? '',
    website: webAddress(org.website),
    parent_organization_id: org.parentOrganisationId ?? undefined,
    last_modified: org.updatedAt.toISOString(),
  });
  if (!full) return base;
  const attributes = new AttributeList(org.id, 'organization')
    .value('sektor', org.sector)
    .value('kommunekode', org.municipalityCode)
    .value('region', org.regionKey)
    .value('demodata', org.isDemo || undefined);
  return {
    ...base,
    contacts: full.contacts.map(contact).filter((c): c is HsdsContact => c !== null),
    locations: org.address ? [location(org.id, org.address, org.id, org)] : [],
    attributes: attributes.list(),
    services: full.services,
  };
}
