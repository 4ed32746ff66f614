import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditAction, AuditTrail, RequestContext, TransactionalEvents } from '#core';
import type { Channel } from './channel.js';
import { CONFIRMABLE_SOURCES as SOURCES, type ConfirmableKind } from './due-records.js';

/** Where a record stands against a confirmation cycle counted from `basis` (its last confirmation, or creation). */
export interface ConfirmableState {
  organisationId: string;
  /** The record has not been confirmed (or created) since the cycle's basis. */
  current: boolean;
  live: boolean;
}

/** What the person confirming a record sees of it. */
export interface ConfirmableSummary {
  name: string;
  organisation_name: string;
  unit_name: string | null;
  channels: Channel[];
  last_verified_at: Date | null;
  last_verified_by: string | null;
  role_title?: string | null;
  access_route?: string;
  age_min?: number | null;
  age_max?: number | null;
}

/**
 * Confirmation of a contact or offer by someone asked about it (upkeep's confirm links): the state,
 * the summary, and the confirmation itself with its audit event and change event.
 */
@Injectable()
export class RecordConfirmations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly events: TransactionalEvents,
  ) {}

  /** The record's state against a cycle whose basis is `basis` (a timestamptz as text, compared exactly); null when it is gone. */
  async state(manager: EntityManager, kind: ConfirmableKind, id: string, basis: string): Promise<ConfirmableState | null> {
    const { table, live } = SOURCES[kind];
    const [record]: { organisation_id: string; current: boolean; live: boolean }[] = await manager.query(
      `SELECT x.organisation_id, (coalesce(x.last_verified_at, x.created_at) = $2::timestamptz) AS current, (${live}) AS live
       FROM ${table} x WHERE x.id = $1`,
      [id, basis],
    );
    return record ? { organisationId: record.organisation_id, current: record.current, live: record.live } : null;
  }

  /** Confirms the record as still correct, in the caller's transaction, as `accountId` ("verifiedBy" names them). */
  async confirm(
    manager: EntityManager,
    kind: ConfirmableKind,
    id: string,
    accountId: string,
    verifiedBy: string,
    now: Date,
  ): Promise<{ id: string; name: string }> {
    const { table, entity } = SOURCES[kind];
    const [current]: {
      id: string;
      name: string;
      organisation_id: string;
      last_verified_at: Date | null;
      last_verified_by: string | null;
    }[] = await manager.query(
      `SELECT id, name, organisation_id, last_verified_at, last_verified_by FROM ${table} WHERE id = $1 FOR UPDATE`,
      [id],
    );
    const before = {
      id: current.id,
      organisationId: current.organisation_id,
      lastVerifiedAt: current.last_verified_at,
      lastVerifiedBy: current.last_verified_by,
    };
    await manager.update(entity, { id: current.id }, { lastVerifiedAt: now, lastVerifiedBy: verifiedBy });
    const after = { ...before, lastVerifiedAt: now, lastVerifiedBy: verifiedBy };
    const ctx = new RequestContext({ kind: 'account', accountId, grants: [] });
    await this.audit.record(manager, ctx, {
      entityType: kind,
      entityId: current.id,
      organisationId: current.organisation_id,
      action: AuditAction.VERIFY,
      before,
      after,
    });
    await this.events.publish(manager, `${kind}Changed`, { id: current.id, deleted: false });
    return { id: current.id, name: current.name };
  }

  /** The record with its organisation and unit names, or null when it is gone. */
  async summary(kind: ConfirmableKind, id: string): Promise<ConfirmableSummary | null> {
    const extra = kind === 'Contact' ? 'x.role_title' : 'x.access_route, x.age_min, x.age_max';
    const [row]: ConfirmableSummary[] = await this.dataSource.query(
      `SELECT x.name, o.name AS organisation_name, u.name AS unit_name, x.channels, x.last_verified_at, x.last_verified_by, ${extra}
       FROM ${SOURCES[kind].table} x JOIN organisation o ON o.id = x.organisation_id LEFT JOIN unit u ON u.id = x.unit_id WHERE x.id = $1`,
      [id],
    );
    return row ?? null;
  }
}
