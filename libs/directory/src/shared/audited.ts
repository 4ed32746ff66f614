import type { DataSource, EntityManager } from 'typeorm';
import type { AuditAction, AuditTrail, RequestContext, TransactionalEvents } from '#core';
import type { DirectoryEvent } from '../events.js';

type DirectoryRecord = { id: string; organisationId?: string };
export type DirectoryType = 'Organisation' | 'Unit' | 'Contact' | 'Offer';

/** Which record a shared mutation (verify, delete) works on: its entity, its Danish name, its event and audit type. */
export interface RecordTarget<T> {
  entity: new () => T;
  what: string;
  event: DirectoryEvent;
  type: DirectoryType;
}

/** What a shared mutation writes with. */
export interface RecordServices {
  dataSource: DataSource;
  events: TransactionalEvents;
  audit: AuditTrail;
}

/** Writes the audit event of a directory change; an organisation is its own organisation. */
export function audited(
  audit: AuditTrail,
  manager: EntityManager,
  ctx: RequestContext,
  entityType: DirectoryType,
  action: AuditAction,
  before: DirectoryRecord | null,
  after: DirectoryRecord | null,
): Promise<void> {
  const record = (after ?? before) as DirectoryRecord;
  return audit.record(manager, ctx, {
    entityType,
    entityId: record.id,
    organisationId: record.organisationId ?? record.id,
    action,
    before,
    after,
  });
}
