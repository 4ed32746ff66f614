import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { defineLoader, groupByKeys, type RequestContext } from '#core';
import { isCoordinator } from '../shared/network-access.js';
import {
  ParticipantStatus,
  SupervisionAttendance,
  SupervisionParticipant,
  SupervisionSession,
  type SupervisionGroup,
} from './supervision.entity.js';

export interface SeatCounts {
  seatsTaken: number;
  waitlistCount: number;
  pendingCount: number;
}

const SESSIONS = defineLoader<string, SupervisionSession[]>('supervision.sessions', async (dataSource, ids) =>
  groupByKeys(
    ids,
    await dataSource.getRepository(SupervisionSession).find({ where: { groupId: In([...ids]) }, order: { startsAt: 'ASC' } }),
    (s) => s.groupId,
  ),
);

const COUNTS = defineLoader<string, SeatCounts>('supervision.counts', async (dataSource, ids) => {
  const rows: { group_id: string; status: string; count: string }[] = await dataSource.query(
    `SELECT group_id, status, count(*) AS count FROM supervision_participant WHERE group_id = ANY($1) GROUP BY group_id, status`,
    [ids],
  );
  const of = (id: string, status: ParticipantStatus) => Number(rows.find((r) => r.group_id === id && r.status === status)?.count ?? 0);
  return ids.map((id) => ({
    seatsTaken: of(id, ParticipantStatus.APPROVED),
    waitlistCount: of(id, ParticipantStatus.WAITLISTED),
    pendingCount: of(id, ParticipantStatus.PENDING),
  }));
});

const ATTENDANCE = defineLoader<string, SupervisionAttendance[]>('supervision.attendance', async (dataSource, ids) =>
  groupByKeys(ids, await dataSource.getRepository(SupervisionAttendance).find({ where: { sessionId: In([...ids]) } }), (a) => a.sessionId),
);

/** What the fields of groups, sessions and participants show, batched per request; callers have already checked visibility. */
@Injectable()
export class SupervisionReadService {
  constructor(private readonly dataSource: DataSource) {}

  sessionsOf(ctx: RequestContext, groupId: string): Promise<SupervisionSession[]> {
    return ctx.load(SESSIONS, this.dataSource, groupId);
  }

  counts(ctx: RequestContext, groupId: string): Promise<SeatCounts> {
    return ctx.load(COUNTS, this.dataSource, groupId);
  }

  /** Coordinators see every participant (optionally of one status); members only their own participation. */
  async participantsOf(ctx: RequestContext, group: SupervisionGroup, status: ParticipantStatus | null): Promise<SupervisionParticipant[]> {
    if (!ctx.accountId) return [];
    const query = this.dataSource
      .getRepository(SupervisionParticipant)
      .createQueryBuilder('p')
      .where('p.group_id = :groupId', { groupId: group.id })
      .orderBy('p.seq');
    if (status) query.andWhere('p.status = :status', { status });
    if (!isCoordinator(ctx, group.networkId)) {
      query.innerJoin('network_member', 'm', 'm.id = p.member_id').andWhere('m.account_id = :accountId', { accountId: ctx.accountId });
    }
    return query.getMany();
  }

  async mine(ctx: RequestContext, groupId: string): Promise<SupervisionParticipant | null> {
    if (!ctx.accountId) return null;
    return this.dataSource
      .getRepository(SupervisionParticipant)
      .createQueryBuilder('p')
      .innerJoin('network_member', 'm', 'm.id = p.member_id')
      .where('p.group_id = :groupId AND m.account_id = :accountId', { groupId, accountId: ctx.accountId })
      .getOne();
  }

  /** 1 for the first on the waitlist; null when not waitlisted. */
  async waitlistPosition(participant: SupervisionParticipant): Promise<number | null> {
    if (participant.status !== ParticipantStatus.WAITLISTED) return null;
    const [{ ahead }]: { ahead: string }[] = await this.dataSource.query(
      `SELECT count(*) AS ahead FROM supervision_participant WHERE group_id = $1 AND status = 'WAITLISTED' AND seq < $2`,
      [participant.groupId, participant.seq],
    );
    return Number(ahead) + 1;
  }

  /** Coordinators see everyone's attendance at the session; a member only their own. */
  async attendanceOf(ctx: RequestContext, session: SupervisionSession, group: SupervisionGroup): Promise<SupervisionAttendance[]> {
    if (!ctx.accountId) return [];
    const all = await ctx.load(ATTENDANCE, this.dataSource, session.id);
    if (isCoordinator(ctx, group.networkId) || !all.length) return all;
    const own: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM supervision_participant p JOIN network_member m ON m.id = p.member_id WHERE p.group_id = $1 AND m.account_id = $2`,
      [group.id, ctx.accountId],
    );
    const ids = new Set(own.map((o) => o.id));
    return all.filter((a) => ids.has(a.participantId));
  }
}
