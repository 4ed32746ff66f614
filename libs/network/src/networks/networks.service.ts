import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  AuditAction,
  AuditTrail,
  ConflictError,
  Deleted,
  MutationRejected,
  NotFoundError,
  rejectIf,
  ForbiddenError,
  byIdLoader,
  defineLoader,
  definedOnly,
  groupByKeys,
  isUuid,
  lockOrReject,
  mutate,
  pageOf,
  pageWindow,
  validate,
  type Connection,
  type FieldError,
  type MutationFailure,
  type RequestContext,
} from '#core';
import { AccountsService, Role } from '#auth';
import { OrganisationsService, UnitsService } from '#directory';
import { GeographyService, type Region } from '#geography';
import { assertCoordinator, assertSignedIn } from '../shared/network-access.js';
import { compareAscii, rankOf, ranks } from '../shared/ranks.js';
import { Network, NetworkParty, PartyKind } from './network.entity.js';
import { networkFields, type AddPartyInput, type CreateNetworkInput, type UpdateNetworkInput } from './network.inputs.js';

const KIND_OF_SECTOR: Record<string, PartyKind> = {
  MUNICIPAL: PartyKind.MUNICIPALITY,
  REGIONAL: PartyKind.REGIONAL_UNIT,
  CIVIL_SOCIETY: PartyKind.VOLUNTEER_ORGANISATION,
};

interface PartyDeps {
  dataSource: DataSource;
  organisations: OrganisationsService;
  units: UnitsService;
}

/**
 * A network's parties: by kind, then organisation and unit name (no unit last), then id. The directory
 * hands back organisations and units ordered by name in the database's collation, which gives the ranks.
 */
const PARTIES = defineLoader<string, NetworkParty[], PartyDeps>('network.parties', async ({ dataSource, organisations, units }, ids) => {
  const parties = await dataSource.getRepository(NetworkParty).find({ where: { networkId: In([...ids]) } });
  const manager = dataSource.manager;
  const orgRank = ranks(
    await organisations.byIdsByName(
      manager,
      parties.map((p) => p.organisationId),
    ),
    (o) => o.name,
  );
  const unitIds = parties.flatMap((p) => (p.unitId ? [p.unitId] : []));
  const unitRank = ranks(await units.byIdsByName(manager, unitIds), (u) => u.name);
  const known = parties.filter((p) => orgRank.has(p.organisationId));
  known.sort(
    (a, b) =>
      compareAscii(a.kind, b.kind) ||
      rankOf(orgRank, a.organisationId) - rankOf(orgRank, b.organisationId) ||
      rankOf(unitRank, a.unitId) - rankOf(unitRank, b.unitId) ||
      compareAscii(a.id, b.id),
  );
  return groupByKeys(ids, known, (p) => p.networkId);
});

/** Networks, their parties and coordinators. */
@Injectable()
export class NetworksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly geography: GeographyService,
    private readonly audit: AuditTrail,
    private readonly accounts: AccountsService,
    private readonly organisations: OrganisationsService,
    private readonly units: UnitsService,
  ) {}

  load(ctx: RequestContext, id: string): Promise<Network | null> {
    return ctx.load(byIdLoader(Network), this.dataSource, id);
  }

  list(page: { first?: number | null; after?: string | null }): Promise<Connection<Network>> {
    const query = this.dataSource.getRepository(Network).createQueryBuilder('n').orderBy('n.name').addOrderBy('n.id');
    return pageOf(query, pageWindow(page));
  }

  partiesOf(ctx: RequestContext, networkId: string): Promise<NetworkParty[]> {
    return ctx.load(PARTIES, { dataSource: this.dataSource, organisations: this.organisations, units: this.units }, networkId);
  }

  loadParty(ctx: RequestContext, id: string): Promise<NetworkParty | null> {
    return ctx.load(byIdLoader(NetworkParty), this.dataSource, id);
  }

  /**
   * The party's region on `at`. A regional unit's region is where the municipalities of its
   * region belong on that day, so Region Hovedstaden's units are in Region Østdanmark from 2027.
   */
  async regionOfParty(ctx: RequestContext, party: NetworkParty, at: string): Promise<Region | null> {
    const org = await this.organisations.load(ctx, party.organisationId);
    const code = org?.municipalityCode ?? (org?.regionKey ? this.geography.municipalitiesServedBy(org.regionKey)[0] : undefined);
    return code ? this.geography.regionOf(ctx, code, at) : null;
  }

  async create(ctx: RequestContext, input: CreateNetworkInput): Promise<Network | MutationFailure> {
    const checked = validate(networkFields, input);
    if (!checked.ok) return checked.error;
    return mutate(this.dataSource, async (manager) => {
      assertSignedIn(ctx);
      if (!ctx.isAdmin) throw new MutationRejected(onlyAdmins());
      await this.assertNameFree(manager, checked.value.name, null);
      const saved = await manager.getRepository(Network).save(manager.create(Network, checked.value));
      await this.audited(manager, ctx, AuditAction.CREATE, null, saved);
      return saved;
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateNetworkInput): Promise<Network | MutationFailure> {
    const checked = validate(networkFields.partial(), definedOnly(input));
    if (!checked.ok) return checked.error;
    return mutate(this.dataSource, async (manager) => {
      const current = await lockOrReject(manager, Network, 'Netværket', id);
      assertCoordinator(ctx, id, 'ændre netværket');
      const before = { ...current };
      if (checked.value.name) await this.assertNameFree(manager, checked.value.name, id);
      const saved = await manager.getRepository(Network).save(Object.assign(current, definedOnly(checked.value)));
      await this.audited(manager, ctx, AuditAction.UPDATE, before, saved);
      return saved;
    });
  }

  async addParty(ctx: RequestContext, input: AddPartyInput): Promise<NetworkParty | MutationFailure> {
    return mutate(this.dataSource, async (manager) => {
      await lockOrReject(manager, Network, 'Netværket', input.networkId);
      assertCoordinator(ctx, input.networkId, 'tilføje parter');
      if (!isUuid(input.organisationId)) throw new MutationRejected(NotFoundError.of('Organisationen', input.organisationId));
      if (input.unitId && !isUuid(input.unitId)) throw new MutationRejected(NotFoundError.of('Enheden', input.unitId));
      const [org] = await this.organisations.byIds(manager, [input.organisationId]);
      if (!org) throw new MutationRejected(NotFoundError.of('Organisationen', input.organisationId));
      const kind = KIND_OF_SECTOR[org.sector];
      const errors: FieldError[] = kind
        ? []
        : [{ path: 'input.organisationId', message: 'En part skal være en kommune, en regional enhed eller en frivillig organisation.' }];
      if (input.unitId) {
        const [unit] = await this.units.byIds(manager, [input.unitId]);
        if (unit?.organisationId !== input.organisationId)
          errors.push({ path: 'input.unitId', message: 'Enheden hører ikke til organisationen.' });
      }
      rejectIf(errors);
      const duplicate: unknown[] = await manager.query(
        `SELECT 1 FROM network_party WHERE network_id = $1 AND organisation_id = $2 AND unit_id IS NOT DISTINCT FROM $3`,
        [input.networkId, input.organisationId, input.unitId || null],
      );
      if (duplicate.length) throw new MutationRejected(ConflictError.of('Parten er allerede med i netværket.'));
      const repository = manager.getRepository(NetworkParty);
      const saved = await repository.save(
        repository.create({ networkId: input.networkId, organisationId: input.organisationId, unitId: input.unitId || null, kind }),
      );
      await this.audited(manager, ctx, AuditAction.CREATE, null, { id: input.networkId, party: saved.id });
      return repository.findOneByOrFail({ id: saved.id });
    });
  }

  /** Removes a party that has no approved members left. */
  async removeParty(ctx: RequestContext, partyId: string): Promise<Deleted | MutationFailure> {
    return mutate(this.dataSource, async (manager) => {
      const party = await lockOrReject(manager, NetworkParty, 'Parten', partyId);
      assertCoordinator(ctx, party.networkId, 'fjerne parter');
      const [{ count }]: { count: string }[] = await manager.query(
        `SELECT count(*) AS count FROM network_member WHERE party_id = $1 AND status = 'APPROVED'`,
        [partyId],
      );
      if (Number(count) > 0) {
        throw new MutationRejected(ConflictError.of(`Parten har stadig ${count} medlemmer. Flyt eller afmeld dem først.`));
      }
      await manager.delete(NetworkParty, { id: partyId });
      await this.audited(manager, ctx, AuditAction.DELETE, { id: party.networkId, party: partyId }, null);
      return Object.assign(new Deleted(), { id: partyId });
    });
  }

  /** Gives an account the NETWORK_COORDINATOR role for the network (administrators). Takes effect at its next sign-in or token refresh. */
  async setCoordinator(
    ctx: RequestContext,
    networkId: string,
    accountId: string,
    coordinator: boolean,
  ): Promise<Network | MutationFailure> {
    return mutate(this.dataSource, async (manager) => {
      const network = await lockOrReject(manager, Network, 'Netværket', networkId);
      assertSignedIn(ctx);
      if (!ctx.isAdmin) throw new MutationRejected(onlyAdmins());
      if (!isUuid(accountId) || !(await this.accounts.findById(accountId, manager))) {
        throw new MutationRejected(NotFoundError.of('Kontoen', accountId));
      }
      await this.accounts.setNetworkCoordinator(manager, accountId, networkId, coordinator);
      await this.audited(
        manager,
        ctx,
        AuditAction.UPDATE,
        { id: networkId },
        { id: networkId, [coordinator ? 'coordinatorAdded' : 'coordinatorRemoved']: accountId },
      );
      return network;
    });
  }

  /** Display names of the network's coordinators. */
  async coordinatorNames(networkId: string): Promise<string[]> {
    const holders = await this.accounts.holders(this.dataSource.manager, Role.NETWORK_COORDINATOR, { networkIds: [networkId] });
    return holders.map((h) => h.account.displayName);
  }

  private async assertNameFree(manager: EntityManager, name: string, exceptId: string | null): Promise<void> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM network WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2`, [
      name,
      exceptId,
    ]);
    if (rows.length) throw new MutationRejected(ConflictError.of(`Der findes allerede et netværk med navnet "${name}".`));
  }

  private audited(manager: EntityManager, ctx: RequestContext, action: AuditAction, before: object | null, after: object | null) {
    const id = ((after ?? before) as { id: string }).id;
    return this.audit.record(manager, ctx, { entityType: 'Network', entityId: id, organisationId: null, action, before, after });
  }
}

function onlyAdmins() {
  return ForbiddenError.of('Kun administratorer kan oprette netværk og udpege koordinatorer.');
}
