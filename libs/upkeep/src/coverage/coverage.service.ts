import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessDeniedError, isUuid, todayInDenmark, type RequestContext } from '#core';
import {
  ContactKind,
  ContactsService,
  DEFAULT_VERIFICATION_INTERVAL_DAYS,
  OrganisationsService,
  TaxonomyService,
  verificationDue,
  type Contact,
} from '#directory';
import { GeographyService, type Region } from '#geography';
import { NetworkRoster, NetworksService, seesNetworkIn } from '#network';
import { CoverageRequirement } from './coverage-requirement.entity.js';
import {
  Coverage,
  CoverageEntryPoint,
  CoverageItem,
  CoverageStatus,
  CoverageSummary,
  MunicipalityCoverage,
} from './coverage.types.js';

interface Party {
  party_id: string;
  code: string;
}
interface Membership {
  code: string;
  region_key: string;
  current: boolean;
}
interface MunicipalOrganisation {
  id: string;
  municipality_code: string;
  verification_interval_days: number;
}

/**
 * Coverage of a network's municipalities: for each municipality party, every requirement that
 * applies to it (the network's own and its region's) with the entry points found. The whole
 * network is read in a fixed handful of statements, whatever the number of municipalities.
 */
@Injectable()
export class CoverageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly networks: NetworksService,
    private readonly roster: NetworkRoster,
    private readonly organisations: OrganisationsService,
    private readonly contacts: ContactsService,
    private readonly geography: GeographyService,
  ) {}

  /** The network's coverage for its coordinators, approved members and administrators; null for an unknown network. */
  async forViewer(ctx: RequestContext, networkId: string, at: Date = new Date()): Promise<Coverage | null> {
    if (!isUuid(networkId) || !(await this.networks.load(ctx, networkId))) return null;
    if (!(await seesNetworkIn(this.dataSource.manager, ctx, networkId))) {
      throw new AccessDeniedError('Kun netværkets koordinatorer, godkendte medlemmer og administratorer kan se dækningen.');
    }
    return this.compute(this.dataSource.manager, networkId, at);
  }

  async compute(manager: EntityManager, networkId: string, at: Date): Promise<Coverage> {
    const day = todayInDenmark(at);
    const parties = await this.municipalityParties(manager, networkId);
    const codes = [...new Set(parties.map((p) => p.code))];
    const memberships: Membership[] = (await this.geography.membershipsUpTo(manager, codes, day)).map((m) => ({
      code: m.municipalityCode,
      region_key: m.regionKey,
      current: m.current,
    }));
    const regionKeys = [...new Set(memberships.map((m) => m.region_key))];
    const [municipalities, regions, requirements] = [
      await this.geography.municipalitiesByCodes(manager, codes),
      await this.geography.regionsByKeys(manager, regionKeys),
      await manager
        .getRepository(CoverageRequirement)
        .createQueryBuilder('r')
        .where('r.network_id = :networkId', { networkId })
        .orWhere('r.region_key IN (:...regionKeys)', { regionKeys: regionKeys.length ? regionKeys : [''] })
        .orderBy('r.created_at')
        .addOrderBy('r.id')
        .getMany(),
    ];
    const situations = new Map<string, Set<string>>();
    for (const r of requirements) situations.set(r.situationKey, new Set(await this.taxonomy.withDescendants([r.situationKey])));
    const { contacts, organisations } = await this.entryPoints(manager, codes, [...new Set([...situations.values()].flatMap((s) => [...s]))]);

    const regionByKey = new Map(regions.map((r) => [r.key, r]));
    const result: MunicipalityCoverage[] = [];
    for (const municipality of municipalities) {
      const own = memberships.filter((m) => m.code === municipality.code);
      const current = own.find((m) => m.current)?.region_key ?? null;
      // A region merged into today's region still speaks for the municipalities it had (the 2027 merger).
      const predecessors = own.filter((m) => !m.current && current && succeeds(regionByKey, m.region_key, current)).map((m) => m.region_key);
      const applying = [
        ...requirements.filter((r) => r.networkId === networkId),
        ...requirements.filter((r) => r.regionKey !== null && r.regionKey === current),
        ...requirements.filter((r) => r.regionKey !== null && predecessors.includes(r.regionKey)),
      ].filter((r, i, all) => all.findIndex((o) => o.situationKey === r.situationKey) === i);
      const orgIds = organisations.filter((o) => o.municipality_code === municipality.code).map((o) => o.id);
      const interval = new Map(organisations.map((o) => [o.id, o.verification_interval_days]));
      const local = contacts.filter((c) => orgIds.includes(c.organisationId));
      const items = applying.map((requirement) => {
        const keys = situations.get(requirement.situationKey)!;
        const entryPoints = local
          .filter((c) => c.situationKeys.some((k) => keys.has(k)))
          .map((contact) => {
            const due = verificationDue(contact, interval.get(contact.organisationId) ?? DEFAULT_VERIFICATION_INTERVAL_DAYS);
            return Object.assign(new CoverageEntryPoint(), { contact, verificationDue: due, stale: due < at });
          })
          .sort(entryPointOrder);
        const status = !entryPoints.length
          ? CoverageStatus.MISSING
          : entryPoints.some((e) => !e.stale)
            ? CoverageStatus.PRESENT_VERIFIED
            : CoverageStatus.STALE;
        return Object.assign(new CoverageItem(), { requirement, status, present: status !== CoverageStatus.MISSING, entryPoints });
      });
      result.push(
        Object.assign(new MunicipalityCoverage(), {
          municipality,
          region: current ? (regionByKey.get(current) ?? null) : null,
          partyIds: parties.filter((p) => p.code === municipality.code).map((p) => p.party_id),
          items,
          summary: summarise(items),
          organisationIds: orgIds,
        }),
      );
    }
    result.sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'da'));
    return Object.assign(new Coverage(), {
      networkId,
      at,
      requirements,
      municipalities: result,
      summary: summarise(result.flatMap((m) => m.items)),
      municipalitiesWithGaps: result.filter((m) => m.summary.missing + m.summary.stale > 0).length,
    });
  }

  /** The network's municipality parties with their organisation's municipality code, by party id. */
  private async municipalityParties(manager: EntityManager, networkId: string): Promise<Party[]> {
    const parties = await this.roster.municipalityParties(manager, networkId);
    const organisations = await this.organisations.byIds(manager, [...new Set(parties.map((p) => p.organisationId))]);
    const codeOf = new Map(organisations.map((o) => [o.id, o.municipalityCode]));
    return parties.flatMap((p) => {
      const code = codeOf.get(p.organisationId);
      return code ? [{ party_id: p.id, code }] : [];
    });
  }

  /** Live contacts of the municipalities' own organisations tagged with any of `keys`, and those organisations. */
  private async entryPoints(
    manager: EntityManager,
    codes: string[],
    keys: string[],
  ): Promise<{ contacts: Contact[]; organisations: MunicipalOrganisation[] }> {
    if (!codes.length || !keys.length) return { contacts: [], organisations: [] };
    const organisations: MunicipalOrganisation[] = (await this.organisations.municipalIn(manager, codes)).map((o) => ({
      id: o.id,
      municipality_code: o.municipalityCode as string,
      verification_interval_days: o.verificationIntervalDays,
    }));
    if (!organisations.length) return { contacts: [], organisations };
    const contacts = await this.contacts.liveWithSituations(
      manager,
      organisations.map((o) => o.id),
      keys,
    );
    return { contacts, organisations };
  }
}

/** Whether `from` was merged, directly or through others, into `into`. */
function succeeds(regions: Map<string, Region>, from: string, into: string): boolean {
  let key: string | null = regions.get(from)?.succeededBy ?? null;
  for (let hops = 0; key && hops < 5; hops++) {
    if (key === into) return true;
    key = regions.get(key)?.succeededBy ?? null;
  }
  return false;
}

function entryPointOrder(a: CoverageEntryPoint, b: CoverageEntryPoint): number {
  const kind = (e: CoverageEntryPoint) => (e.contact.kind === ContactKind.FUNCTION ? 0 : 1);
  return kind(a) - kind(b) || Number(a.stale) - Number(b.stale) || a.contact.name.localeCompare(b.contact.name, 'da');
}

function summarise(items: CoverageItem[]): CoverageSummary {
  const count = (status: CoverageStatus) => items.filter((i) => i.status === status).length;
  const verified = count(CoverageStatus.PRESENT_VERIFIED);
  const stale = count(CoverageStatus.STALE);
  return Object.assign(new CoverageSummary(), { required: items.length, present: verified + stale, verified, stale, missing: count(CoverageStatus.MISSING) });
}
