import type { EntityManager } from 'typeorm';
import { ForbiddenError, MutationRejected, type RequestContext } from '#core';

const SIGN_IN_FIRST = 'Log ind for at bruge netværkets funktioner.';

/** An administrator, or a NETWORK_COORDINATOR of this network. */
export function isCoordinator(ctx: RequestContext, networkId: string): boolean {
  return ctx.isAdmin || ctx.hasRole('NETWORK_COORDINATOR', (g) => g.networkId === networkId);
}

export function assertSignedIn(ctx: RequestContext): string {
  const accountId = ctx.accountId;
  if (!accountId) throw new MutationRejected(ForbiddenError.of(SIGN_IN_FIRST));
  return accountId;
}

export function assertCoordinator(ctx: RequestContext, networkId: string, what = 'gøre dette'): void {
  assertSignedIn(ctx);
  if (!isCoordinator(ctx, networkId)) {
    throw new MutationRejected(ForbiddenError.of(`Kun netværkets koordinatorer kan ${what}.`));
  }
}

/** The viewer's approved membership of the network, if any (read in the caller's transaction). */
export async function approvedMembership(
  manager: EntityManager,
  ctx: RequestContext,
  networkId: string,
): Promise<{ id: string; partyId: string; isKeyPerson: boolean } | null> {
  if (!ctx.accountId) return null;
  const [row]: { id: string; party_id: string; is_key_person: boolean }[] = await manager.query(
    `SELECT id, party_id, is_key_person FROM network_member WHERE network_id = $1 AND account_id = $2 AND status = 'APPROVED'`,
    [networkId, ctx.accountId],
  );
  return row ? { id: row.id, partyId: row.party_id, isKeyPerson: row.is_key_person } : null;
}

/** A coordinator of the network, or an approved key person of this party. */
export async function assertKeyPersonOf(manager: EntityManager, ctx: RequestContext, networkId: string, partyId: string): Promise<void> {
  assertSignedIn(ctx);
  if (isCoordinator(ctx, networkId)) return;
  const membership = await approvedMembership(manager, ctx, networkId);
  if (membership?.isKeyPerson && membership.partyId === partyId) return;
  throw new MutationRejected(ForbiddenError.of('Kun partens nøglepersoner og netværkets koordinatorer kan godkende medlemmer.'));
}

/** Networks the viewer belongs to (approved) or coordinates. */
export async function networksOfViewer(manager: EntityManager, ctx: RequestContext): Promise<string[]> {
  if (!ctx.accountId) return [];
  const rows: { network_id: string }[] = await manager.query(
    `SELECT network_id FROM network_member WHERE account_id = $1 AND status = 'APPROVED'`,
    [ctx.accountId],
  );
  const coordinated = ctx.viewer.kind === 'account' ? ctx.viewer.grants.map((g) => g.networkId).filter((id): id is string => !!id) : [];
  return [...new Set([...rows.map((r) => r.network_id), ...coordinated])];
}

/** Members-only things of a network (theme days, supervision groups) are for its approved members, coordinators and administrators. */
export async function seesNetworkIn(manager: EntityManager, ctx: RequestContext, networkId: string): Promise<boolean> {
  if (!ctx.accountId) return false;
  return isCoordinator(ctx, networkId) || (await approvedMembership(manager, ctx, networkId)) !== null;
}
