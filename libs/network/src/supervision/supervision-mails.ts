import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SupervisionApplicationDecidedData, SupervisionSessionCancelledData } from '../messages.js';
import type { SupervisionGroup, SupervisionSession } from './supervision.entity.js';
import { AccountStatus } from '#auth';
import { Outbox } from '#core';
import { DirectoryLookups } from '../shared/directory-lookups.js';

export type DecisionOutcome = SupervisionApplicationDecidedData['outcome'];

/** Every mail about one participant has a key starting like this, so retention can find and delete the sent ones. */
export const participantMailKey = (participantId: string, rest: string) => `supervision-participant:${participantId}:${rest}`;

/** Mail to participants of supervision groups, queued in the caller's transaction. */
@Injectable()
export class SupervisionMails {
  constructor(
    private readonly mail: Outbox,
    private readonly lookups: DirectoryLookups,
  ) {}

  /** Tells an applicant the outcome: a seat, the waitlist, a rejection, or a seat freed for them. */
  async decided(
    manager: EntityManager,
    group: SupervisionGroup,
    participant: { id: string; memberId: string; appliedAt: Date },
    outcome: DecisionOutcome,
    now: Date,
  ): Promise<void> {
    const person = await this.personOfMember(manager, participant.memberId);
    if (!person) return;
    const [network]: { name: string }[] = await manager.query(`SELECT name FROM network WHERE id = $1`, [group.networkId]);
    const [next]: { starts_at: Date; ends_at: Date }[] = await manager.query(
      `SELECT starts_at, ends_at FROM supervision_session WHERE group_id = $1 AND NOT cancelled AND starts_at > $2 ORDER BY starts_at LIMIT 1`,
      [group.id, now],
    );
    let waitlistPosition: number | undefined;
    if (outcome === 'WAITLISTED') {
      const [{ ahead }]: { ahead: string }[] = await manager.query(
        `SELECT count(*) AS ahead FROM supervision_participant
          WHERE group_id = $1 AND status = 'WAITLISTED' AND seq < (SELECT seq FROM supervision_participant WHERE id = $2)`,
        [group.id, participant.id],
      );
      waitlistPosition = Number(ahead) + 1;
    }
    const data: SupervisionApplicationDecidedData = {
      name: person.name,
      groupName: group.name,
      focus: group.focus,
      networkName: network.name,
      facilitatorName: group.facilitatorName,
      outcome,
      nextSessionStartsAt: next ? new Date(next.starts_at).toISOString() : undefined,
      nextSessionEndsAt: next ? new Date(next.ends_at).toISOString() : undefined,
      venue: group.venue ?? undefined,
      waitlistPosition,
    };
    const stage = outcome === 'SEAT_FREED' ? 'seat' : 'decision';
    await this.mail.queue(manager, {
      template: 'supervision-application-decided',
      to: [person.email],
      data,
      idempotencyKey: participantMailKey(participant.id, `${stage}:${participant.appliedAt.toISOString()}`),
    });
  }

  /** Tells every participant with a seat (and an approved membership) that a session is cancelled; returns the mails queued. */
  async sessionCancelled(manager: EntityManager, group: SupervisionGroup, session: SupervisionSession): Promise<number> {
    const rows: { id: string; account_id: string }[] = await manager.query(
      `SELECT p.id, m.account_id FROM supervision_participant p
         JOIN network_member m ON m.id = p.member_id AND m.status = 'APPROVED'
        WHERE p.group_id = $1 AND p.status = 'APPROVED'
        ORDER BY p.seq`,
      [group.id],
    );
    const people = await this.lookups.people(manager, [...new Set(rows.map((r) => r.account_id))], [AccountStatus.DISABLED]);
    const seated = rows.flatMap((row) => {
      const person = people.get(row.account_id);
      return person ? [{ id: row.id, ...person }] : [];
    });
    if (!seated.length) return 0;
    const [network]: { name: string }[] = await manager.query(`SELECT name FROM network WHERE id = $1`, [group.networkId]);
    const [next]: { starts_at: Date; ends_at: Date }[] = await manager.query(
      `SELECT starts_at, ends_at FROM supervision_session WHERE group_id = $1 AND NOT cancelled AND starts_at > $2 ORDER BY starts_at LIMIT 1`,
      [group.id, session.startsAt],
    );
    for (const participant of seated) {
      const data: SupervisionSessionCancelledData = {
        name: participant.displayName,
        groupName: group.name,
        networkName: network.name,
        facilitatorName: group.facilitatorName,
        startsAt: session.startsAt.toISOString(),
        endsAt: session.endsAt.toISOString(),
        venue: group.venue ?? undefined,
        nextSessionStartsAt: next ? new Date(next.starts_at).toISOString() : undefined,
        nextSessionEndsAt: next ? new Date(next.ends_at).toISOString() : undefined,
      };
      await this.mail.queue(manager, {
        template: 'supervision-session-cancelled',
        to: [participant.email],
        data,
        idempotencyKey: participantMailKey(participant.id, `cancelled:${session.id}`),
      });
    }
    return seated.length;
  }

  /** Name and address of an active member's account, read in the caller's transaction. */
  private async personOfMember(manager: EntityManager, memberId: string): Promise<{ name: string; email: string } | null> {
    const [member]: { account_id: string }[] = await manager.query(`SELECT account_id FROM network_member WHERE id = $1`, [memberId]);
    const person = member ? await this.lookups.person(manager, member.account_id, [AccountStatus.DISABLED]) : null;
    return person ? { name: person.displayName, email: person.email } : null;
  }
}
