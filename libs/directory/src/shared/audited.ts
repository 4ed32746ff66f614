import type { EntityManager } from 'typeorm';
import type { AuditAction, AuditTrail, RequestContext } from '#core';

type DirectoryRecord = { id: string; organisationId?: string };

/** Writes the audit event of a directory change; an organisation is its own organisation. */
export function audited(
  audit: AuditTrail,
  manager: EntityManager,
  ctx: RequestContext,
  entityType: 'Organisation' | 'Unit' | 'Contact' | 'Offer',
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
