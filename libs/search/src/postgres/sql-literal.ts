/** A value a search statement takes: as node-postgres would send it as a parameter. */
export type SqlValue = string | number | boolean | null | undefined | (string | number | null)[];

/** A string as a quoted SQL literal, safe whatever it holds (node-postgres's escapeLiteral: E'…' when it has a backslash). */
export function quoteLiteral(text: string): string {
  const quoted = text.replaceAll("'", "''");
  return text.includes('\\') ? ` E'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`;
}

/** An array as PostgreSQL's array literal text, elements quoted: ["a", "b\"c"] → {"a","b\"c"}. */
function arrayText(values: (string | number | null)[]): string {
  const element = (v: string | number | null) => (v === null ? 'NULL' : `"${String(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`);
  return `{${values.map(element).join(',')}}`;
}

/**
 * The statement with each `$n` replaced by its value as a literal of unknown type (`'…'`), which
 * PostgreSQL resolves from its context exactly as it does an untyped parameter: the text node-postgres
 * would have sent. For a statement run through EXECUTE inside a function (one round trip with its
 * own planner settings), which takes no parameters of its own. The statement must hold no `$n` of
 * its own (no dollar quoting).
 */
export function inlineParams(sql: string, params: readonly unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => {
    const index = Number(n) - 1;
    if (index < 0 || index >= params.length) throw new Error(`Parameter $${n} findes ikke (${params.length} parametre).`);
    return literal(params[index] as SqlValue);
  });
}

function literal(value: SqlValue): string {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value)) return quoteLiteral(arrayText(value));
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`Ugyldigt tal i søgningen: ${value}.`);
  return quoteLiteral(String(value));
}
