import type { EntityManager } from 'typeorm';

/** Rows to one statement: one JSON parameter, so only its size bounds it. */
const ROWS_PER_STATEMENT = 1000;

/** A column written from JSON rows: its name and, for inserts, the SQL of its default (for rows without the key). */
export interface JsonColumn {
  name: string;
  default?: string;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (name: string) => `'${name.replace(/'/g, "''")}'`;

async function inStatements<R>(rows: object[], run: (json: string) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) out.push(...(await run(JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT)))));
  return out;
}

/**
 * Inserts many rows (objects keyed by column name, values as JSON: dates as ISO text, arrays for arrays, objects for
 * jsonb) with one statement per 1,000, each row read as a row of `table` by `jsonb_populate_record`: one parameter
 * however many rows and columns, where a multi-row VALUES list would bind and escape every value on its own. A row
 * without a column's key gets the column's default. Returns the `returning` columns of the rows, in order.
 */
export function insertJsonRows<R = never>(
  manager: EntityManager,
  table: string,
  columns: JsonColumn[],
  rows: object[],
  returning?: string,
): Promise<R[]> {
  const values = columns.map((c) =>
    c.default ? `CASE WHEN j ? ${literal(c.name)} THEN v.${quoted(c.name)} ELSE ${c.default} END` : `v.${quoted(c.name)}`,
  );
  return inStatements(rows, (json) =>
    manager.query(
      `INSERT INTO ${quoted(table)} (${columns.map((c) => quoted(c.name)).join(', ')})
       SELECT ${values.join(', ')} FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS r(j, n), jsonb_populate_record(NULL::${quoted(table)}, j) AS v
       ORDER BY n${returning ? ` RETURNING ${returning}` : ''}`,
      [json],
    ),
  );
}

/**
 * Updates many rows of `table` by `id` (objects keyed by column name, as for `insertJsonRows`): `columns` from the
 * rows, and `also` (SQL such as `updated_at = now()`), one statement per 1,000. Returns the `returning` columns.
 */
export function updateJsonRows<R = never>(
  manager: EntityManager,
  table: string,
  columns: string[],
  rows: object[],
  options: { also?: string; returning?: string } = {},
): Promise<R[]> {
  const sets = [...columns.map((c) => `${quoted(c)} = v.${quoted(c)}`), ...(options.also ? [options.also] : [])];
  return inStatements(rows, (json) =>
    manager.query(
      `UPDATE ${quoted(table)} AS t SET ${sets.join(', ')}
       FROM jsonb_populate_recordset(NULL::${quoted(table)}, $1::jsonb) AS v WHERE t.id = v.id${options.returning ? ` RETURNING ${options.returning}` : ''}`,
      [json],
    ),
  );
}
