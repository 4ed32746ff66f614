import { randomUUID } from 'node:crypto';
import { Logger, type INestApplicationContext } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountsService, Role } from '#auth';
import { Contact, Offer, Organisation, Unit, channelsSchema, openingHoursSchema, type Channel, type OpeningHours } from '#directory';
import { SearchIndexer } from '#search';
import { applyDemoCoverageGaps, seedDemoCoverageRequirements } from './demo-coverage.js';
import { buildDemoDataset } from './demo-dataset.js';
import { assignDemoOwners } from './demo-owners.js';
import { seedDemoNetwork } from './demo-network.js';
import { seedDemoSupervision } from './demo-supervision.js';
import type { DemoChannel, DemoDataset, DemoOpeningHours, DemoPlace } from './demo-dataset.types.js';
import { municipalPlace } from './demo-places.js';

const DAY = 24 * 60 * 60 * 1000;

export interface SeedReport {
  organisations: number;
  units: number;
  contacts: number;
  offers: number;
  documents: number;
  accounts: number;
  networkMembers: number;
  themeDays: number;
  supervisionGroups: number;
}

/** The one password of every demo account (README: "Demo accounts"). Demo data only. */
export const DEMO_PASSWORD = 'vejviser-demo';

/**
 * Loads the invented demo dataset (every record flagged `isDemo`) in one transaction, replacing
 * any earlier demo records, and rebuilds the search index with it.
 */
export class DemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly dataSource: DataSource,
    private readonly indexer: SearchIndexer,
    private readonly accounts: AccountsService,
  ) {}

  /**
   * The seeder over a started app's services. The app module knows nothing of demo data: only a start
   * with SEED_DEMO, `npm run seed`, the benchmarks and the test app's `demo` option load this lib.
   */
  static of(app: INestApplicationContext): DemoSeeder {
    return new DemoSeeder(app.get(DataSource), app.get(SearchIndexer), app.get(AccountsService));
  }

  async hasAnyOrganisation(): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM organisation LIMIT 1');
    return rows.length > 0;
  }

  /** One account per role, on Helsingør Kommune where a role needs an organisation. */
  private async createDemoAccounts(manager: EntityManager): Promise<number> {
    const [helsingor]: { id: string }[] = await manager.query(
      `SELECT id FROM organisation WHERE is_demo AND sector = 'MUNICIPAL' AND municipality_code = '0217' ORDER BY name LIMIT 1`,
    );
    const organisationId = helsingor?.id ?? null;
    const demo = [
      { email: 'admin@example.org', displayName: 'Demo Administrator', grants: [{ role: Role.ADMIN }] },
      {
        email: 'redaktoer@example.org',
        displayName: 'Demo Redaktør, Helsingør',
        grants: organisationId ? [{ role: Role.EDITOR, organisationId }] : [],
      },
      {
        email: 'noegleperson@example.org',
        displayName: 'Demo Nøgleperson, Helsingør',
        grants: organisationId ? [{ role: Role.KEY_PERSON, organisationId }] : [],
      },
      { email: 'fagperson@example.org', displayName: 'Demo Fagperson', grants: [] },
    ];
    for (const account of demo) await this.accounts.create({ ...account, password: DEMO_PASSWORD, isDemo: true }, manager);
    return demo.length;
  }

  async seed(dataset: DemoDataset = buildDemoDataset(), now = new Date()): Promise<SeedReport> {
    const report = await this.dataSource.transaction(async (manager) => {
      await removeDemo(manager);
      const counts = await insertDataset(manager, dataset, now);
      await applyDemoCoverageGaps(manager, now);
      const documents = await this.indexer.reindexAll(manager);
      const accounts = await this.createDemoAccounts(manager);
      await assignDemoOwners(manager);
      const network = await seedDemoNetwork(manager, this.accounts, now, DEMO_PASSWORD);
      const supervision = await seedDemoSupervision(manager, network.networkId, network.memberIds, now);
      await seedDemoCoverageRequirements(manager, network.networkId);
      return {
        ...counts,
        documents,
        accounts,
        networkMembers: network.members,
        themeDays: network.themeDays,
        supervisionGroups: supervision.groups,
      };
    });
    this.logger.log(
      `Demodata indlæst: ${report.organisations} organisationer, ${report.units} enheder, ${report.contacts} kontakter, ${report.offers} tilbud (${report.documents} søgedokumenter), ${report.accounts} demokonti, netværket Livsmod med ${report.networkMembers} medlemmer, ${report.themeDays} temadage og ${report.supervisionGroups} supervisionsgrupper.`,
    );
    return report;
  }
}

async function removeDemo(manager: EntityManager): Promise<void> {
  // Networks first: their parties point to the demo organisations (and take members and theme days with them).
  await manager.query(`DELETE FROM network WHERE is_demo`);
  await manager.query(`DELETE FROM account WHERE is_demo`);
  await manager.query(`UPDATE contact SET deputy_id = NULL WHERE is_demo`);
  // One statement per table: foreign keys (also the unit tree's) are checked at its end.
  for (const table of ['offer', 'contact', 'unit', 'organisation']) await manager.query(`DELETE FROM ${table} WHERE is_demo`);
}

async function insertDataset(manager: EntityManager, dataset: DemoDataset, now: Date) {
  const organisations: Partial<Organisation>[] = [];
  const units: Partial<Unit>[] = [];
  const contacts: Partial<Contact>[] = [];
  const offers: Partial<Offer>[] = [];
  const ids = new Map<string, string>();
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (!id) ids.set(key, (id = randomUUID()));
    return id;
  };
  const verifiedAt = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);

  for (const org of dataset.organisations) {
    const organisationId = idOf(org.key);
    organisations.push({
      id: organisationId,
      name: org.name,
      sector: org.sector as Organisation['sector'],
      municipalityCode: org.municipalityCode ?? null,
      regionKey: org.regionKey ?? null,
      website: org.website ?? null,
      description: org.description,
      ...place(org.location ?? municipalPlace(org.municipalityCode)),
      isDemo: true,
      lastVerifiedAt: verifiedAt(30),
      lastVerifiedBy: 'Demo: koordinator',
    });
    for (const unit of org.units) {
      units.push({
        id: idOf(unit.key),
        organisationId,
        parentId: unit.parentKey ? idOf(unit.parentKey) : null,
        name: unit.name,
        kind: unit.kind as Unit['kind'],
        description: unit.description ?? null,
        ...place(unit.location),
        isDemo: true,
      });
    }
    for (const c of org.contacts) {
      contacts.push({
        id: idOf(c.key),
        organisationId,
        unitId: c.unitKey ? idOf(c.unitKey) : null,
        kind: c.kind as Contact['kind'],
        name: c.name,
        roleTitle: c.roleTitle ?? null,
        helpText: c.helpText ?? null,
        channels: channels(c.channels, c.key),
        openingHours: hours(c.openingHours, c.key),
        deputyId: c.deputyKey ? idOf(c.deputyKey) : null,
        situationKeys: c.situations,
        lastVerifiedAt: verifiedAt(c.lastVerifiedDaysAgo),
        lastVerifiedBy: c.lastVerifiedBy ?? 'Demo: koordinator',
        isDemo: true,
      });
    }
    for (const o of org.offers) {
      const { key, unitKey, situations, problemTags, lastVerifiedDaysAgo, location, ...rest } = o;
      offers.push({
        ...nullify(rest),
        id: idOf(key),
        organisationId,
        unitId: unitKey ? idOf(unitKey) : null,
        situationKeys: situations,
        problemKeys: problemTags,
        municipalityCodes: o.municipalityCodes ?? [],
        channels: channels(o.channels, key),
        openingHours: hours(o.openingHours, key),
        legalBasis: o.legalBasis.map((l) => ({ act: l.act, section: l.section ?? null })),
        languages: o.languages,
        ...place(location),
        lastVerifiedAt: verifiedAt(lastVerifiedDaysAgo),
        lastVerifiedBy: o.lastVerifiedBy ?? 'Demo: koordinator',
        isDemo: true,
      } as Partial<Offer>);
    }
  }
  await insertInChunks(manager, Organisation, organisations);
  // Local branches point to their national organisation once every organisation exists.
  for (const org of dataset.organisations.filter((o) => o.parentKey)) {
    await manager.update(Organisation, { id: idOf(org.key) }, { parentOrganisationId: idOf(org.parentKey!) });
  }
  // Parents before children, so the unit tree's foreign keys hold at every insert.
  await insertInChunks(manager, Unit, sortParentsFirst(units));
  const deputies = contacts.map((c) => ({ id: c.id, deputyId: c.deputyId }));
  await insertInChunks(
    manager,
    Contact,
    contacts.map((c) => ({ ...c, deputyId: null })),
  );
  for (const { id, deputyId } of deputies.filter((d) => d.deputyId)) await manager.update(Contact, { id }, { deputyId });
  await insertInChunks(manager, Offer, offers);
  return { organisations: organisations.length, units: units.length, contacts: contacts.length, offers: offers.length };
}

async function insertInChunks<T extends object>(manager: EntityManager, entity: new () => T, rows: Partial<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) await manager.insert(entity, rows.slice(i, i + 100) as never);
}

function sortParentsFirst(units: Partial<Unit>[]): Partial<Unit>[] {
  const done = new Set<string>();
  const sorted: Partial<Unit>[] = [];
  let pending = units;
  while (pending.length) {
    const ready = pending.filter((u) => !u.parentId || done.has(u.parentId));
    if (!ready.length) throw new Error('Demodata: enhedstræet har en løkke eller en ukendt overordnet enhed.');
    ready.forEach((u) => done.add(u.id!));
    sorted.push(...ready);
    pending = pending.filter((u) => !done.has(u.id!));
  }
  return sorted;
}

/** Demo channels go through the same checks as user input (phone numbers normalised). */
function channels(list: DemoChannel[], key: string): Channel[] {
  const parsed = channelsSchema.safeParse(list);
  if (!parsed.success) throw new Error(`Demodata ${key}: ugyldig kanal: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

function hours(value: DemoOpeningHours | undefined, key: string): OpeningHours | null {
  if (!value) return null;
  const parsed = openingHoursSchema.safeParse(value);
  if (!parsed.success) throw new Error(`Demodata ${key}: ugyldige åbningstider: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** The address and coordinate columns of a record placed at `value` (nothing given: none). */
function place(value: DemoPlace | null | undefined): { address: string | null; latitude: number | null; longitude: number | null } {
  return { address: value?.address ?? null, latitude: value?.latitude ?? null, longitude: value?.longitude ?? null };
}

function nullify<T extends object>(value: T): { [K in keyof T]-?: Exclude<T[K], undefined> | null } {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v ?? null])) as never;
}
