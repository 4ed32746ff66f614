import { Field, ID, InputType } from '@nestjs/graphql';
import type { ObjectLiteral } from 'typeorm';
import { z } from 'zod';
import { AuditAction, mutate, text, validate, type MutationFailure, type RequestContext, lockOrReject } from '#core';
import { audited, type RecordServices, type RecordTarget } from './audited.js';
import { assertCanEdit } from './permissions.js';

@InputType()
export class VerifyInput {
  @Field(() => ID) id: string;
  @Field({ description: 'Who checked the record, e.g. "Hanne Jensen, koordinator".' }) verifiedBy: string;
}

const verifySchema = z.object({ id: z.uuid('Id skal være et gyldigt UUID.'), verifiedBy: text.required(200) });

/** The fields of a confirmation, checked as `verifyContact`/`verifyOffer` check them. */
export function checkVerification(input: VerifyInput): { ok: true; value: VerifyInput } | { ok: false; error: MutationFailure } {
  return validate(verifySchema, input);
}

export interface Verifiable extends ObjectLiteral {
  id: string;
  organisationId?: string;
  unitId?: string | null;
  lastVerifiedAt: Date | null;
  lastVerifiedBy: string | null;
}

/** Records that someone checked a record and found it correct today (an import: on the day its sheet says, `at`). */
export async function verifyRecord<T extends Verifiable>(
  { dataSource, events, audit }: RecordServices,
  target: RecordTarget<T>,
  ctx: RequestContext,
  input: VerifyInput,
  at: Date = new Date(),
): Promise<T | MutationFailure> {
  const checked = validate(verifySchema, input);
  if (!checked.ok) return checked.error;
  return mutate(dataSource, async (manager) => {
    const current = await lockOrReject(manager, target.entity, target.what, checked.value.id);
    // An organisation is its own scope; a unit is the unit itself; other records sit in their unit.
    const organisationId = current.organisationId ?? current.id;
    const unitId = current.unitId !== undefined ? current.unitId : current.organisationId ? current.id : null;
    await assertCanEdit(manager, ctx, organisationId, unitId);
    const change = confirm(current, at, checked.value.verifiedBy);
    const saved = await manager.getRepository(target.entity).save(current);
    await audited(audit, manager, ctx, target.type, AuditAction.VERIFY, change.before, change.after);
    await events.publish(manager, target.event, { id: saved.id, deleted: false });
    return saved;
  });
}

/** Marks `record` as confirmed at `at` by `by`; what the audit trail records of it (before and after). */
export function confirm(record: Verifiable, at: Date, by: string) {
  // An organisation is its own scope; other records name theirs.
  const organisationId = record.organisationId ?? record.id;
  const before = { id: record.id, organisationId, lastVerifiedAt: record.lastVerifiedAt, lastVerifiedBy: record.lastVerifiedBy };
  Object.assign(record, { lastVerifiedAt: at, lastVerifiedBy: by });
  return { before, after: { ...before, lastVerifiedAt: at, lastVerifiedBy: by } };
}
