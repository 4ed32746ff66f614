import type { EntityManager } from 'typeorm';
import type { DirectoryLookups } from '../shared/directory-lookups.js';
import { ParticipantStatus, type SupervisionGroup } from './supervision.entity.js';

/** A participant with what the caps are counted by: the member's party and its organisation's sector. */
export interface SeatHolder {
  id: string;
  status: ParticipantStatus;
  seq: number;
  memberId: string;
  partyId: string;
  sector: string;
  accountId: string;
  appliedAt: Date;
}

/**
 * The seated and waitlisted participants of a group, in application order (call with the group row
 * locked); each party's sector is its organisation's, as the directory has it.
 */
export async function seatHolders(
  manager: EntityManager,
  lookups: DirectoryLookups,
  groupId: string,
  participantId?: string,
): Promise<SeatHolder[]> {
  const rows: {
    id: string;
    status: ParticipantStatus;
    seq: string;
    member_id: string;
    party_id: string;
    organisation_id: string;
    account_id: string;
    applied_at: Date;
  }[] = await manager.query(
    `SELECT p.id, p.status, p.seq, p.member_id, m.party_id, np.organisation_id, m.account_id, p.applied_at
       FROM supervision_participant p
       JOIN network_member m ON m.id = p.member_id
       JOIN network_party np ON np.id = m.party_id
      WHERE p.group_id = $1 AND (p.status IN ('APPROVED', 'WAITLISTED') OR p.id = $2)
      ORDER BY p.seq`,
    [groupId, participantId ?? null],
  );
  const sectors = await lookups.sectors(
    manager,
    rows.map((r) => r.organisation_id),
  );
  return rows.flatMap((r) => {
    const sector = sectors.get(r.organisation_id);
    if (sector === undefined) return [];
    return [
      {
        id: r.id,
        status: r.status,
        seq: Number(r.seq),
        memberId: r.member_id,
        partyId: r.party_id,
        sector,
        accountId: r.account_id,
        appliedAt: new Date(r.applied_at),
      },
    ];
  });
}

type Caps = Pick<SupervisionGroup, 'maxSeats' | 'partyCap' | 'sectorCapMap'>;

/** Whether `candidate` may take a seat next to `seated`: under the group's seats, its party's cap and its sector's cap. */
export function fitsCaps(
  group: Caps,
  seated: readonly Pick<SeatHolder, 'partyId' | 'sector'>[],
  candidate: Pick<SeatHolder, 'partyId' | 'sector'>,
) {
  if (seated.length >= group.maxSeats) return false;
  if (group.partyCap !== null && seated.filter((s) => s.partyId === candidate.partyId).length >= group.partyCap) return false;
  const sectorCap = group.sectorCapMap[candidate.sector];
  return sectorCap === undefined || seated.filter((s) => s.sector === candidate.sector).length < sectorCap;
}

/**
 * Gives free seats to waitlisted participants in application order, skipping those whose party or
 * sector is at its cap. Call with the group row locked; returns those promoted.
 */
export async function promoteFromWaitlist(
  manager: EntityManager,
  lookups: DirectoryLookups,
  group: SupervisionGroup,
  now: Date,
): Promise<SeatHolder[]> {
  const holders = await seatHolders(manager, lookups, group.id);
  const seated = holders.filter((h) => h.status === ParticipantStatus.APPROVED);
  const promoted: SeatHolder[] = [];
  for (const candidate of holders.filter((h) => h.status === ParticipantStatus.WAITLISTED)) {
    if (seated.length >= group.maxSeats) break;
    if (!fitsCaps(group, seated, candidate)) continue;
    seated.push(candidate);
    promoted.push(candidate);
  }
  if (promoted.length) {
    await manager.query(`UPDATE supervision_participant SET status = 'APPROVED', decided_at = $2 WHERE id = ANY($1)`, [
      promoted.map((p) => p.id),
      now,
    ]);
  }
  return promoted;
}
