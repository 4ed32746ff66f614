import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AuditAction,
  AuditTrail,
  ConflictError,
  MutationRejected,
  ValidationError,
  isUuid,
  lockOrReject,
  mutate,
  type MutationFailure,
  type RequestContext,
} from '#core';
import { NETWORK_CONFIG, type NetworkConfig } from '../network.config.js';
import { DirectoryLookups } from '../shared/directory-lookups.js';
import { assertCoordinator } from '../shared/network-access.js';
import { memberForHours } from './supervision-access.js';
import { renderSupervisionRecord, SUPERVISION_GOAL_HOURS, type AttendedSession } from './supervision-record.js';
import { SupervisionGroup, SupervisionHours, SupervisionSession } from './supervision.entity.js';

const MAX_MARKED = 100;

/** Attendance per session, and the hours of supervision a member has attended. */
@Injectable()
export class SupervisionAttendanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    @Inject(NETWORK_CONFIG) private readonly config: NetworkConfig,
    private readonly lookups: DirectoryLookups,
  ) {}

  /** Marks participants as attending a session or not (coordinators), once the session has begun. */
  async mark(
    ctx: RequestContext,
    sessionId: string,
    participantIds: string[],
    attended: boolean,
    now = new Date(),
  ): Promise<SupervisionSession | MutationFailure> {
    if (participantIds.length > MAX_MARKED) return ValidationError.field('participantIds', `Højst ${MAX_MARKED} deltagere ad gangen.`);
    return mutate(this.dataSource, async (manager) => {
      const session = await lockOrReject(manager, SupervisionSession, 'Mødet', sessionId);
      const group = await manager.getRepository(SupervisionGroup).findOneByOrFail({ id: session.groupId });
      assertCoordinator(ctx, group.networkId, 'registrere fremmøde');
      if (session.cancelled) throw new MutationRejected(ConflictError.of('Mødet er aflyst.'));
      if (session.startsAt > now) throw new MutationRejected(ConflictError.of('Fremmøde kan først registreres, når mødet er begyndt.'));
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM supervision_participant WHERE group_id = $1 AND id = ANY($2) AND status IN ('APPROVED', 'WITHDRAWN')`,
        [group.id, participantIds.filter(isUuid)],
      );
      // Every id that is malformed or not in the group, in one answer.
      const known = new Set(rows.map((r) => r.id));
      const errors = participantIds.flatMap((id, i) => {
        if (!isUuid(id)) return [{ path: `participantIds.${i}`, message: 'Deltageren skal være et gyldigt UUID.' }];
        return known.has(id) ? [] : [{ path: `participantIds.${i}`, message: 'Personen har ikke plads i gruppen.' }];
      });
      if (errors.length) throw new MutationRejected(ValidationError.of(errors));
      for (const participantId of new Set(participantIds)) {
        await manager.query(
          `INSERT INTO supervision_attendance (session_id, participant_id, attended, marked_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (session_id, participant_id) DO UPDATE SET attended = EXCLUDED.attended, marked_at = EXCLUDED.marked_at`,
          [session.id, participantId, attended, now],
        );
      }
      await this.audit.record(manager, ctx, {
        entityType: 'SupervisionSession',
        entityId: session.id,
        organisationId: null,
        action: AuditAction.UPDATE,
        before: null,
        after: { [attended ? 'attended' : 'absent']: [...new Set(participantIds)].sort() },
      });
      return session;
    });
  }

  /** Hours attended in total and per group: for the member and the network's coordinators, else null. */
  async hours(ctx: RequestContext, memberId: string): Promise<SupervisionHours | null> {
    const member = await memberForHours(this.dataSource.manager, ctx, memberId);
    if (!member) return null;
    const sessions = await attendedSessions(this.dataSource.manager, member.id);
    const groups = new Map<string, SupervisionHours['groups'][number]>();
    for (const s of sessions) {
      const group = groups.get(s.groupId) ?? {
        groupId: s.groupId,
        groupName: s.groupName,
        focus: s.focus,
        facilitatorName: s.facilitatorName,
        sessionsAttended: 0,
        minutes: 0,
        hours: 0,
      };
      group.sessionsAttended += 1;
      group.minutes += s.minutes;
      group.hours = toHours(group.minutes);
      groups.set(s.groupId, group);
    }
    const totalMinutes = sessions.reduce((sum, s) => sum + s.minutes, 0);
    return Object.assign(new SupervisionHours(), {
      memberId: member.id,
      sessionsAttended: sessions.length,
      totalMinutes,
      totalHours: toHours(totalMinutes),
      goalHours: SUPERVISION_GOAL_HOURS,
      groups: [...groups.values()],
    });
  }

  /** The printable record (HTML) of a member's attended sessions: for the member and the network's coordinators, else null. */
  async record(ctx: RequestContext, memberId: string, now = new Date()): Promise<string | null> {
    const member = await memberForHours(this.dataSource.manager, ctx, memberId);
    if (!member) return null;
    const manager = this.dataSource.manager;
    const [row]: { account_id: string; network_name: string; party_id: string; organisation_id: string; unit_id: string | null }[] =
      await manager.query(
        `SELECT m.account_id, n.name AS network_name, p.id AS party_id, p.organisation_id, p.unit_id
           FROM network_member m
           JOIN network n ON n.id = m.network_id
           JOIN network_party p ON p.id = m.party_id
          WHERE m.id = $1`,
        [member.id],
      );
    const person = await this.lookups.person(manager, row.account_id);
    const party = (
      await this.lookups.partyNames(manager, [{ id: row.party_id, organisationId: row.organisation_id, unitId: row.unit_id }])
    ).get(row.party_id);
    return renderSupervisionRecord({
      memberName: person?.displayName ?? '',
      networkName: row.network_name,
      partyName: party ? party.organisationName + (party.unitName ? ` – ${party.unitName}` : '') : '',
      sessions: await attendedSessions(this.dataSource.manager, member.id),
      printedAt: now,
      retentionDays: this.config.supervisionRetentionDays,
    });
  }
}

/** The member's attended sessions (not cancelled ones), oldest first. */
async function attendedSessions(manager: EntityManager, memberId: string): Promise<AttendedSession[]> {
  const rows: {
    group_id: string;
    name: string;
    focus: string;
    facilitator_name: string;
    starts_at: Date;
    ends_at: Date;
  }[] = await manager.query(
    `SELECT g.id AS group_id, g.name, g.focus, g.facilitator_name, s.starts_at, s.ends_at
       FROM supervision_attendance at
       JOIN supervision_session s ON s.id = at.session_id
       JOIN supervision_participant p ON p.id = at.participant_id
       JOIN supervision_group g ON g.id = p.group_id
      WHERE p.member_id = $1 AND at.attended AND NOT s.cancelled
      ORDER BY s.starts_at, g.name`,
    [memberId],
  );
  return rows.map((r) => {
    const startsAt = new Date(r.starts_at);
    const endsAt = new Date(r.ends_at);
    return {
      groupId: r.group_id,
      groupName: r.name,
      focus: r.focus,
      facilitatorName: r.facilitator_name,
      startsAt,
      endsAt,
      minutes: Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000),
    };
  });
}

function toHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}
