/**
 * Ranks rows another context handed back already ordered (by the database's collation, which a sort in
 * memory cannot reproduce): id → rank, rows with equal keys sharing one, so the caller breaks ties as SQL did.
 */
export function ranks<T extends { id: string }>(ordered: readonly T[], keyOf: (row: T) => string | null): Map<string, number> {
  const rank = new Map<string, number>();
  let current = -1;
  let last: string | null = null;
  for (const row of ordered) {
    const key = keyOf(row);
    if (current < 0 || key !== last) {
      current += 1;
      last = key;
    }
    rank.set(row.id, current);
  }
  return rank;
}

/** A row missing from the ranking sorts last, as NULL does in ascending SQL order. */
export const rankOf = (rank: Map<string, number>, id: string | null | undefined): number =>
  (id ? rank.get(id) : undefined) ?? Number.MAX_SAFE_INTEGER;

/** Compares UUIDs (lower-case text) and upper-case codes as PostgreSQL orders them. */
export const compareAscii = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
