import { In, type DataSource, type FindOptionsWhere } from 'typeorm';
import { isUuid } from '../validation/danish-messages.js';

/**
 * A per-request batch loader, defined once beside the feature that owns it. Its key and value types
 * travel with the definition, so a call site (`ctx.load(UNIT_BY_ID, this.dataSource, id)`) can neither
 * load a key of another type nor expect another value. `Deps` is what the batch needs, handed over by
 * the caller; the request's first use creates the loader, so deps must not vary within a request.
 */
export interface LoaderDefinition<K, V, Deps> {
  readonly name: string;
  readonly batch: (deps: Deps, keys: readonly K[]) => Promise<readonly (V | Error)[]>;
  /** For keys that are objects: the value two equal keys share (DataLoader's cacheKeyFn). */
  readonly cacheKey?: (key: K) => unknown;
}

export function defineLoader<K, V, Deps = DataSource>(
  name: string,
  batch: (deps: Deps, keys: readonly K[]) => Promise<readonly (V | Error)[]>,
  options: { cacheKey?: (key: K) => unknown } = {},
): LoaderDefinition<K, V, Deps> {
  return { name, batch, ...options };
}

type Identified = { id: string };
const byIdLoaders = new WeakMap<object, LoaderDefinition<string, Identified | null, DataSource>>();

/**
 * Rows of `entity` by id, in the order asked, null where no row has the id. An id that is not a
 * UUID names no row: it answers null without asking PostgreSQL (which would fail the query).
 */
export function byIdLoader<T extends Identified>(entity: new () => T): LoaderDefinition<string, T | null, DataSource> {
  const known = byIdLoaders.get(entity) as LoaderDefinition<string, T | null, DataSource> | undefined;
  if (known) return known;
  const definition = defineLoader<string, T | null>(`${entity.name}.byId`, async (dataSource, ids) => {
    const valid = ids.filter((id) => isUuid(id));
    const rows = valid.length ? await dataSource.getRepository(entity).findBy({ id: In(valid) } as FindOptionsWhere<T>) : [];
    return byKeys(ids, rows, (row) => row.id);
  });
  byIdLoaders.set(entity, definition);
  return definition;
}

/** Orders batch results by the keys DataLoader asked for. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

/** Groups batch results by key, for one-to-many loads. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}
