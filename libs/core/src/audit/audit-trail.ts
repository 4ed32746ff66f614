import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { RequestContext } from '../context/request-context.js';
import { AccessDeniedError } from '../errors/error-results.js';
import { isUuid } from '../validation/danish-messages.js';
import { batchUntilCommit, transactionCause } from '../database/transaction.js';
import { insertJsonRows } from '../database/json-rows.js';
import { AuditAction, AuditEvent, type FieldChange } from './audit-event.entity.js';

/** Fields every record has that say nothing about what changed. */
const IGNORED = new Set(['createdAt', 'updatedAt']);

export interface AuditedChange {
  entityType: string;
  entityId: string;
  organisationId: string | null;
  action: AuditAction;
  before: object | null;
  after: object | null;
}

/** One event of the trail, as `between` reads it. */
export interface AuditedEvent {
  entityType: string;
  entityId: string;
  organisationId: string | null;
  action: AuditAction;
  changes: FieldChange[];
  occurredAt: Date;
}

interface AuditRow {
  entity_type: string;
  entity_id: string;
  organisation_id: string | null;
  action: AuditAction;
  changes: FieldChange[];
  occurred_at: Date | string;
}

@Injectable()
export class AuditTrail {
  /** Audit rows of a shared transaction (an import), written together before it commits. */
  private readonly batched = new WeakMap<EntityManager, QueryDeepPartialEntity<AuditEvent>[]>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Writes who changed what, with the before and after of each changed field, in `manager`'s transaction. In a
   * shared transaction (an import) the row is still one per change, with the import as its cause, but the rows
   * are inserted together just before the transaction commits.
   */
  async record(manager: EntityManager, ctx: RequestContext, change: AuditedChange): Promise<void> {
    const row = this.row(ctx, change);
    const batch = batchUntilCommit(manager, 'audit', () => this.flush(manager));
    if (!batch) {
      await manager.insert(AuditEvent, row);
      return;
    }
    const rows = this.batched.get(batch) ?? [];
    rows.push(row);
    this.batched.set(batch, rows);
  }

  private async flush(manager: EntityManager): Promise<void> {
    const rows = this.batched.get(manager) ?? [];
    this.batched.delete(manager);
    const json = rows.map((r) => ({
      occurred_at: r.occurredAt,
      account_id: r.accountId,
      entity_type: r.entityType,
      entity_id: r.entityId,
      organisation_id: r.organisationId,
      action: r.action,
      changes: r.changes,
      cause: r.cause,
    }));
    await insertJsonRows(
      manager,
      'audit_event',
      Object.keys(json[0] ?? {}).map((name) => ({ name })),
      json,
    );
  }

  private row(ctx: RequestContext, change: AuditedChange): QueryDeepPartialEntity<AuditEvent> {
    return {
      occurredAt: new Date(),
      accountId: ctx.accountId,
      entityType: change.entityType,
      entityId: change.entityId,
      organisationId: change.organisationId,
      action: change.action,
      changes: changedFields(change.before, change.after),
      cause: transactionCause(),
    };
  }

  /**
   * Erasure: keeps who-changed-what-when of `entityId` but drops every value recorded for it, and
   * notes the erasure. The rows keep only ids (a pseudonymous marker), no personal data.
   */
  async scrub(
    manager: EntityManager,
    ctx: RequestContext,
    entityType: string,
    entityId: string,
    organisationId: string | null,
  ): Promise<void> {
    await manager.query(`UPDATE audit_event SET changes = '[]' WHERE entity_id = $1`, [entityId]);
    await this.record(manager, ctx, { entityType, entityId, organisationId, action: AuditAction.ERASE, before: null, after: null });
  }

  /** The changes the signed-in account made, newest first, a page at a time (Mine data); empty for anyone anonymous. */
  async mine(ctx: RequestContext, page: { offset: number; limit: number }): Promise<{ items: AuditEvent[]; total: number }> {
    if (!ctx.accountId) return { items: [], total: 0 };
    const [items, total] = await this.dataSource.getRepository(AuditEvent).findAndCount({
      where: { accountId: ctx.accountId },
      order: { occurredAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return { items, total };
  }

  /** The history of a record, newest first: administrators see all, editors that of their organisations. */
  async history(ctx: RequestContext, entityId: string): Promise<AuditEvent[]> {
    const viewer = ctx.viewer;
    if (viewer.kind === 'anonymous') throw new AccessDeniedError('Log ind for at se ændringshistorik.');
    if (!isUuid(entityId)) return [];
    const events = await this.dataSource.getRepository(AuditEvent).find({ where: { entityId }, order: { occurredAt: 'DESC', id: 'ASC' } });
    if (ctx.isAdmin) return events;
    const organisations = new Set(viewer.grants.filter((g) => g.role === 'EDITOR' && g.organisationId).map((g) => g.organisationId));
    if (events.some((e) => !e.organisationId || !organisations.has(e.organisationId))) {
      throw new AccessDeniedError('Du kan kun se historikken for oplysninger, du er redaktør for.');
    }
    return events;
  }

  /**
   * Records of `entityTypes` deleted at or after `since` (and not made again since), oldest first, a page
   * at a time: what a reader that syncs needs to remove.
   */
  async deletedSince(
    entityTypes: string[],
    since: Date,
    page: { offset: number; limit: number },
  ): Promise<{ items: { entityType: string; entityId: string; deletedAt: Date }[]; total: number }> {
    const deleted = `SELECT DISTINCT ON (entity_id) entity_type, entity_id, occurred_at, action FROM audit_event
       WHERE entity_type = ANY($1) AND action IN ('CREATE', 'DELETE') AND occurred_at >= $2 ORDER BY entity_id, occurred_at DESC`;
    const rows: { entity_type: string; entity_id: string; occurred_at: Date | string; total: string }[] = await this.dataSource.query(
      `SELECT entity_type, entity_id, occurred_at, count(*) OVER () AS total FROM (${deleted}) d WHERE action = 'DELETE'
       ORDER BY occurred_at, entity_id OFFSET $3 LIMIT $4`,
      [entityTypes, since, page.offset, page.limit],
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && page.offset > 0) {
      const [{ count }]: { count: string }[] = await this.dataSource.query(
        `SELECT count(*) AS count FROM (${deleted}) d WHERE action = 'DELETE'`,
        [entityTypes, since],
      );
      total = Number(count);
    }
    return {
      items: rows.map((r) => ({ entityType: r.entity_type, entityId: r.entity_id, deletedAt: new Date(r.occurred_at) })),
      total,
    };
  }

  /** Every event on records of `entityTypes` after `from` up to and including `to`, oldest first. */
  async between(entityTypes: string[], from: Date, to: Date): Promise<AuditedEvent[]> {
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT entity_type, entity_id, organisation_id, action, changes, occurred_at FROM audit_event
       WHERE entity_type = ANY($1) AND occurred_at > $2 AND occurred_at <= $3 ORDER BY occurred_at, id`,
      [entityTypes, from, to],
    );
    return rows.map((r) => ({
      entityType: r.entity_type,
      entityId: r.entity_id,
      organisationId: r.organisation_id,
      action: r.action,
      changes: r.changes,
      occurredAt: new Date(r.occurred_at),
    }));
  }

  /** The values the deletion of each of these records recorded (records erased since are left out). */
  async deletedValues(entityIds: string[]): Promise<{ entityId: string; changes: FieldChange[] }[]> {
    if (!entityIds.length) return [];
    const rows: { entity_id: string; changes: FieldChange[] }[] = await this.dataSource.query(
      `SELECT entity_id, changes FROM audit_event WHERE entity_id = ANY($1) AND action = 'DELETE' AND changes <> '[]'::jsonb`,
      [entityIds],
    );
    return rows.map((r) => ({ entityId: r.entity_id, changes: r.changes }));
  }
}

/** Each field whose value differs between `before` and `after` (absent counts as null). */
export function changedFields(before: object | null, after: object | null): FieldChange[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !IGNORED.has(f)).sort();
  return fields.flatMap((field) => {
    const was = json(a[field]);
    const is = json(b[field]);
    return was === is ? [] : [{ field, before: was, after: is }];
  });
}

function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
