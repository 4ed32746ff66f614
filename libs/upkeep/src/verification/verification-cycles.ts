import type { EntityManager } from 'typeorm';
import type { ConfirmableKind, DueRecordRow, DueRecords } from '#directory';
import { VerifiableRecordType, type DueRecord } from './verification.types.js';

/** The directory's name of each kind of record. */
export const KINDS = {
  [VerifiableRecordType.CONTACT]: 'Contact',
  [VerifiableRecordType.OFFER]: 'Offer',
} as const satisfies Record<VerifiableRecordType, ConfirmableKind>;

/** When a record in a cycle is due, in the `where` of `lockCycles` (`d` the record's facts from the directory). */
export const DUE = 'd.due_at';

interface RequestRow {
  request_id: string;
  record_id: string;
  opened_at: Date | null;
  last_asked_at: Date | null;
  ask_count: number | null;
  escalated_at: Date | null;
}

export function dueRecordOf(type: VerifiableRecordType, record: DueRecordRow, request: Omit<RequestRow, 'record_id'> | null): DueRecord {
  return {
    requestId: request?.request_id ?? null,
    type,
    id: record.id,
    name: record.name,
    organisationId: record.organisation_id,
    organisationName: record.organisation_name,
    ownerAccountId: record.owner_account_id,
    ownerUnitId: record.owner_unit_id,
    lastVerifiedAt: record.last_verified_at ? new Date(record.last_verified_at) : null,
    dueAt: new Date(record.due_at),
    openedAt: request?.opened_at ? new Date(request.opened_at) : null,
    lastAskedAt: request?.last_asked_at ? new Date(request.last_asked_at) : null,
    askCount: Number(request?.ask_count ?? 0),
    escalatedAt: request?.escalated_at ? new Date(request.escalated_at) : null,
  };
}

/**
 * Tidies up, then opens a cycle for every record due by `until`. Cycles of records confirmed another
 * way (verifyContact, verifyOffer) are closed, cycles of deleted records dropped.
 */
export async function openCycles(manager: EntityManager, due: DueRecords, now: Date, until: Date): Promise<void> {
  for (const [type, kind] of Object.entries(KINDS)) {
    const requested: { record_id: string }[] = await manager.query(
      `SELECT DISTINCT record_id FROM verification_request WHERE record_type = $1`,
      [type],
    );
    const existing = await due.existing(
      manager,
      kind,
      requested.map((r) => r.record_id),
    );
    const gone = requested.map((r) => r.record_id).filter((id) => !existing.has(id));
    if (gone.length) await manager.query(`DELETE FROM verification_request WHERE record_type = $1 AND record_id = ANY($2)`, [type, gone]);
    const open: { record_id: string }[] = await manager.query(
      `SELECT DISTINCT record_id FROM verification_request WHERE record_type = $1 AND confirmed_at IS NULL`,
      [type],
    );
    const verified = await due.lastVerified(
      manager,
      kind,
      open.map((r) => r.record_id),
    );
    if (verified.length) {
      await manager.query(
        `UPDATE verification_request r SET confirmed_at = v.at FROM unnest($2::uuid[], $3::timestamptz[]) v(id, at)
         WHERE r.record_type = $1 AND v.id = r.record_id AND r.confirmed_at IS NULL AND v.at > r.basis_at`,
        [type, verified.map((v) => v.id), verified.map((v) => v.at)],
      );
    }
    const records = await due.dueBy(manager, kind, until);
    if (records.length) {
      await manager.query(
        `INSERT INTO verification_request (record_type, record_id, organisation_id, basis_at, opened_at)
         SELECT $1, v.id, v.organisation_id, v.basis, $2 FROM unnest($3::uuid[], $4::uuid[], $5::timestamptz[]) v(id, organisation_id, basis)
         ON CONFLICT (record_type, record_id, basis_at) DO NOTHING`,
        [type, now, records.map((r) => r.id), records.map((r) => r.organisation_id), records.map((r) => r.basis)],
      );
    }
  }
}

/**
 * Open cycles that are still current and match `where` (SQL over r, the cycle, and d, the record's
 * `due_at`; `$1` is the first of `params`), locked for this transaction; cycles another run holds are skipped.
 */
export async function lockCycles(manager: EntityManager, due: DueRecords, where: string, params: unknown[]): Promise<DueRecord[]> {
  const records: DueRecord[] = [];
  for (const [type, kind] of Object.entries(KINDS) as [VerifiableRecordType, ConfirmableKind][]) {
    const open: { id: string; basis: string }[] = await manager.query(
      `SELECT record_id AS id, basis_at::text AS basis FROM verification_request WHERE record_type = $1 AND confirmed_at IS NULL`,
      [type],
    );
    const facts = await due.inCycles(manager, kind, open);
    if (!facts.length) continue;
    const n = params.length;
    const rows: RequestRow[] = await manager.query(
      `SELECT r.id AS request_id, r.record_id, r.opened_at, r.last_asked_at, r.ask_count, r.escalated_at
       FROM verification_request r
       JOIN unnest($${n + 1}::uuid[], $${n + 2}::timestamptz[], $${n + 3}::timestamptz[], $${n + 4}::text[]) d(id, basis, due_at, name)
         ON d.id = r.record_id AND d.basis = r.basis_at
       WHERE r.record_type = '${type}' AND r.confirmed_at IS NULL AND (${where})
       ORDER BY d.due_at, d.name, d.id
       FOR UPDATE OF r SKIP LOCKED`,
      [...params, facts.map((f) => f.id), facts.map((f) => f.basis), facts.map((f) => f.due), facts.map((f) => f.name)],
    );
    const byId = new Map(facts.map((f) => [f.id, f]));
    records.push(...rows.map((row) => dueRecordOf(type, byId.get(row.record_id) as DueRecordRow, row)));
  }
  return records.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.name.localeCompare(b.name, 'da'));
}
