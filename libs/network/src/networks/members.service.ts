import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AuditAction,
  AuditTrail,
  BadInputError,
  ConflictError,
  defineLoader,
  MutationRejected,
  NotFoundError,
  isUuid,
  lockOrReject,
  mutate,
  pageWindow,
  toConnection,
  validate,
  type Connection,
  type MutationFailure,
  type RequestContext,
  TransactionalEvents,
} from '#core';
import { AccountsService } from '#auth';
import { approvedMembership, assertCoordinator, assertKeyPersonOf, assertSignedIn, isCoordinator } from '../shared/network-access.js';
import { compareAscii, rankOf, ranks } from '../shared/ranks.js';
import { SupervisionParticipantsService } from '../supervision/supervision-participants.service.js';
import { KeyPersonWelcome } from './key-person-welcome.js';
import { MemberStatus, Network, NetworkMember, NetworkParty } from './network.entity.js';
import { applyFields, type ApplyToNetworkInput, type MemberFilter, type MemberRolesInput } from './network.inputs.js';

export interface MemberPerson {
  displayName: string;
  email: string;
}

/** Approved members per party. */
const MEMBER_COUNT = defineLoader<string, number>('network.memberCount', async (dataSource, ids) => {
  const rows: { party_id: string; count: string }[] = await dataSource.query(
    `SELECT party_id, count(*) AS count FROM network_member WHERE party_id = ANY($1) AND status = 'APPROVED' GROUP BY party_id`,
    [ids],
  );
  const counts = new Map(rows.map((r) => [r.party_id, Number(r.count)]));
  return ids.map((id) => counts.get(id) ?? 0);
});

const PERSON = defineLoader<string, MemberPerson | null, AccountsService>('network.person', async (accounts, ids) => {
  const byId = new Map((await accounts.findByIds([...ids])).map((a) => [a.id, { displayName: a.displayName, email: a.email }]));
  return ids.map((id) => byId.get(id) ?? null);
});

/**
 * Members by their account's display name, then id. Auth hands the accounts back ordered by name in the
 * database's collation; equal names share a rank, so the member id breaks the tie as it did in SQL.
 */
async function byName(accounts: AccountsService, members: NetworkMember[]): Promise<NetworkMember[]> {
  const rank = ranks(await accounts.findByIds(members.map((m) => m.accountId)), (a) => a.displayName);
  return [...members].sort((a, b) => rankOf(rank, a.accountId) - rankOf(rank, b.accountId) || compareAscii(a.id, b.id));
}

/** Membership of networks: applications, approval by the party's key persons, roles, leaving. */
@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly supervision: SupervisionParticipantsService,
    private readonly welcome: KeyPersonWelcome,
    private readonly events: TransactionalEvents,
    private readonly accounts: AccountsService,
  ) {}

  /** Applies to join the network through one of its parties; a key person of that party decides. */
  async apply(ctx: RequestContext, input: ApplyToNetworkInput): Promise<NetworkMember | MutationFailure> {
    const checked = validate(applyFields, input);
    if (!checked.ok) return checked.error;
    const { networkId, partyId, kind, jobTitle, motivation } = checked.value;
    return mutate(this.dataSource, async (manager) => {
      const accountId = assertSignedIn(ctx);
      await lockOrReject(manager, Network, 'Netværket', networkId);
      const party = await manager.getRepository(NetworkParty).findOneBy({ id: partyId, networkId });
      if (!party) throw new MutationRejected(NotFoundError.of('Parten i netværket', partyId));
      const repository = manager.getRepository(NetworkMember);
      const earlier = await repository.findOneBy({ networkId, accountId });
      if (earlier && (earlier.status === MemberStatus.APPROVED || earlier.status === MemberStatus.PENDING)) {
        throw new MutationRejected(
          ConflictError.of(
            earlier.status === MemberStatus.APPROVED ? 'Du er allerede medlem af netværket.' : 'Din ansøgning venter allerede på svar.',
          ),
        );
      }
      const fields = {
        partyId,
        kind,
        jobTitle,
        motivation,
        status: MemberStatus.PENDING,
        appliedAt: new Date(),
        decidedAt: null,
        decidedBy: null,
      };
      const saved = await repository.save(
        earlier ? Object.assign(earlier, fields) : repository.create({ networkId, accountId, ...fields }),
      );
      await this.audited(manager, ctx, saved, AuditAction.CREATE, null, { status: saved.status, partyId });
      await this.events.publish(manager, 'NetworkMemberApplied', { memberId: saved.id, networkId, accountId });
      return saved;
    });
  }

  /** Approves or rejects an application (the party's key persons and the coordinators); the applicant is told by mail. */
  async decide(ctx: RequestContext, memberId: string, approve: boolean): Promise<NetworkMember | MutationFailure> {
    return mutate(this.dataSource, async (manager) => {
      const member = await lockOrReject(manager, NetworkMember, 'Medlemmet', memberId);
      await assertKeyPersonOf(manager, ctx, member.networkId, member.partyId);
      if (member.status !== MemberStatus.PENDING) throw new MutationRejected(ConflictError.of('Ansøgningen er allerede afgjort.'));
      const status = approve ? MemberStatus.APPROVED : MemberStatus.REJECTED;
      const saved = await manager
        .getRepository(NetworkMember)
        .save(Object.assign(member, { status, decidedAt: new Date(), decidedBy: ctx.accountId }));
      await this.audited(manager, ctx, saved, AuditAction.UPDATE, { status: MemberStatus.PENDING }, { status });
      // The applicant is told by mail (MembershipNotifications).
      const decided = { memberId: saved.id, networkId: saved.networkId, accountId: saved.accountId, approved: approve };
      await this.events.publish(manager, 'NetworkMembershipDecided', decided);
      return saved;
    });
  }

  /** Makes a member a key person or a member of the steering group, or not (coordinators). */
  async setRoles(ctx: RequestContext, input: MemberRolesInput): Promise<NetworkMember | MutationFailure> {
    return mutate(this.dataSource, async (manager) => {
      const member = await lockOrReject(manager, NetworkMember, 'Medlemmet', input.memberId);
      assertCoordinator(ctx, member.networkId, 'udpege nøglepersoner og styregruppe');
      if (member.status !== MemberStatus.APPROVED) throw new MutationRejected(ConflictError.of('Kun godkendte medlemmer kan have roller.'));
      const before = { isKeyPerson: member.isKeyPerson, inSteeringGroup: member.inSteeringGroup };
      if (input.isKeyPerson !== undefined && input.isKeyPerson !== null) member.isKeyPerson = input.isKeyPerson;
      if (input.inSteeringGroup !== undefined && input.inSteeringGroup !== null) member.inSteeringGroup = input.inSteeringGroup;
      const saved = await manager.getRepository(NetworkMember).save(member);
      await this.audited(manager, ctx, saved, AuditAction.UPDATE, before, {
        isKeyPerson: saved.isKeyPerson,
        inSteeringGroup: saved.inSteeringGroup,
      });
      if ((saved.isKeyPerson && !before.isKeyPerson) || (saved.inSteeringGroup && !before.inSteeringGroup)) {
        await this.welcome.queue(manager, { accountId: saved.accountId, networkIds: [saved.networkId] });
      }
      return saved;
    });
  }

  /** The signed-in member leaves the network, and gives up their seats and applications in its supervision groups. */
  async leave(ctx: RequestContext, networkId: string, now = new Date()): Promise<NetworkMember | MutationFailure> {
    return mutate(this.dataSource, async (manager) => {
      const accountId = assertSignedIn(ctx);
      const member = isUuid(networkId)
        ? await manager.getRepository(NetworkMember).findOne({ where: { networkId, accountId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!member || member.status !== MemberStatus.APPROVED)
        throw new MutationRejected(NotFoundError.of('Dit medlemskab af netværket', networkId));
      return this.leaveIn(manager, ctx, member, now);
    });
  }

  /**
   * Ends a membership (approved or applied for) that the caller has locked in `manager`'s
   * transaction: its roles go, and so do its seats and applications in supervision groups. Also
   * used when an editor hands over the roles of someone who left their job.
   */
  async leaveIn(manager: EntityManager, ctx: RequestContext, member: NetworkMember, now: Date): Promise<NetworkMember> {
    const before = { status: member.status };
    const saved = await manager
      .getRepository(NetworkMember)
      .save(Object.assign(member, { status: MemberStatus.LEFT, isKeyPerson: false, inSteeringGroup: false }));
    await this.audited(manager, ctx, saved, AuditAction.UPDATE, before, { status: MemberStatus.LEFT });
    await this.supervision.withdrawMember(manager, ctx, saved.id, now);
    await this.events.publish(manager, 'NetworkMemberLeft', { memberId: saved.id, networkId: saved.networkId, accountId: saved.accountId });
    return saved;
  }

  /**
   * Members of a network. Coordinators see everyone; key persons also the applications to their
   * party; other members see approved members. Anyone else sees nothing.
   */
  async list(
    ctx: RequestContext,
    networkId: string,
    filter: MemberFilter,
    page: { first?: number | null; after?: string | null },
  ): Promise<Connection<NetworkMember>> {
    if (!isUuid(networkId)) throw new BadInputError('networkId skal være et gyldigt UUID.');
    if (filter.partyId && !isUuid(filter.partyId)) throw new BadInputError('Filteret "partyId" skal være et gyldigt UUID.');
    const status = filter.status ?? MemberStatus.APPROVED;
    const own = await approvedMembership(this.dataSource.manager, ctx, networkId);
    const coordinator = ctx.accountId !== null && isCoordinator(ctx, networkId);
    const query = this.dataSource
      .getRepository(NetworkMember)
      .createQueryBuilder('m')
      .where('m.network_id = :networkId', { networkId })
      .andWhere('m.status = :status', { status });
    if (!coordinator) {
      if (!own) query.andWhere('false');
      else if (status !== MemberStatus.APPROVED) {
        if (!own.isKeyPerson) query.andWhere('false');
        else query.andWhere('m.party_id = :ownParty', { ownParty: own.partyId });
      }
    }
    if (filter.partyId) query.andWhere('m.party_id = :partyId', { partyId: filter.partyId });
    if (filter.keyPersonsOnly) query.andWhere('m.is_key_person');
    if (filter.steeringGroupOnly) query.andWhere('m.in_steering_group');
    // A network's members are few: all of them are ordered by name (auth's), then one page is cut.
    const window = pageWindow(page);
    const members = await byName(this.accounts, await query.getMany());
    return toConnection(members.slice(window.offset, window.offset + window.limit), members.length, window);
  }

  /** Approved members per party, in one query for every party asked for. */
  memberCount(ctx: RequestContext, partyId: string): Promise<number> {
    return ctx.load(MEMBER_COUNT, this.dataSource, partyId);
  }

  /** Name and address of a member, for those who may see the member at all. */
  person(ctx: RequestContext, accountId: string): Promise<MemberPerson | null> {
    return ctx.load(PERSON, this.accounts, accountId);
  }

  /** The viewer's own memberships, any status. */
  mine(ctx: RequestContext): Promise<NetworkMember[]> {
    if (!ctx.accountId) return Promise.resolve([]);
    return this.dataSource.getRepository(NetworkMember).find({ where: { accountId: ctx.accountId }, order: { appliedAt: 'ASC' } });
  }

  /** Members may be seen by coordinators and by approved members of the same network. */
  async canSee(ctx: RequestContext, member: NetworkMember): Promise<boolean> {
    if (member.accountId === ctx.accountId || isCoordinator(ctx, member.networkId)) return true;
    return (await approvedMembership(this.dataSource.manager, ctx, member.networkId)) !== null;
  }

  private audited(
    manager: EntityManager,
    ctx: RequestContext,
    member: NetworkMember,
    action: AuditAction,
    before: object | null,
    after: object | null,
  ) {
    return this.audit.record(manager, ctx, {
      entityType: 'NetworkMember',
      entityId: member.id,
      organisationId: null,
      action,
      before,
      after,
    });
  }
}
