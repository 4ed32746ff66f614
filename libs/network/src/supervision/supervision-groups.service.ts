import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AuditAction,
  AuditTrail,
  BadInputError,
  ConflictError,
  MutationRejected,
  NotFoundError,
  ValidationError,
  byIdLoader,
  findById,
  isUuid,
  lockOrReject,
  mutate,
  pageOf,
  pageWindow,
  onSentFields,
  rejectIf,
  validateFields,
  type Connection,
  type FieldError,
  type MutationFailure,
  type RequestContext,
  TransactionalEvents,
} from '#core';
import { Network } from '../networks/network.entity.js';
import { assertCoordinator } from '../shared/network-access.js';
import { expandSessions, type SessionSlot } from './recurrence.js';
import { seesNetwork } from './supervision-access.js';
import { SupervisionParticipantsService } from './supervision-participants.service.js';
import { SupervisionGroup, SupervisionGroupStatus, SupervisionSession } from './supervision.entity.js';
import {
  groupFields,
  groupRules,
  type CreateSupervisionGroupInput,
  type GroupFields,
  type UpdateSupervisionGroupInput,
} from './supervision.inputs.js';

const GROUP = 'Supervisionsgruppen';
/** For these, null in an update means "leave as it is" (description, facilitatorEmail and venue are cleared by null). */
const KEEP_ON_NULL = [
  'name',
  'focus',
  'facilitatorName',
  'minSeats',
  'maxSeats',
  'partyCap',
  'sectorCaps',
  'recurrence',
  'firstSessionAt',
  'sessionMinutes',
  'exceptions',
  'status',
];
const SCHEDULE = ['recurrence', 'firstSessionAt', 'sessionMinutes', 'exceptions'] as const;

/** Supervision groups and their sessions, materialised from the recurrence rule. */
@Injectable()
export class SupervisionGroupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly participants: SupervisionParticipantsService,
    private readonly events: TransactionalEvents,
  ) {}

  /** A group, for the network's members and coordinators; null for anyone else. */
  async load(ctx: RequestContext, id: string): Promise<SupervisionGroup | null> {
    const group = await ctx.load(byIdLoader(SupervisionGroup), this.dataSource, id);
    return group && (await seesNetwork(this.dataSource, ctx, group.networkId)) ? group : null;
  }

  /** The network's groups by first session; empty for anonymous callers and non-members. */
  async list(
    ctx: RequestContext,
    networkId: string,
    page: { first?: number | null; after?: string | null },
  ): Promise<Connection<SupervisionGroup>> {
    if (!isUuid(networkId)) throw new BadInputError('networkId skal være et gyldigt UUID.');
    const query = this.dataSource
      .getRepository(SupervisionGroup)
      .createQueryBuilder('g')
      .where('g.network_id = :networkId', { networkId })
      .orderBy('g.first_session_at')
      .addOrderBy('g.name')
      .addOrderBy('g.id');
    if (!(await seesNetwork(this.dataSource, ctx, networkId))) query.andWhere('false');
    return pageOf(query, pageWindow(page));
  }

  async create(ctx: RequestContext, input: CreateSupervisionGroupInput): Promise<SupervisionGroup | MutationFailure> {
    // Every check runs before the answer, so one answer names every bad field.
    const { value, errors } = validateFields(groupFields, input);
    errors.push(...onSentFields(groupRules(value), input, errors));
    const schedule = scheduleOf(value, errors);
    if (!value.networkId) return ValidationError.of(errors);
    const networkId = value.networkId;
    return mutate(this.dataSource, async (manager) => {
      // Field errors answer before permission, as a bad shape always has.
      rejectIf(errors);
      assertCoordinator(ctx, networkId, 'oprette supervisionsgrupper');
      await lockOrReject(manager, Network, 'Netværket', networkId);
      // No errors: every field passed, so the schedule was expanded.
      const expansion = schedule!;
      const fields = value as GroupFields;
      const repository = manager.getRepository(SupervisionGroup);
      const saved = await repository.save(
        repository.create({ ...columns(fields), recurrence: expansion.rule, status: SupervisionGroupStatus.OPEN, isDemo: false }),
      );
      await manager.insert(
        SupervisionSession,
        expansion.slots.map((slot) => ({ groupId: saved.id, startsAt: slot.startsAt, endsAt: slot.endsAt })),
      );
      await this.audited(manager, ctx, saved.id, AuditAction.CREATE, null, saved);
      await this.events.publish(manager, 'SupervisionGroupCreated', { groupId: saved.id, networkId: saved.networkId });
      return saved;
    });
  }

  /**
   * Changes a group (coordinators). A new schedule regenerates the sessions still to come that
   * nobody has attended; held or attended sessions stay. Raised seats or caps go to the waitlist.
   */
  async update(
    ctx: RequestContext,
    id: string,
    input: UpdateSupervisionGroupInput,
    now = new Date(),
  ): Promise<SupervisionGroup | MutationFailure> {
    return mutate(this.dataSource, async (manager) => {
      const group = await lockOrReject(manager, SupervisionGroup, GROUP, id);
      assertCoordinator(ctx, group.networkId, 'ændre supervisionsgrupper');
      const patch = Object.fromEntries(
        Object.entries(input).filter(([key, value]) => value !== undefined && !(value === null && KEEP_ON_NULL.includes(key))),
      );
      const { value, errors } = validateFields(groupFields, { ...asInput(group), ...patch });
      errors.push(...onSentFields(groupRules(value), patch, errors));
      const [{ seated }]: { seated: string }[] = await manager.query(
        `SELECT count(*) AS seated FROM supervision_participant WHERE group_id = $1 AND status = 'APPROVED'`,
        [id],
      );
      if (value.maxSeats !== undefined && value.maxSeats < Number(seated)) {
        errors.push({ path: 'input.maxSeats', message: `Gruppen har allerede ${seated} deltagere med plads.` });
      }
      const rescheduled = SCHEDULE.some((key) => JSON.stringify(value[key]) !== JSON.stringify(asInput(group)[key]));
      const expansion = rescheduled ? scheduleOf(value, errors) : null;
      rejectIf(errors);
      const fields = value as GroupFields;
      const before = { ...group };
      let recurrence = group.recurrence;
      if (expansion) {
        recurrence = expansion.rule;
        await regenerate(manager, id, expansion.slots, now);
      }
      const saved = await manager
        .getRepository(SupervisionGroup)
        .save(Object.assign(group, columns(fields), { recurrence, status: fields.status ?? group.status }));
      await this.events.publish(manager, 'SupervisionGroupChanged', { groupId: id, networkId: saved.networkId, rescheduled: !!expansion });
      await this.participants.fillSeats(manager, saved, now);
      await this.audited(manager, ctx, id, AuditAction.UPDATE, before, saved);
      return saved;
    });
  }

  /** Cancels one session that has not begun (coordinators); the participants with a seat are told by mail. */
  async cancelSession(ctx: RequestContext, sessionId: string, now = new Date()): Promise<SupervisionSession | MutationFailure> {
    return mutate(this.dataSource, async (manager) => {
      const found = await findById(manager, SupervisionSession, sessionId);
      if (!found) throw new MutationRejected(NotFoundError.of('Mødet', sessionId));
      // The group first (as update does), so nobody gets or loses a seat while the participants are told.
      const group = await lockOrReject(manager, SupervisionGroup, GROUP, found.groupId);
      assertCoordinator(ctx, group.networkId, 'aflyse møder i supervisionsgrupper');
      const session = await lockOrReject(manager, SupervisionSession, 'Mødet', sessionId);
      if (session.cancelled) throw new MutationRejected(ConflictError.of('Mødet er allerede aflyst.'));
      if (session.startsAt <= now) throw new MutationRejected(ConflictError.of('Et møde, der er begyndt, kan ikke aflyses.'));
      session.cancelled = true;
      const saved = await manager.getRepository(SupervisionSession).save(session);
      await this.events.publish(manager, 'SupervisionSessionCancelled', { sessionId: saved.id, groupId: group.id });
      await this.audited(manager, ctx, group.id, AuditAction.UPDATE, { cancelledSession: null }, { cancelledSession: session.id });
      return saved;
    });
  }

  private audited(
    manager: EntityManager,
    ctx: RequestContext,
    id: string,
    action: AuditAction,
    before: object | null,
    after: object | null,
  ) {
    return this.audit.record(manager, ctx, { entityType: 'SupervisionGroup', entityId: id, organisationId: null, action, before, after });
  }
}

/** The group's columns from checked fields. */
/**
 * The sessions of the schedule when every schedule field passed its own check; a rule that does not
 * expand (no session within the horizon, for example) is an error on `input.recurrence`.
 */
function scheduleOf(value: Partial<GroupFields>, errors: FieldError[]): { rule: string; slots: SessionSlot[] } | null {
  const { recurrence, firstSessionAt, sessionMinutes, exceptions } = value;
  if (recurrence === undefined || firstSessionAt === undefined || sessionMinutes === undefined || exceptions === undefined) return null;
  const expansion = expandSessions({ recurrence, firstSessionAt, sessionMinutes, exceptions });
  if (expansion.ok) return expansion;
  errors.push({ path: 'input.recurrence', message: expansion.message });
  return null;
}

function columns(fields: GroupFields): Partial<SupervisionGroup> {
  return {
    networkId: fields.networkId,
    name: fields.name,
    focus: fields.focus,
    description: fields.description,
    facilitatorName: fields.facilitatorName,
    facilitatorEmail: fields.facilitatorEmail,
    minSeats: fields.minSeats,
    maxSeats: fields.maxSeats,
    partyCap: fields.partyCap,
    sectorCapMap: Object.fromEntries(fields.sectorCaps.map((c) => [c.sector, c.max])),
    firstSessionAt: fields.firstSessionAt,
    sessionMinutes: fields.sessionMinutes,
    exceptions: fields.exceptions,
    venue: fields.venue,
  };
}

/** A stored group as input fields, to check an update merged with it. */
function asInput(group: SupervisionGroup): CreateSupervisionGroupInput & { status: SupervisionGroupStatus } {
  return {
    networkId: group.networkId,
    name: group.name,
    focus: group.focus,
    description: group.description,
    facilitatorName: group.facilitatorName,
    facilitatorEmail: group.facilitatorEmail,
    minSeats: group.minSeats,
    maxSeats: group.maxSeats,
    partyCap: group.partyCap,
    sectorCaps: Object.entries(group.sectorCapMap).map(([sector, max]) => ({ sector: sector as never, max })),
    recurrence: group.recurrence,
    firstSessionAt: group.firstSessionAt,
    sessionMinutes: group.sessionMinutes,
    exceptions: [...group.exceptions].sort(),
    venue: group.venue,
    status: group.status,
  };
}

/**
 * Replaces the sessions still to come that nobody has attended with `slots`: sessions at the same
 * time stay (with their cancellation and reminder), the rest go; held or attended sessions stay.
 */
async function regenerate(manager: EntityManager, groupId: string, slots: SessionSlot[], now: Date): Promise<void> {
  const existing: { id: string; starts_at: Date; ends_at: Date; attended: boolean }[] = await manager.query(
    `SELECT s.id, s.starts_at, s.ends_at, EXISTS (SELECT 1 FROM supervision_attendance a WHERE a.session_id = s.id) AS attended
       FROM supervision_session s WHERE s.group_id = $1`,
    [groupId],
  );
  const wanted = new Map(slots.filter((s) => s.startsAt > now).map((s) => [s.startsAt.getTime(), s]));
  const kept = new Set<number>();
  for (const row of existing) {
    const startsAt = new Date(row.starts_at).getTime();
    kept.add(startsAt);
    if (startsAt <= now.getTime() || row.attended) continue;
    const slot = wanted.get(startsAt);
    if (!slot) {
      await manager.delete(SupervisionSession, { id: row.id });
      kept.delete(startsAt);
    } else if (slot.endsAt.getTime() !== new Date(row.ends_at).getTime()) {
      await manager.update(SupervisionSession, { id: row.id }, { endsAt: slot.endsAt });
    }
  }
  const added = [...wanted.values()].filter((s) => !kept.has(s.startsAt.getTime()));
  if (added.length)
    await manager.insert(
      SupervisionSession,
      added.map((s) => ({ groupId, startsAt: s.startsAt, endsAt: s.endsAt })),
    );
}
