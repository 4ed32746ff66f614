import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountsService } from '#auth';
import { RequestContext } from '#core';
import {
  MembersService,
  NetworkMember,
  SupervisionGroup,
  SupervisionGroupsService,
  SupervisionParticipant,
  SupervisionParticipantsService,
} from '#network';
import { ADMIN_CTX, ok } from '#testing';

/** Records of a supervision group for the authorization matrix. */
export interface SupervisionFixture {
  supervisionGroup: string;
  /** A session that has begun: attendance may be marked. */
  supervisionPastSession: string;
  /** A session still to come: it may be cancelled. */
  supervisionFutureSession: string;
  /** A pending application by another member: it may be decided. */
  supervisionParticipant: string;
}

/**
 * In `networkId` (which already has a municipal party with an approved member): makes the demo
 * professional (fagperson@example.org) an approved member, so it may apply, and a weekly group whose
 * first session began a day ago, with a pending application by the other member.
 */
export async function supervisionFixture(app: INestApplicationContext, networkId: string): Promise<SupervisionFixture> {
  const db = app.get(DataSource);
  const [{ id: partyId }]: { id: string }[] = await db.query(
    `SELECT id FROM network_party WHERE network_id = $1 AND kind = 'MUNICIPALITY' ORDER BY joined_on, id LIMIT 1`,
    [networkId],
  );
  const [other]: { account_id: string }[] = await db.query(
    `SELECT account_id FROM network_member WHERE network_id = $1 AND status = 'APPROVED' LIMIT 1`,
    [networkId],
  );
  const as = (accountId: string) => new RequestContext({ kind: 'account', accountId, grants: [] });
  const professional = await app.get(AccountsService).findByEmail('fagperson@example.org');
  const members = app.get(MembersService);
  const applied = ok(await members.apply(as(professional!.id), { networkId, partyId }), NetworkMember);
  ok(await members.decide(ADMIN_CTX, applied.id, true), NetworkMember);

  const group = ok(
    await app.get(SupervisionGroupsService).create(ADMIN_CTX, {
      networkId,
      name: 'Matrixsupervision',
      focus: 'Angst',
      facilitatorName: 'Matrix Supervisor',
      recurrence: 'FREQ=WEEKLY;COUNT=3',
      firstSessionAt: new Date(Math.floor((Date.now() - 864e5) / 60_000) * 60_000),
      sessionMinutes: 60,
    }),
    SupervisionGroup,
  );
  const sessions: { id: string }[] = await db.query(`SELECT id FROM supervision_session WHERE group_id = $1 ORDER BY starts_at`, [
    group.id,
  ]);
  const pending = ok(await app.get(SupervisionParticipantsService).apply(as(other.account_id), group.id, null), SupervisionParticipant);
  return {
    supervisionGroup: group.id,
    supervisionPastSession: sessions[0].id,
    supervisionFutureSession: sessions[1].id,
    supervisionParticipant: pending.id,
  };
}
