import { type EntityManager, type FindOptionsWhere, type ObjectLiteral, type SelectQueryBuilder, type EntityTarget } from 'typeorm';
import { BadInputError, MutationRejected, NotFoundError, ValidationError, type FieldError } from '../errors/error-results.js';
import { toConnection, type Connection, type PageWindow } from '../pagination/connection.js';
import { isUuid } from '../validation/danish-messages.js';

/** Runs a list query one page at a time, with the total count. */
export async function pageOf<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, window: PageWindow): Promise<Connection<T>> {
  const [rows, total] = await query.skip(window.offset).take(window.limit).getManyAndCount();
  return toConnection(rows, total, window);
}

/** Loads a row for update (locked until the transaction ends) or rejects the mutation. */
export async function lockOrReject<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  what: string,
  id: string,
): Promise<T> {
  // An id that is not a UUID names no row; asking PostgreSQL would fail the query instead.
  if (!isUuid(id)) throw new MutationRejected(NotFoundError.of(what, id));
  const row = await manager.getRepository(entity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
  if (!row) throw new MutationRejected(NotFoundError.of(what, id));
  return row;
}

/** The row of `entity` with `id`, or null: also for an id that is not a UUID (PostgreSQL would fail the query). */
export async function findById<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
): Promise<T | null> {
  return isUuid(id) ? manager.getRepository(entity).findOneBy({ id } as FindOptionsWhere<T>) : null;
}

/** Rejects the mutation when any field error was found. */
export function rejectIf(errors: FieldError[]): void {
  if (errors.length > 0) throw new MutationRejected(ValidationError.of(errors));
}

/** Whether a row with `id` exists in `table` (inside the caller's transaction). */
export async function exists(manager: EntityManager, table: string, id: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
  return rows.length > 0;
}

/** Keys of `patch` whose value is not undefined: only these fields change on update. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Id filters must be UUIDs: anything else is the client's mistake, not an empty result or a crash. */
export function checkIdFilters(filter: Record<string, unknown>, names: string[]): void {
  for (const name of names) {
    const value = filter[name];
    if (typeof value === 'string' && !isUuid(value)) throw new BadInputError(`Filteret "${name}" skal være et gyldigt UUID.`);
  }
}
