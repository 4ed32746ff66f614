import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  AuditAction,
  AuditTrail,
  ConflictError,
  MutationRejected,
  NotFoundError,
  findById,
  lockOrReject,
  mutate,
  validate,
  type MutationFailure,
  type RequestContext,
  TransactionalEvents,
} from '#core';
import { DirectoryLookups } from '../shared/directory-lookups.js';
import { approvedMembership, assertCoordinator, assertSignedIn, seesNetworkIn } from '../shared/network-access.js';
import { fitsCaps, promoteFromWaitlist, seatHolders } from './seats.js';
import { ParticipantStatus, SupervisionGroup, SupervisionGroupStatus, SupervisionParticipant } from './supervision.entity.js';
import { applicationFields } from './supervision.inputs.js';

const ACTIVE = [ParticipantStatus.PENDING, ParticipantStatus.APPROVED, ParticipantStatus.WAITLISTED];
const GROUP = 'Supervisionsgruppen';

/**
 * Applications to supervision groups: members apply, coordinators approve (a seat, or the waitlist
 * when the group or the applicant's party or sector is full) or reject; a withdrawal frees a seat
 * for the first waitlisted applicant who fits. Seats are counted with the group row locked.
 */
@Injectable()
export class SupervisionParticipantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly events: TransactionalEvents,
    private readonly lookups: DirectoryLookups,
  ) {}

  /**
   * The signed-in member applies; a coordinator decides. Applying again after a rejection or withdrawal
   * goes to the back of the line. `clock` fixes the moment (tests); otherwise the database's clock
   * stamps `appliedAt` in the statement that draws the place in line (seq), so both orders agree.
   */
  async apply(
    ctx: RequestContext,
    groupId: string,
    motivation: string | null | undefined,
    clock?: Date,
  ): Promise<SupervisionParticipant | MutationFailure> {
    const checked = validate(applicationFields, { motivation });
    if (!checked.ok) return checked.error;
    return mutate(this.dataSource, async (manager) => {
      const accountId = assertSignedIn(ctx);
      // The membership is locked before the group, in the order leaving the network takes them: a
      // member leaving at this moment either waits for this application (and withdraws it) or is seen as gone.
      const networkId = (await manager.query(`SELECT network_id FROM supervision_group WHERE id::text = $1`, [groupId]))[0]?.network_id;
      if (networkId) {
        await manager.query(`SELECT id FROM network_member WHERE network_id = $1 AND account_id = $2 FOR SHARE`, [networkId, accountId]);
      }
      const group = await lockOrReject(manager, SupervisionGroup, GROUP, groupId);
      if (!(await seesNetworkIn(manager, ctx, group.networkId))) throw new MutationRejected(NotFoundError.of(GROUP, groupId));
      const member = await approvedMembership(manager, ctx, group.networkId);
      if (!member) {
        throw new MutationRejected(ConflictError.of('Kun godkendte medlemmer af netværket kan søge om plads i en supervisionsgruppe.'));
      }
      if (group.status !== SupervisionGroupStatus.OPEN)
        throw new MutationRejected(ConflictError.of('Gruppen tager ikke imod ansøgninger.'));
      const repository = manager.getRepository(SupervisionParticipant);
      const earlier = await repository.findOneBy({ groupId, memberId: member.id });
      if (earlier && ACTIVE.includes(earlier.status)) {
        const message =
          earlier.status === ParticipantStatus.PENDING
            ? 'Din ansøgning venter allerede på svar.'
            : 'Du har allerede plads eller står på ventelisten.';
        throw new MutationRejected(ConflictError.of(message));
      }
      const at = clock ?? null;
      let id: string;
      if (earlier) {
        // seq = DEFAULT draws a new number: the application counts from now, behind everyone waiting.
        await manager.query(
          `UPDATE supervision_participant SET seq = DEFAULT, status = 'PENDING', motivation = $2,
             applied_at = COALESCE($3::timestamptz, clock_timestamp()), decided_at = NULL WHERE id = $1`,
          [earlier.id, checked.value.motivation, at],
        );
        id = earlier.id;
      } else {
        const [row]: { id: string }[] = await manager.query(
          `INSERT INTO supervision_participant (group_id, member_id, status, motivation, applied_at)
           VALUES ($1, $2, 'PENDING', $3, COALESCE($4::timestamptz, clock_timestamp())) RETURNING id`,
          [groupId, member.id, checked.value.motivation, at],
        );
        id = row.id;
      }
      const saved = await repository.findOneByOrFail({ id });
      await this.audited(manager, ctx, saved, AuditAction.CREATE, earlier ? { status: earlier.status } : null);
      await this.events.publish(manager, 'SupervisionApplied', { participantId: saved.id, groupId, memberId: member.id });
      return saved;
    });
  }

  /** Approves (a seat if one fits, else the waitlist) or rejects an application (coordinators); the applicant is told by mail. */
  async decide(
    ctx: RequestContext,
    participantId: string,
    approve: boolean,
    now = new Date(),
  ): Promise<SupervisionParticipant | MutationFailure> {
    return mutate(this.dataSource, async (manager) => {
      assertSignedIn(ctx);
      const found = await findById(manager, SupervisionParticipant, participantId);
      if (!found) throw new MutationRejected(NotFoundError.of('Ansøgningen', participantId));
      const group = await lockOrReject(manager, SupervisionGroup, GROUP, found.groupId);
      assertCoordinator(ctx, group.networkId, 'afgøre ansøgninger til supervisionsgrupper');
      const participant = await manager.getRepository(SupervisionParticipant).findOneByOrFail({ id: participantId });
      const before = participant.status;
      const decidable = approve ? [ParticipantStatus.PENDING] : [ParticipantStatus.PENDING, ParticipantStatus.WAITLISTED];
      if (!decidable.includes(before)) throw new MutationRejected(ConflictError.of('Ansøgningen er allerede afgjort.'));
      let status = ParticipantStatus.REJECTED;
      if (approve) {
        const holders = await seatHolders(manager, this.lookups, group.id, participant.id);
        const seated = holders.filter((h) => h.status === ParticipantStatus.APPROVED);
        const candidate = holders.find((h) => h.id === participant.id)!;
        status = fitsCaps(group, seated, candidate) ? ParticipantStatus.APPROVED : ParticipantStatus.WAITLISTED;
      }
      await manager.update(SupervisionParticipant, { id: participant.id }, { status, decidedAt: now });
      const outcome = status as 'APPROVED' | 'WAITLISTED' | 'REJECTED';
      const decided = { participantId: participant.id, groupId: group.id, memberId: participant.memberId, outcome, at: now };
      await this.events.publish(manager, 'SupervisionApplicationDecided', decided);
      const saved = await manager.getRepository(SupervisionParticipant).findOneByOrFail({ id: participant.id });
      await this.audited(manager, ctx, saved, AuditAction.UPDATE, { status: before });
      return saved;
    });
  }

  /** The signed-in member withdraws an application or gives up a seat; a freed seat goes to the first on the waitlist who fits. */
  async withdraw(ctx: RequestContext, groupId: string, now = new Date()): Promise<SupervisionParticipant | MutationFailure> {
    return mutate(this.dataSource, async (manager) => {
      const accountId = assertSignedIn(ctx);
      const group = await lockOrReject(manager, SupervisionGroup, GROUP, groupId);
      const notFound = NotFoundError.of('Din ansøgning eller plads i supervisionsgruppen', groupId);
      if (!(await seesNetworkIn(manager, ctx, group.networkId))) throw new MutationRejected(notFound);
      const [own]: { id: string }[] = await manager.query(
        `SELECT p.id FROM supervision_participant p JOIN network_member m ON m.id = p.member_id
          WHERE p.group_id = $1 AND m.account_id = $2 AND p.status = ANY($3)`,
        [groupId, accountId, ACTIVE],
      );
      if (!own) throw new MutationRejected(notFound);
      const participant = await manager.getRepository(SupervisionParticipant).findOneByOrFail({ id: own.id });
      const before = participant.status;
      await manager.update(SupervisionParticipant, { id: participant.id }, { status: ParticipantStatus.WITHDRAWN, decidedAt: now });
      const withdrawn = { participantId: participant.id, groupId, memberId: participant.memberId };
      await this.events.publish(manager, 'SupervisionWithdrawn', withdrawn);
      if (before === ParticipantStatus.APPROVED) await this.fillSeats(manager, group, now);
      const saved = await manager.getRepository(SupervisionParticipant).findOneByOrFail({ id: participant.id });
      await this.audited(manager, ctx, saved, AuditAction.UPDATE, { status: before });
      return saved;
    });
  }

  /**
   * Withdraws every application and seat of a member who leaves the network, in the caller's
   * transaction: each group is locked first (in id order), and a freed seat goes to the waitlist.
   * Returns the participations withdrawn.
   */
  async withdrawMember(manager: EntityManager, ctx: RequestContext, memberId: string, now: Date): Promise<number> {
    const groups: { group_id: string }[] = await manager.query(
      `SELECT DISTINCT group_id FROM supervision_participant WHERE member_id = $1 AND status = ANY($2) ORDER BY group_id`,
      [memberId, ACTIVE],
    );
    let withdrawn = 0;
    for (const { group_id: groupId } of groups) {
      const group = await lockOrReject(manager, SupervisionGroup, GROUP, groupId);
      const participants = await manager.getRepository(SupervisionParticipant).findBy({ groupId, memberId, status: In(ACTIVE) });
      for (const participant of participants) {
        await manager.update(SupervisionParticipant, { id: participant.id }, { status: ParticipantStatus.WITHDRAWN, decidedAt: now });
        await this.audited(manager, ctx, { ...participant, status: ParticipantStatus.WITHDRAWN }, AuditAction.UPDATE, {
          status: participant.status,
        });
        await this.events.publish(manager, 'SupervisionWithdrawn', { participantId: participant.id, groupId, memberId });
      }
      if (participants.some((p) => p.status === ParticipantStatus.APPROVED)) await this.fillSeats(manager, group, now);
      withdrawn += participants.length;
    }
    return withdrawn;
  }

  /** Gives free seats to the waitlist in order (call with the group locked); each one promoted is an event. */
  async fillSeats(manager: EntityManager, group: SupervisionGroup, now: Date): Promise<number> {
    const promoted = await promoteFromWaitlist(manager, this.lookups, group, now);
    for (const holder of promoted) {
      const freed = { participantId: holder.id, groupId: group.id, memberId: holder.memberId, outcome: 'SEAT_FREED' as const, at: now };
      await this.events.publish(manager, 'SupervisionApplicationDecided', freed);
    }
    return promoted.length;
  }

  private audited(
    manager: EntityManager,
    ctx: RequestContext,
    participant: Pick<SupervisionParticipant, 'id' | 'status' | 'groupId' | 'memberId'>,
    action: AuditAction,
    before: object | null,
  ) {
    return this.audit.record(manager, ctx, {
      entityType: 'SupervisionParticipant',
      entityId: participant.id,
      organisationId: null,
      action,
      before,
      after: { status: participant.status, groupId: participant.groupId, memberId: participant.memberId },
    });
  }
}
