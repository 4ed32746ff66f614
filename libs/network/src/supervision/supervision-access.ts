import type { DataSource, EntityManager } from 'typeorm';
import { defineLoader, isUuid, type RequestContext } from '#core';
import { isCoordinator } from '../shared/network-access.js';

/**
 * Supervision groups are seen by the network's approved members and its coordinators; anonymous
 * callers and signed-in non-members see none. One query per request for every network asked about.
 */
export function seesNetwork(dataSource: DataSource, ctx: RequestContext, networkId: string): Promise<boolean> {
  const accountId = ctx.accountId;
  if (!accountId) return Promise.resolve(false);
  if (isCoordinator(ctx, networkId)) return Promise.resolve(true);
  return ctx.load(MEMBER_OF, { dataSource, accountId }, networkId);
}

/** Whether the viewer (`accountId`: the same for the whole request) is an approved member of each network. */
const MEMBER_OF = defineLoader<string, boolean, { dataSource: DataSource; accountId: string }>(
  'supervision.memberOf',
  async ({ dataSource, accountId }, ids) => {
    const rows: { network_id: string }[] = await dataSource.query(
      `SELECT network_id FROM network_member WHERE account_id = $1 AND status = 'APPROVED' AND network_id = ANY($2)`,
      [accountId, ids],
    );
    const member = new Set(rows.map((r) => r.network_id));
    return ids.map((id) => member.has(id));
  },
);

export interface MemberRef {
  id: string;
  networkId: string;
  accountId: string;
}

/**
 * A member's supervision hours and record are for the member and the network's coordinators only.
 * Anyone else gets null, as for a member that does not exist: nothing tells them apart.
 */
export async function memberForHours(manager: EntityManager, ctx: RequestContext, memberId: string): Promise<MemberRef | null> {
  if (!ctx.accountId || !isUuid(memberId)) return null;
  const [row]: { id: string; network_id: string; account_id: string }[] = await manager.query(
    `SELECT id, network_id, account_id FROM network_member WHERE id = $1`,
    [memberId],
  );
  if (!row) return null;
  const allowed = row.account_id === ctx.accountId || isCoordinator(ctx, row.network_id);
  return allowed ? { id: row.id, networkId: row.network_id, accountId: row.account_id } : null;
}
