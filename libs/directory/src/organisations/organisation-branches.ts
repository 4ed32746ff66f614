import type { EntityManager } from 'typeorm';
import { ForbiddenError, MutationRejected, type FieldError, type RequestContext } from '#core';
import { Sector } from '../shared/enums.js';

const PATH = 'input.parentOrganisationId';

/**
 * Rules for local branches: a branch points to the organisation it belongs to (a local LMS to
 * national LMS). Only volunteer organisations (CIVIL_SOCIETY) have branches: public bodies show
 * their parts as units. The parent must exist, must not be the organisation itself, and the
 * hierarchy must not loop. Checked in the mutation's transaction.
 */
export async function branchErrors(
  manager: EntityManager,
  id: string | null,
  next: { sector: Sector; parentOrganisationId: string | null },
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (id && next.sector !== Sector.CIVIL_SOCIETY) {
    const [{ count }]: { count: string }[] = await manager.query(
      `SELECT count(*) AS count FROM organisation WHERE parent_organisation_id = $1`,
      [id],
    );
    if (Number(count) > 0) {
      errors.push({
        path: 'input.sector',
        message: `Organisationen har ${count} lokalafdelinger og skal derfor være en frivillig organisation (CIVIL_SOCIETY).`,
      });
    }
  }
  const parentId = next.parentOrganisationId;
  if (!parentId) return errors;
  if (parentId === id) return [...errors, { path: PATH, message: 'En organisation kan ikke være lokalafdeling af sig selv.' }];
  const [parent]: { name: string; sector: Sector }[] = await manager.query(`SELECT name, sector FROM organisation WHERE id = $1`, [
    parentId,
  ]);
  if (!parent) return [...errors, { path: PATH, message: 'Den overordnede organisation findes ikke.' }];
  if (next.sector !== Sector.CIVIL_SOCIETY) {
    errors.push({
      path: PATH,
      message: 'Kun frivillige organisationer (CIVIL_SOCIETY) kan være lokalafdelinger. Offentlige organisationer deles i enheder.',
    });
  } else if (parent.sector !== Sector.CIVIL_SOCIETY) {
    errors.push({ path: PATH, message: `"${parent.name}" er ikke en frivillig organisation og kan ikke have lokalafdelinger.` });
  }
  if (id && (await isAncestorOrSelf(manager, id, parentId))) {
    errors.push({ path: PATH, message: `Det giver en løkke: "${parent.name}" hører allerede under denne organisation.` });
  }
  return errors;
}

/** Whether `ancestor` is `id` or above it in the hierarchy. UNION stops on a loop already stored. */
async function isAncestorOrSelf(manager: EntityManager, ancestor: string, id: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `WITH RECURSIVE up(id, parent) AS (
       SELECT id, parent_organisation_id FROM organisation WHERE id = $1
       UNION SELECT o.id, o.parent_organisation_id FROM organisation o JOIN up ON o.id = up.parent)
     SELECT 1 FROM up WHERE id = $2`,
    [id, ancestor],
  );
  return rows.length > 0;
}

/**
 * Placing a branch under an organisation speaks for that organisation: only its editors and
 * administrators may. Changes to the hierarchy run one at a time, so two at once cannot close a loop.
 */
export async function assertMayAttach(manager: EntityManager, ctx: RequestContext, parentId: string): Promise<void> {
  if (!ctx.isAdmin && !ctx.hasRole('EDITOR', (g) => g.organisationId === parentId && !g.unitId)) {
    throw new MutationRejected(
      ForbiddenError.of('Kun redaktører for den overordnede organisation og administratorer kan knytte en lokalafdeling til den.'),
    );
  }
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('organisation.parent'))`);
}
