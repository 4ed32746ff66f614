import type { EntityManager, ObjectLiteral } from 'typeorm';
import {
  AuditAction,
  ConflictError,
  Deleted,
  MutationRejected,
  mutate,
  type MutationFailure,
  type RequestContext,
  lockOrReject,
} from '#core';
import { audited, type RecordServices, type RecordTarget } from './audited.js';

/** Rows of `table` whose `column` points at the record being deleted. */
export interface Reference {
  table: 'unit' | 'contact' | 'offer';
  column: 'organisation_id' | 'unit_id' | 'parent_id';
}

/** What decides a delete: who may, what blocks it, what goes with it. */
export interface DeleteRules<T> {
  /** A check that needs no record (administrators only, say): runs before the row is read. */
  allowed?: () => void;
  /** A check on the locked record: may the viewer delete it? */
  mayDelete?: (manager: EntityManager, current: T) => Promise<void>;
  /** Records that still point here refuse the delete with a ConflictError; `message` names their count. */
  blockedBy?: { references: readonly Reference[]; message: (count: number) => string };
  /** Deletes the row and what goes with it, with its audit and events; by default the row, a DELETE audit event and the deleted event. */
  remove?: (manager: EntityManager, current: T) => Promise<void>;
}

/** Deletes a directory record in one transaction: checks, the delete, its audit event and its change event. */
export function deleteRecord<T extends ObjectLiteral & { id: string; organisationId?: string }>(
  { dataSource, events, audit }: RecordServices,
  target: RecordTarget<T>,
  ctx: RequestContext,
  id: string,
  rules: DeleteRules<T>,
): Promise<Deleted | MutationFailure> {
  return mutate(dataSource, async (manager) => {
    rules.allowed?.();
    const current = await lockOrReject(manager, target.entity, target.what, id);
    await rules.mayDelete?.(manager, current);
    if (rules.blockedBy) {
      const count = await countReferences(manager, rules.blockedBy.references, id);
      if (count > 0) throw new MutationRejected(ConflictError.of(rules.blockedBy.message(count)));
    }
    if (rules.remove) await rules.remove(manager, current);
    else {
      await manager.delete(target.entity, { id });
      await audited(audit, manager, ctx, target.type, AuditAction.DELETE, current, null);
      await events.publish(manager, target.event, { id, deleted: true });
    }
    return Object.assign(new Deleted(), { id });
  });
}

async function countReferences(manager: EntityManager, references: readonly Reference[], id: string): Promise<number> {
  const counts = references.map(({ table, column }) => `(SELECT count(*) FROM ${table} WHERE ${column} = $1)`);
  const [{ count }]: { count: string }[] = await manager.query(`SELECT ${counts.join(' + ')} AS count`, [id]);
  return Number(count);
}
