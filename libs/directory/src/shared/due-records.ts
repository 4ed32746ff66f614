import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Contact } from '../contacts/contact.entity.js';
import { Offer } from '../offers/offer.entity.js';

/** The records someone can be asked to confirm; people who left and ended offers are not asked. */
export type ConfirmableKind = 'Contact' | 'Offer';

/** Where each kind of record lives (`x` the record); contacts who left and ended offers are not asked about. */
export const CONFIRMABLE_SOURCES = {
  Contact: { table: 'contact', live: 'x.left_at IS NULL', entity: Contact },
  Offer: { table: 'offer', live: `x.status <> 'ENDED'`, entity: Offer },
} as const;

/** What a confirmation cycle counts from: the last confirmation, or creation. */
const BASIS = 'coalesce(x.last_verified_at, x.created_at)';
const DUE = `(${BASIS} + make_interval(days => o.verification_interval_days))`;

/**
 * A live record due for confirmation. Timestamps that others compare with their own come also as
 * text (`basis`, `due`), so they compare to the microsecond.
 */
export interface DueRecordRow {
  kind: ConfirmableKind;
  id: string;
  name: string;
  organisation_id: string;
  organisation_name: string;
  owner_account_id: string | null;
  owner_unit_id: string | null;
  last_verified_at: Date | null;
  due_at: Date;
  due: string;
  basis: string;
}

const COLUMNS = `x.id, x.name, x.organisation_id, o.name AS organisation_name, x.owner_account_id, x.owner_unit_id,
  x.last_verified_at, ${DUE} AS due_at, ${DUE}::text AS due, ${BASIS}::text AS basis`;

/** Who may see which records in an organisation's queue: everything, or what they own and their units' (with sub-units). */
export interface DueVisibility {
  all: boolean;
  accountId: string | null;
  unitIds: string[];
}

/**
 * When contacts and offers are due to be confirmed again (each organisation sets its interval), for
 * upkeep's verification cycles: the directory's side of them, in the caller's transaction.
 */
@Injectable()
export class DueRecords {
  /** Which of `ids` still exist. */
  async existing(manager: EntityManager, kind: ConfirmableKind, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await manager.query(`SELECT id FROM ${CONFIRMABLE_SOURCES[kind].table} WHERE id = ANY($1)`, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  /** When each of `ids` was last confirmed (as text), for those ever confirmed. */
  async lastVerified(manager: EntityManager, kind: ConfirmableKind, ids: string[]): Promise<{ id: string; at: string }[]> {
    if (!ids.length) return [];
    return manager.query(
      `SELECT id, last_verified_at::text AS at FROM ${CONFIRMABLE_SOURCES[kind].table} WHERE id = ANY($1) AND last_verified_at IS NOT NULL`,
      [ids],
    );
  }

  /** Live records due by `until`. */
  dueBy(manager: EntityManager, kind: ConfirmableKind, until: Date): Promise<DueRecordRow[]> {
    const { table, live } = CONFIRMABLE_SOURCES[kind];
    return manager.query(
      `SELECT '${kind}' AS kind, ${COLUMNS} FROM ${table} x JOIN organisation o ON o.id = x.organisation_id WHERE ${live} AND ${DUE} <= $1`,
      [until],
    );
  }

  /** Of these (record, basis) pairs, the live records whose cycle still counts from that basis (not confirmed since). */
  inCycles(manager: EntityManager, kind: ConfirmableKind, cycles: { id: string; basis: string }[]): Promise<DueRecordRow[]> {
    if (!cycles.length) return Promise.resolve([]);
    const { table, live } = CONFIRMABLE_SOURCES[kind];
    return manager.query(
      `SELECT '${kind}' AS kind, ${COLUMNS}
       FROM unnest($1::uuid[], $2::timestamptz[]) c(id, basis)
       JOIN ${table} x ON x.id = c.id AND ${BASIS} = c.basis AND ${live}
       JOIN organisation o ON o.id = x.organisation_id`,
      [cycles.map((c) => c.id), cycles.map((c) => c.basis)],
    );
  }

  /** A page of the organisation's live records due by `dueBy` that the viewer sees, soonest first, and how many there are. */
  async dueIn(
    manager: EntityManager,
    organisationId: string,
    dueBy: Date,
    visibility: DueVisibility,
    page: { limit: number; offset: number },
  ): Promise<{ rows: DueRecordRow[]; total: number }> {
    const parts = Object.entries(CONFIRMABLE_SOURCES).map(
      ([kind, { table, live }]) =>
        `SELECT '${kind}' AS kind, ${COLUMNS}
         FROM ${table} x JOIN organisation o ON o.id = x.organisation_id
         WHERE x.organisation_id = $1 AND ${live} AND ${DUE} <= $2
           AND ($3::boolean OR x.owner_account_id = $4 OR x.unit_id IN (SELECT id FROM down) OR x.owner_unit_id IN (SELECT id FROM down))`,
    );
    const items = `WITH RECURSIVE down(id) AS (
        SELECT id FROM unit WHERE id = ANY($5::uuid[]) UNION ALL SELECT u.id FROM unit u JOIN down ON u.parent_id = down.id),
      items AS (${parts.join(' UNION ALL ')})`;
    const params = [organisationId, dueBy, visibility.all, visibility.accountId, visibility.unitIds];
    const rows: DueRecordRow[] = await manager.query(
      `${items} SELECT * FROM items ORDER BY due_at, name, id LIMIT ${page.limit} OFFSET ${page.offset}`,
      params,
    );
    const [{ total }]: { total: string }[] = await manager.query(`${items} SELECT count(*) AS total FROM items`, params);
    return { rows, total: Number(total) };
  }
}
