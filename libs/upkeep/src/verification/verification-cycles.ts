import type { EntityManager } from 'typeorm';
import { VerifiableRecordType, type DueRecord } from './verification.types.js';

/** Where each kind of record lives; contacts who left and ended offers are not asked about. */
export const SOURCES = {
  [VerifiableRecordType.CONTACT]: { table: 'contact', live: 'x.left_at IS NULL' },
  [VerifiableRecordType.OFFER]: { table: 'offer', live: `x.status <> 'ENDED'` },
} as const;

/** What a cycle counts from: the last confirmation, or creation. */
export const BASIS = 'coalesce(x.last_verified_at, x.created_at)';
export const DUE = `(${BASIS} + make_interval(days => o.verification_interval_days))`;

interface CycleRow {
  request_id: string | null;
  id: string;
  name: string;
  organisation_id: string;
  organisation_name: string;
  owner_account_id: string | null;
  owner_unit_id: string | null;
  last_verified_at: Date | null;
  due_at: Date;
  opened_at: Date | null;
  last_asked_at: Date | null;
  ask_count: number | null;
  escalated_at: Date | null;
}

export function dueRecordOf(type: VerifiableRecordType, row: CycleRow): DueRecord {
  return {
    requestId: row.request_id,
    type,
    id: row.id,
    name: row.name,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    ownerAccountId: row.owner_account_id,
    ownerUnitId: row.owner_unit_id,
    lastVerifiedAt: row.last_verified_at ? new Date(row.last_verified_at) : null,
    dueAt: new Date(row.due_at),
    openedAt: row.opened_at ? new Date(row.opened_at) : null,
    lastAskedAt: row.last_asked_at ? new Date(row.last_asked_at) : null,
    askCount: Number(row.ask_count ?? 0),
    escalatedAt: row.escalated_at ? new Date(row.escalated_at) : null,
  };
}

/** The columns of a record in its current cycle: `x` the record, `o` its organisation, `r` the cycle (may be absent). */
export const CYCLE_COLUMNS = `r.id AS request_id, x.id, x.name, x.organisation_id, o.name AS organisation_name, x.owner_account_id,
  x.owner_unit_id, x.last_verified_at, ${DUE} AS due_at, r.opened_at, r.last_asked_at, r.ask_count, r.escalated_at`;

/**
 * Tidies up, then opens a cycle for every record due by `until`. Cycles of records confirmed another
 * way (verifyContact, verifyOffer) are closed, cycles of deleted records dropped.
 */
export async function openCycles(manager: EntityManager, now: Date, until: Date): Promise<void> {
  for (const [type, { table, live }] of Object.entries(SOURCES)) {
    await manager.query(
      `DELETE FROM verification_request r WHERE r.record_type = $1 AND NOT EXISTS (SELECT 1 FROM ${table} x WHERE x.id = r.record_id)`,
      [type],
    );
    await manager.query(
      `UPDATE verification_request r SET confirmed_at = x.last_verified_at FROM ${table} x
       WHERE r.record_type = $1 AND x.id = r.record_id AND r.confirmed_at IS NULL AND x.last_verified_at > r.basis_at`,
      [type],
    );
    await manager.query(
      `INSERT INTO verification_request (record_type, record_id, organisation_id, basis_at, opened_at)
       SELECT $1, x.id, x.organisation_id, ${BASIS}, $2 FROM ${table} x JOIN organisation o ON o.id = x.organisation_id
       WHERE ${live} AND ${DUE} <= $3
       ON CONFLICT (record_type, record_id, basis_at) DO NOTHING`,
      [type, now, until],
    );
  }
}

/**
 * Open cycles that are still current and match `where` (SQL over r, x, o; `$1` is the first of
 * `params`), locked for this transaction; cycles another run holds are skipped.
 */
export async function lockCycles(manager: EntityManager, where: string, params: unknown[]): Promise<DueRecord[]> {
  const records: DueRecord[] = [];
  for (const [type, { table, live }] of Object.entries(SOURCES) as [VerifiableRecordType, (typeof SOURCES)[VerifiableRecordType]][]) {
    const rows: CycleRow[] = await manager.query(
      `SELECT ${CYCLE_COLUMNS}
       FROM verification_request r
       JOIN ${table} x ON x.id = r.record_id AND ${BASIS} = r.basis_at AND ${live}
       JOIN organisation o ON o.id = x.organisation_id
       WHERE r.record_type = '${type}' AND r.confirmed_at IS NULL AND (${where})
       ORDER BY due_at, x.name, x.id
       FOR UPDATE OF r SKIP LOCKED`,
      params,
    );
    records.push(...rows.map((row) => dueRecordOf(type, row)));
  }
  return records.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.name.localeCompare(b.name, 'da'));
}
