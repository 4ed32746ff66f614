// The Livsmod network in the demo data: the ten North Zealand municipalities, Region Hovedstaden's
// units and three volunteer organisations as parties, invented key persons and members (every
// person and address invented, on example.org), and a year of theme days from the seeding date on.

import type { EntityManager } from 'typeorm';
import { Role, type AccountsService } from '#auth';
import { parseDateTime } from '#core';
import { DEMO_LIVSMOD_CODES, DEMO_THEME_DAYS, type DemoThemeDay } from './demo-theme-days.data.js';

export interface DemoNetworkReport {
  networkId: string;
  parties: number;
  members: number;
  themeDays: number;
  /** Approved members, for the supervision groups. */
  memberIds: string[];
}

const REGIONAL_UNITS = [
  'Kompetencecenter for Selvmordsforebyggelse',
  'Psykiatrisk Center Glostrup',
  'Børne- og Ungeafdelingen, Hillerød Hospital',
  'BUC Bispebjerg',
  'Tværfagligt udgående team Glostrup',
];
const LMS = 'LMS – Landsforeningen mod spiseforstyrrelser og selvskade';
const VOLUNTEERS = [LMS, 'Angstforeningen', 'Børn, Unge & Sorg'];

export async function seedDemoNetwork(
  manager: EntityManager,
  accounts: AccountsService,
  now: Date,
  password: string,
): Promise<DemoNetworkReport> {
  const [network]: { id: string }[] = await manager.query(
    `INSERT INTO network (name, description, contact_email, is_demo) VALUES ($1, $2, $3, true) RETURNING id`,
    [
      'Livsmod',
      'Netværk af ti nordsjællandske kommuner og Region Hovedstaden om børn, unge og voksne med selvmordstanker, selvskade og psykisk sårbarhed – med frivillige organisationer ved siden af. (Demodata.)',
      'livsmod.koordinator@example.org',
    ],
  );
  const networkId = network.id;
  const partyOf = new Map<string, string>();
  const addParty = async (key: string, kind: string, organisationId: string, unitId: string | null) => {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO network_party (network_id, kind, organisation_id, unit_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [networkId, kind, organisationId, unitId],
    );
    partyOf.set(key, row.id);
  };

  const municipalities: { id: string; code: string; name: string }[] = await manager.query(
    `SELECT DISTINCT ON (o.municipality_code) o.id, o.municipality_code AS code, m.name
     FROM organisation o JOIN municipality m ON m.code = o.municipality_code
     WHERE o.is_demo AND o.sector = 'MUNICIPAL' AND o.municipality_code = ANY($1) ORDER BY o.municipality_code, o.name`,
    [DEMO_LIVSMOD_CODES],
  );
  for (const m of municipalities) await addParty(m.code, 'MUNICIPALITY', m.id, null);
  const units: { id: string; organisation_id: string; name: string }[] = await manager.query(
    `SELECT u.id, u.organisation_id, u.name FROM unit u JOIN organisation o ON o.id = u.organisation_id
     WHERE o.is_demo AND o.sector = 'REGIONAL' AND u.name = ANY($1)`,
    [REGIONAL_UNITS],
  );
  for (const u of units) await addParty(u.name, 'REGIONAL_UNIT', u.organisation_id, u.id);
  const volunteers: { id: string; name: string }[] = await manager.query(
    `SELECT id, name FROM organisation WHERE is_demo AND sector = 'CIVIL_SOCIETY' AND municipality_code IS NULL AND name = ANY($1)`,
    [VOLUNTEERS],
  );
  for (const v of volunteers) await addParty(v.name, 'VOLUNTEER_ORGANISATION', v.id, null);

  // People: the coordinator, a key person per municipality (Helsingør's is the demo key person
  // account), and the demo professional as an ordinary member of Helsingør.
  await accounts.create(
    {
      email: 'koordinator@example.org',
      displayName: 'Demo Koordinator, Livsmod',
      password,
      isDemo: true,
      grants: [{ role: Role.NETWORK_COORDINATOR, networkId }],
    },
    manager,
  );
  const memberIds: string[] = [];
  const addMember = async (
    accountId: string,
    partyKey: string,
    fields: { keyPerson?: boolean; steering?: boolean; status?: string; title: string },
  ) => {
    const partyId = partyOf.get(partyKey);
    if (!partyId) return;
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO network_member (network_id, party_id, account_id, kind, status, is_key_person, in_steering_group, job_title, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $5 = 'APPROVED' THEN now() END) RETURNING id`,
      [
        networkId,
        partyId,
        accountId,
        VOLUNTEERS.includes(partyKey) ? 'VOLUNTEER' : 'PROFESSIONAL',
        fields.status ?? 'APPROVED',
        fields.keyPerson ?? false,
        fields.steering ?? false,
        fields.title,
      ],
    );
    if ((fields.status ?? 'APPROVED') === 'APPROVED') memberIds.push(row.id);
  };
  const existing = async (email: string) => {
    const [row]: { id: string }[] = await manager.query(`SELECT id FROM account WHERE email = $1`, [email]);
    return row?.id;
  };
  const helsingorKeyPerson = await existing('noegleperson@example.org');
  if (helsingorKeyPerson) await addMember(helsingorKeyPerson, '0217', { keyPerson: true, steering: true, title: 'Psykolog, PPR (demo)' });
  const professional = await existing('fagperson@example.org');
  if (professional) await addMember(professional, '0217', { title: 'Socialrådgiver, Ungeenheden (demo)' });
  for (const m of municipalities.filter((m) => m.code !== '0217')) {
    const slug = m.name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]/g, '');
    const account = await accounts.create(
      { email: `livsmod.${slug}@example.org`, displayName: `Demo Nøgleperson, ${m.name}`, isDemo: true },
      manager,
    );
    await addMember(account.id, m.code, { keyPerson: true, steering: true, title: `Nøgleperson, ${m.name} Kommune (demo)` });
  }
  for (const [i, u] of units.entries()) {
    const account = await accounts.create(
      { email: `livsmod.region${i + 1}@example.org`, displayName: `Demo Nøgleperson, ${u.name}`, isDemo: true },
      manager,
    );
    await addMember(account.id, u.name, { keyPerson: true, steering: i < 2, title: 'Sygeplejerske (demo)' });
  }
  for (const [i, v] of volunteers.entries()) {
    const account = await accounts.create(
      { email: `livsmod.frivillig${i + 1}@example.org`, displayName: `Demo Frivillig, ${v.name}`, isDemo: true },
      manager,
    );
    await addMember(account.id, v.name, { keyPerson: true, title: 'Frivillig nøgleperson (demo)' });
  }
  const applicant = await accounts.create(
    { email: 'livsmod.ansoeger@example.org', displayName: 'Demo Ansøger, Helsingør', isDemo: true },
    manager,
  );
  await addMember(applicant.id, '0217', { status: 'PENDING', title: 'Psykolog (demo)' });

  const hosts: Map<string, string> = new Map(volunteers.map((v) => [v.name, v.id]));
  const regional = new Map(units.map((u) => [u.name, u.organisation_id]));
  let themeDays = 0;
  for (const [index, day] of DEMO_THEME_DAYS.entries()) {
    await insertThemeDay(manager, networkId, day, index, now, hosts.get(day.host ?? '') ?? regional.get(day.host ?? '') ?? null);
    themeDays += 1;
  }
  const firstDay: { id: string }[] = await manager.query(`SELECT id FROM theme_day WHERE network_id = $1 ORDER BY starts_at LIMIT 1`, [
    networkId,
  ]);
  if (professional && firstDay[0]) {
    await manager.query(
      `INSERT INTO theme_day_registration (theme_day_id, account_id, name, email, workplace, status)
       VALUES ($1, $2, 'Demo Fagperson', 'fagperson@example.org', 'Helsingør Kommune (demo)', 'CONFIRMED')`,
      [firstDay[0].id, professional],
    );
  }
  return { networkId, parties: partyOf.size, members: memberIds.length + 1, themeDays, memberIds };
}

async function insertThemeDay(
  manager: EntityManager,
  networkId: string,
  day: DemoThemeDay,
  index: number,
  now: Date,
  hostId: string | null,
) {
  // One a month from next month on, on the 10th (or the Tuesday after a weekend), 09:00–15:30 Copenhagen time.
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1 + index, 10));
  while (month.getUTCDay() === 0 || month.getUTCDay() === 6) month.setUTCDate(month.getUTCDate() + 1);
  const date = month.toISOString().slice(0, 10);
  const startsAt = copenhagen(date, day.from ?? '09:00');
  const endsAt = copenhagen(date, day.to ?? '15:30');
  await manager.query(
    `INSERT INTO theme_day (network_id, host_organisation_id, kind, title, topic, description, situations, programme, venue, online_url,
       starts_at, ends_at, capacity, registration_closes_at, audience, visibility, is_demo)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, true)`,
    [
      networkId,
      hostId,
      day.kind ?? 'THEME_DAY',
      day.title,
      day.topic,
      day.description,
      day.situations,
      JSON.stringify(day.programme),
      day.venue,
      day.onlineUrl ?? null,
      startsAt,
      endsAt,
      day.capacity,
      new Date(startsAt.getTime() - 3 * 24 * 3600 * 1000),
      day.audience,
      day.visibility ?? 'MEMBERS',
    ],
  );
}

/** Copenhagen wall-clock time on a date → the instant. */
function copenhagen(date: string, time: string): Date {
  return parseDateTime(`${date}T${time}`);
}
