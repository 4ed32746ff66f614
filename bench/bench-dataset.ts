// An invented directory of Denmark's size for `npm run bench:search`: all 98 municipalities, each
// with its municipal organisation, units and local volunteer branches; the five regions' psychiatry;
// offers and contacts spread over them with Danish names and texts built from the taxonomy and the
// word lists below, coordinates near the town hall towns and opening hours of every kind (office
// hours, evenings, past midnight, around the clock, holiday exceptions). Nothing is real: every row is
// flagged is_demo, e-mail is on example.org and every phone number starts with 0, as no Danish number does.

import { MUNICIPALITIES, REGIONS, referencePointOf } from '#geography';
import { TAXONOMY } from '#directory';
import { hashSeed, mulberry32, slugify as slug } from '#demo';
import {
  CORES,
  FILLER,
  FIRST_NAMES,
  FUNCTIONS,
  GROUPS,
  HELP,
  LAST_NAMES,
  MUNICIPAL_UNITS,
  REGIONAL_UNITS,
  ROLES,
  VARIANTS,
  VOLUNTEERS,
  WEIGHT,
  type AccessRoute,
  type Weekday,
} from './bench-words.js';

export interface BenchDatasetOptions {
  offers: number;
  contacts: number;
  /** Same seed, same dataset. */
  seed?: string;
}

interface Located {
  address: string;
  latitude: number;
  longitude: number;
}
interface Verified {
  last_verified_at: string;
  is_demo: true;
}
export interface BenchChannel {
  kind: 'PHONE' | 'EMAIL' | 'WEB';
  value: string;
  label: string | null;
  visibility: 'PUBLIC' | 'STAFF';
}
export interface BenchOpeningHours {
  alwaysOpen: boolean;
  openOnHolidays: boolean;
  weekly: { day: Weekday; opens: string; closes: string }[];
  exceptions: { date: string; closed: boolean; opens: string | null; closes: string | null; note: string | null }[];
  note: string | null;
}
export interface OrganisationRow extends Located, Verified {
  id: string;
  name: string;
  sector: 'MUNICIPAL' | 'REGIONAL' | 'CIVIL_SOCIETY';
  municipality_code: string | null;
  region_key: string | null;
  website: string | null;
  description: string;
}
export interface UnitRow extends Located, Verified {
  id: string;
  organisation_id: string;
  parent_id: string | null;
  name: string;
  kind: 'FORVALTNING' | 'CENTER' | 'AFDELING' | 'TEAM';
  description: string;
}
export interface ContactRow extends Verified {
  id: string;
  organisation_id: string;
  unit_id: string | null;
  kind: 'PERSON' | 'FUNCTION';
  name: string;
  role_title: string | null;
  help_text: string;
  channels: BenchChannel[];
  opening_hours: BenchOpeningHours | null;
  situation_keys: string[];
}
export interface OfferRow extends Located, Verified {
  id: string;
  organisation_id: string;
  unit_id: string | null;
  name: string;
  description: string;
  help_text: string;
  age_min: number | null;
  age_max: number | null;
  situation_keys: string[];
  problem_keys: string[];
  access_route: AccessRoute;
  referred_by: string | null;
  decided_by: string | null;
  legal_basis: { act: string; section: string | null }[];
  municipality_codes: string[];
  channels: BenchChannel[];
  opening_hours: BenchOpeningHours | null;
  status: 'ACTIVE' | 'PAUSED' | 'ENDED';
}
export interface BenchDataset {
  municipalities: number;
  organisations: OrganisationRow[];
  units: UnitRow[];
  contacts: ContactRow[];
  offers: OfferRow[];
}

const TAXONOMY_LABEL = new Map(TAXONOMY.map((t) => [t.key, t.labelDa]));
const SITUATION_KEYS = TAXONOMY.filter((t) => t.kind === 'SITUATION').map((t) => t.key);
const HOSPITAL_TOWNS_PER_REGION = 3;
const OFFICE_DAYS: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI'];
const ALL_DAYS: readonly Weekday[] = [...OFFICE_DAYS, 'SAT', 'SUN'];

// ---- the generator ------------------------------------------------------------------------------

class Random {
  private readonly next: () => number;
  constructor(seed: string) {
    this.next = mulberry32(hashSeed(seed));
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  some<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < count && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }
  /** A version 4 UUID from the seeded sequence, so the same seed gives the same ids. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
  /** Invented: Danish numbers never start with 0. */
  phone(): string {
    const two = () => String(this.int(0, 99)).padStart(2, '0');
    return `+45 0${this.int(1, 9)} ${two()} ${two()} ${two()}`;
  }
}

interface Place {
  code: string;
  name: string;
  town: string;
  latitude: number;
  longitude: number;
  region: string;
  weight: number;
}

interface Home {
  org: OrganisationRow;
  units: { row: UnitRow; area: string }[];
  place: Place;
}

export function buildBenchDataset(options: BenchDatasetOptions): BenchDataset {
  const random = new Random(options.seed ?? 'vejviser-bench');
  const places = MUNICIPALITIES.map((m): Place => {
    const point = referencePointOf(m.code);
    if (!point) throw new Error(`Kommune ${m.code} mangler et referencepunkt`);
    return {
      code: m.code,
      name: m.name,
      town: point.town,
      latitude: point.latitude,
      longitude: point.longitude,
      region: m.regions[0].region,
      weight: WEIGHT[m.code] ?? 1,
    };
  });
  const verifiedAt = () => new Date(Date.UTC(2026, 10, 20) - random.int(0, 400) * 86_400_000).toISOString();
  const near = (place: Place, km: number): Located => ({
    address: `${place.town}`,
    latitude: round(clamp(place.latitude + ((random.float() - 0.5) * 2 * km) / 111.2, 54.56, 57.75)),
    longitude: round(clamp(place.longitude + ((random.float() - 0.5) * 2 * km) / 63, 8.08, 15.19)),
  });
  const organisations: OrganisationRow[] = [];
  const units: UnitRow[] = [];
  const organisation = (
    fields: Omit<OrganisationRow, 'id' | 'last_verified_at' | 'is_demo' | keyof Located>,
    place: Place,
  ): OrganisationRow => {
    const row: OrganisationRow = { id: random.uuid(), ...fields, ...near(place, 1), last_verified_at: verifiedAt(), is_demo: true };
    organisations.push(row);
    return row;
  };
  const unit = (org: OrganisationRow, name: string, kind: UnitRow['kind'], parent: UnitRow | null, place: Place, area: string) => {
    const row: UnitRow = {
      id: random.uuid(),
      organisation_id: org.id,
      parent_id: parent?.id ?? null,
      name,
      kind,
      description: `${name} i ${place.town}. ${random.pick(FILLER)}`,
      ...near(place, 6),
      last_verified_at: verifiedAt(),
      is_demo: true,
    };
    units.push(row);
    return { row, area };
  };

  const municipal: Home[] = [];
  const volunteer: Home[] = [];
  for (const place of places) {
    const org = organisation(
      {
        name: `${place.name} Kommune`,
        sector: 'MUNICIPAL',
        municipality_code: place.code,
        region_key: null,
        website: `https://${slug(place.name)}.example.org`,
        description: `Kommunens indgang til hjælp for børn, unge og voksne i mistrivsel i ${place.name}.`,
      },
      place,
    );
    const created: { row: UnitRow; area: string }[] = [];
    for (const [area, name, parent] of MUNICIPAL_UNITS) {
      created.push(unit(org, name, parent < 0 ? 'FORVALTNING' : 'CENTER', parent < 0 ? null : created[parent].row, place, area));
    }
    municipal.push({ org, units: created, place });
    for (const name of random.some(VOLUNTEERS, place.weight > 1 ? 3 : random.int(1, 2))) {
      const branch = organisation(
        {
          name: `${name} ${place.town}`,
          sector: 'CIVIL_SOCIETY',
          municipality_code: place.code,
          region_key: null,
          website: null,
          description: `Frivillig forening i ${place.town}: fællesskab, samtaler og rådgivning ved frivillige.`,
        },
        place,
      );
      volunteer.push({ org: branch, units: [], place });
    }
  }
  const regional: Home[] = [];
  for (const region of [...new Set(places.map((p) => p.region))]) {
    const inRegion = places.filter((p) => p.region === region);
    const towns = [...inRegion].sort((a, b) => b.weight - a.weight || a.code.localeCompare(b.code)).slice(0, HOSPITAL_TOWNS_PER_REGION);
    const org = organisation(
      {
        name: `${regionName(region)}, Psykiatrien`,
        sector: 'REGIONAL',
        municipality_code: null,
        region_key: region,
        website: null,
        description: `Regionens psykiatri for børn, unge og voksne i ${inRegion.length} kommuner.`,
      },
      towns[0],
    );
    const created = towns.flatMap((town) =>
      REGIONAL_UNITS.map(([area, name]) => unit(org, `${name} ${town.town}`, 'AFDELING', null, town, area)),
    );
    regional.push({ org, units: created, place: towns[0] });
  }

  const totalWeight = places.reduce((sum, p) => sum + p.weight, 0);
  const weightedMunicipal = (): Home => {
    let at = random.float() * totalWeight;
    for (const home of municipal) if ((at -= home.place.weight) <= 0) return home;
    return municipal[municipal.length - 1];
  };
  const pickHome = (): Home => {
    const roll = random.float();
    if (roll < 0.08) return random.pick(regional);
    if (roll < 0.2) {
      const code = weightedMunicipal().place.code;
      return random.pick(volunteer.filter((v) => v.place.code === code));
    }
    return weightedMunicipal();
  };
  const unitFor = (home: Home, area: string) => {
    if (!home.units.length) return null;
    const fitting = home.units.filter((u) => u.area === area && u.row.kind !== 'FORVALTNING');
    return random.pick(fitting.length ? fitting : home.units).row;
  };

  const offers: OfferRow[] = [];
  for (let i = 0; i < options.offers; i++) offers.push(makeOffer(random, pickHome(), unitFor, near, verifiedAt, places));
  const contacts: ContactRow[] = [];
  for (let i = 0; i < options.contacts; i++) contacts.push(makeContact(random, pickHome(), unitFor, verifiedAt));
  return { municipalities: places.length, organisations, units, contacts, offers };
}

function makeOffer(
  random: Random,
  home: Home,
  unitFor: (home: Home, area: string) => UnitRow | null,
  near: (place: Place, km: number) => Located,
  verifiedAt: () => string,
  places: readonly Place[],
): OfferRow {
  const kind = random.pick(CORES);
  const group = random.pick(GROUPS);
  const unit = unitFor(home, kind.unit);
  const name = `${kind.name}${group.text ? ` ${group.text}` : ''}${random.pick(VARIANTS)}`;
  const where = home.org.sector === 'REGIONAL' ? `i ${regionName(home.org.region_key!)}` : `i ${home.place.name}`;
  const problems = [
    ...kind.problems,
    ...(random.chance(0.3) ? [random.pick(['anxiety', 'depression', 'loneliness', 'school', 'grief'])] : []),
  ];
  const labels = [...new Set(problems)].map((k) => TAXONOMY_LABEL.get(k)!.toLowerCase());
  const access = random.pick(kind.access);
  // About one offer in eight covers neighbouring municipalities too (a coverage area).
  const coverage =
    home.org.sector === 'MUNICIPAL' && random.chance(0.12)
      ? [home.place.code, ...nearest(places, home.place, random.int(1, 4)).map((p) => p.code)]
      : [];
  const status = random.chance(0.9) ? 'ACTIVE' : random.chance(0.5) ? 'PAUSED' : 'ENDED';
  return {
    id: random.uuid(),
    organisation_id: home.org.id,
    unit_id: unit?.id ?? null,
    name,
    description: [
      `${kind.name} ${group.text || 'for borgere'} ${where}: ${kind.activity}.`,
      `Tilbuddet er for dem, der kæmper med ${labels.join(' og ')}.`,
      ...random.some(FILLER, random.int(1, 3)),
    ].join(' '),
    help_text: random.pick(HELP),
    age_min: group.ages[0],
    age_max: group.ages[1],
    situation_keys: [...new Set([...kind.situations, ...(random.chance(0.2) ? [random.pick(SITUATION_KEYS)] : [])])],
    problem_keys: [...new Set(problems)],
    access_route: access,
    referred_by: access === 'REFERRAL' ? random.pick(['Egen læge', 'Psykiatrien', 'Sagsbehandler', 'Skolen']) : null,
    decided_by: access === 'VISITATION' ? `${unit?.name ?? home.org.name}, visitationen` : null,
    legal_basis: kind.legal ? [kind.legal] : [],
    municipality_codes: coverage,
    channels: [
      { kind: 'PHONE', value: random.phone(), label: 'Hovednummer', visibility: 'PUBLIC' },
      ...(random.chance(0.4)
        ? [{ kind: 'PHONE' as const, value: random.phone(), label: 'Direkte for fagpersoner', visibility: 'STAFF' as const }]
        : []),
      { kind: 'EMAIL', value: `${slug(kind.name)}@${slug(home.org.name)}.example.org`, label: null, visibility: 'PUBLIC' },
    ],
    opening_hours: random.chance(0.15) ? null : hoursFor(random, access === 'ANONYMOUS' ? 'evening' : undefined),
    status,
    ...near(home.place, 8),
    last_verified_at: verifiedAt(),
    is_demo: true,
  };
}

function makeContact(
  random: Random,
  home: Home,
  unitFor: (home: Home, area: string) => UnitRow | null,
  verifiedAt: () => string,
): ContactRow {
  const area = home.units.length ? random.pick(home.units).area : 'sund';
  const unit = unitFor(home, area);
  const situations = random.some(SITUATION_KEYS, random.int(0, 2));
  const person = random.chance(0.7);
  const role = random.pick(ROLES[area] ?? ROLES.sund);
  const about = situations.length
    ? `Kontakt ved ${situations.map((k) => TAXONOMY_LABEL.get(k)!.toLowerCase()).join(' og ')}.`
    : 'Generelle henvendelser.';
  const name = person ? `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}` : random.pick(FUNCTIONS);
  const hours = person
    ? random.chance(0.8)
      ? hoursFor(random, 'office')
      : null
    : hoursFor(random, random.pick(['always', 'evening', 'office', 'night'] as const));
  return {
    id: random.uuid(),
    organisation_id: home.org.id,
    unit_id: unit?.id ?? null,
    kind: person ? 'PERSON' : 'FUNCTION',
    name,
    role_title: person ? role : null,
    help_text: `${about} ${random.pick(HELP)}`,
    channels: [
      {
        kind: 'PHONE',
        value: random.phone(),
        label: person ? 'Direkte' : 'Hovednummer',
        visibility: person && random.chance(0.5) ? 'STAFF' : 'PUBLIC',
      },
      ...(person
        ? [
            {
              kind: 'EMAIL' as const,
              value: `${slug(name)}@${slug(home.org.name)}.example.org`,
              label: null,
              visibility: 'PUBLIC' as const,
            },
          ]
        : []),
    ],
    opening_hours: hours,
    situation_keys: situations,
    last_verified_at: verifiedAt(),
    is_demo: true,
  };
}

/** Office hours, evenings, past midnight, or around the clock; with the Christmas closures of 2026. */
function hoursFor(
  random: Random,
  kind: 'office' | 'evening' | 'night' | 'always' = random.pick(['office', 'office', 'evening', 'night', 'always'] as const),
): BenchOpeningHours {
  const exceptions: BenchOpeningHours['exceptions'] = [
    { date: '2026-12-24', closed: true, opens: null, closes: null, note: 'Lukket juleaften' },
    { date: '2026-12-31', closed: true, opens: null, closes: null, note: 'Lukket nytårsaftensdag' },
    ...(random.chance(0.3) ? [{ date: '2026-12-23', closed: false, opens: '08:00', closes: '12:00', note: 'Åbent til kl. 12' }] : []),
  ];
  switch (kind) {
    case 'always':
      return { alwaysOpen: true, openOnHolidays: true, weekly: [], exceptions: [], note: 'Døgnåben' };
    case 'night':
      return {
        alwaysOpen: false,
        openOnHolidays: true,
        weekly: ALL_DAYS.map((day) => ({ day, opens: '20:00', closes: '02:00' })),
        exceptions: [],
        note: 'Alle dage 20-02',
      };
    case 'evening': {
      const days = random.some(ALL_DAYS, random.int(2, 5));
      const opens = random.pick(['16:00', '17:00', '18:00']);
      return {
        alwaysOpen: false,
        openOnHolidays: false,
        weekly: days.map((day) => ({ day, opens, closes: random.pick(['20:00', '21:00', '22:00']) })),
        exceptions,
        note: null,
      };
    }
    default: {
      const [opens, closes] = random.pick([
        ['08:00', '15:00'],
        ['08:30', '15:30'],
        ['09:00', '12:00'],
        ['08:00', '16:00'],
      ] as const);
      return {
        alwaysOpen: false,
        openOnHolidays: false,
        weekly: OFFICE_DAYS.map((day) => ({ day, opens, closes: day === 'FRI' ? '13:00' : closes })),
        exceptions,
        note: 'Lukket på helligdage',
      };
    }
  }
}

function nearest(places: readonly Place[], from: Place, count: number): Place[] {
  const d = (p: Place) => (p.latitude - from.latitude) ** 2 + ((p.longitude - from.longitude) * 0.57) ** 2;
  return places
    .filter((p) => p.code !== from.code)
    .sort((a, b) => d(a) - d(b))
    .slice(0, count);
}

function regionName(key: string): string {
  return REGIONS.find((r) => r.key === key)?.name ?? key;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
