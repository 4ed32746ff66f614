import type { EntityManager } from 'typeorm';
import { ForbiddenError, MutationRejected, type RequestContext } from '#core';

const SIGN_IN_FIRST = 'Log ind for at ændre oplysninger i Vejviser.';
const NOT_YOURS = 'Du kan kun ændre oplysninger for de organisationer og enheder, du er redaktør for.';

/** Only administrators create and delete organisations. */
export function assertAdmin(ctx: RequestContext): void {
  if (ctx.viewer.kind === 'anonymous') throw new MutationRejected(ForbiddenError.of(SIGN_IN_FIRST));
  if (!ctx.isAdmin) throw new MutationRejected(ForbiddenError.of('Kun administratorer kan oprette og slette organisationer.'));
}

/**
 * The viewer may change records of `organisationId` (placed in `unitId`): an administrator, an
 * EDITOR of the organisation, or an EDITOR of the unit or a unit above it. Checked in the
 * mutation's transaction, so the unit tree read is the one the change is made against.
 */
export async function assertCanEdit(
  manager: EntityManager,
  ctx: RequestContext,
  organisationId: string,
  unitId: string | null,
): Promise<void> {
  const viewer = ctx.viewer;
  if (viewer.kind === 'anonymous') throw new MutationRejected(ForbiddenError.of(SIGN_IN_FIRST));
  if (ctx.isAdmin) return;
  const editor = viewer.grants.filter((g) => g.role === 'EDITOR');
  if (editor.some((g) => g.organisationId === organisationId && !g.unitId)) return;
  const grantedUnits = new Set(editor.map((g) => g.unitId).filter((id): id is string => Boolean(id)));
  if (unitId && grantedUnits.size > 0) {
    const path = await unitPath(manager, unitId);
    if (path.some((u) => grantedUnits.has(u.id))) return;
  }
  throw new MutationRejected(ForbiddenError.of(NOT_YOURS));
}

/** The unit and the units above it, its own first, each with its organisation (empty when there is no such unit). */
export function unitPath(manager: EntityManager, unitId: string): Promise<{ id: string; organisationId: string }[]> {
  return manager.query(
    `WITH RECURSIVE up(id, parent_id, organisation_id, depth) AS (
       SELECT id, parent_id, organisation_id, 0 FROM unit WHERE id = $1
       UNION ALL SELECT u.id, u.parent_id, u.organisation_id, up.depth + 1 FROM unit u JOIN up ON u.id = up.parent_id)
     SELECT id, organisation_id AS "organisationId" FROM up ORDER BY depth`,
    [unitId],
  );
}
