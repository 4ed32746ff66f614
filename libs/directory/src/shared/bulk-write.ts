import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import { insertJsonRows, updateJsonRows, type JsonColumn } from '#core';

/** Ids to one locking SELECT. */
const CHUNK = 1000;

/** The records of `entity` with these ids, locked for the caller's transaction (as `lockOrReject` locks one), by id. */
export async function lockRecords<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: new () => T,
  ids: string[],
): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await manager
      .getRepository(entity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id IN (:...ids)', { ids: ids.slice(i, i + CHUNK) })
      .getMany();
    for (const row of rows) found.set(row.id, row);
  }
  return found;
}

type Stamped = ObjectLiteral & { id: string; createdAt?: Date; updatedAt: Date };

/** The written columns of `entity` (not its created and updated times, which the database sets) and the JSON of a record's. */
function columnsOf(manager: EntityManager, entity: new () => ObjectLiteral) {
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns.filter((c) => !c.isCreateDate && !c.isUpdateDate && !c.isVirtual);
  // Without a value the key is left out: a new record gets the column's default, as TypeORM's INSERT would give it.
  const json = (record: ObjectLiteral) =>
    Object.fromEntries(
      columns.flatMap((c) => (c.getEntityValue(record, true) === undefined ? [] : [[c.databaseName, c.getEntityValue(record, true)]])),
    );
  return { table: metadata.tableName, columns, json };
}

/** The SQL of a column's default, for a new record that does not set it (as TypeORM's INSERT writes DEFAULT). */
function defaultOf(column: ColumnMetadata): string | undefined {
  const value: unknown = column.default;
  if (typeof value === 'function') return String((value as () => unknown)());
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  return value === undefined || value === null ? undefined : String(value);
}

/** Inserts new records (their ids set) with one statement per 1,000; their created and updated times are set on them. */
export async function insertRecords<T extends Stamped>(manager: EntityManager, entity: new () => T, records: T[]): Promise<void> {
  if (!records.length) return;
  const { table, columns, json } = columnsOf(manager, entity);
  const written: JsonColumn[] = columns.map((c) => ({ name: c.databaseName, default: defaultOf(c) }));
  const saved = await insertJsonRows<{ id: string; created_at: Date; updated_at: Date }>(
    manager,
    table,
    written,
    records.map(json),
    'id, created_at, updated_at',
  );
  const byId = new Map(saved.map((row) => [row.id, row]));
  for (const record of records) {
    const row = byId.get(record.id);
    if (row) Object.assign(record, { createdAt: new Date(row.created_at), updatedAt: new Date(row.updated_at) });
  }
}

/** Writes every column of changed records (loaded and locked, then changed in memory) with one UPDATE per 1,000; their updated time is set on them. */
export async function updateRecords<T extends Stamped>(manager: EntityManager, entity: new () => T, records: T[]): Promise<void> {
  if (!records.length) return;
  const { table, columns, json } = columnsOf(manager, entity);
  const saved = await updateJsonRows<{ id: string; updated_at: Date }>(
    manager,
    table,
    columns.filter((c) => !c.isPrimary).map((c) => c.databaseName),
    // A loaded record has every column (null, not undefined), so every column is written as it is.
    records.map(json),
    { also: 'updated_at = now()', returning: 't.id, t.updated_at' },
  );
  const byId = new Map(saved.map((row) => [row.id, new Date(row.updated_at)]));
  for (const record of records) Object.assign(record, { updatedAt: byId.get(record.id) ?? record.updatedAt });
}
