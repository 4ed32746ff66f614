import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditAction, MutationRejected, NotFoundError, isUuid, mutate, type MutationFailure, type RequestContext } from '#core';
import type { OrganisationsService } from '../organisations/organisations.service.js';
import type { UnitsService } from '../units/units.service.js';
import { audited, type RecordServices, type RecordTarget } from './audited.js';
import { insertRecords, lockRecords, updateRecords } from './bulk-write.js';
import { EditChecks } from './edit-checks.js';
import { checkVerification, confirm, type Verifiable } from './verification.js';

/** A record of an import confirmed on a day (its "Sidst bekræftet"), by someone. */
export interface ImportVerification {
  at: Date;
  by: string;
}

/** One record of `importMany`: a new one, or changes to one by id (none: only confirmed), either confirmed when `verify` is given. */
export type ImportItem<C, U> = ({ create: C } | { id: string; update?: U | null }) & { verify?: ImportVerification | null };

/**
 * An item after the field checks that need no transaction: a new record, made by the mutation's own checks in the
 * transaction, or a change to a locked record the same way (null: no change); or the failure the checks found.
 */
export type PreparedItem<T> =
  | { failure: MutationFailure }
  | (({ create: (checks: EditChecks) => Promise<T> } | { id: string; update: ((checks: EditChecks, current: T) => Promise<T>) | null }) & {
      verify?: ImportVerification | null;
    });

interface Write<T> {
  record: T;
  /** The record before (null: new), a copy. */
  before: T | null;
  /** The record after the change and before the confirmation (null: fields unchanged). */
  changed: T | null;
  confirmed: ReturnType<typeof confirm> | null;
}

/**
 * Creates and changes many contacts or offers in one transaction (the caller's shared one in an import): every
 * item goes through the checks of the single mutations, and when any is refused nothing is written and every
 * refusal is answered at its item's place. Otherwise the records are written with a statement per 500 new and
 * one per 500 changed, each change and confirmation audited and published as the mutations do.
 */
export function importRecords<T extends Verifiable & { updatedAt: Date }>(
  services: RecordServices & { organisations: OrganisationsService; units: UnitsService },
  target: RecordTarget<T>,
  ctx: RequestContext,
  items: PreparedItem<T>[],
): Promise<(T | MutationFailure)[] | MutationFailure> {
  return mutate(services.dataSource, async (manager) => {
    const checks = new EditChecks(manager, ctx, services);
    const ids = items.flatMap((item) => ('id' in item && isUuid(item.id) ? [item.id] : []));
    const locked = await lockRecords(manager, target.entity, ids);
    const results: (T | MutationFailure)[] = [];
    const writes: Write<T>[] = [];
    for (const item of items) {
      const outcome = 'failure' in item ? item : await checked(item, checks, locked, target);
      results.push('failure' in outcome ? outcome.failure : outcome.record);
      if (!('failure' in outcome)) writes.push(outcome);
    }
    if (writes.length < items.length) return results;
    await write(manager, services, target, ctx, writes);
    return results;
  });
}

async function checked<T extends Verifiable & { updatedAt: Date }>(
  item: Exclude<PreparedItem<T>, { failure: MutationFailure }>,
  checks: EditChecks,
  locked: Map<string, T>,
  target: RecordTarget<T>,
): Promise<Write<T> | { failure: MutationFailure }> {
  try {
    let before: T | null = null;
    let record: T;
    let changed: T | null;
    if ('create' in item) {
      record = await item.create(checks);
      record.id = randomUUID();
      changed = { ...record };
    } else {
      const current = locked.get(item.id);
      if (!current) return { failure: NotFoundError.of(target.what, item.id) };
      before = { ...current };
      if (item.update) {
        record = await item.update(checks, current);
        changed = { ...record };
      } else {
        await checks.canEdit(current.organisationId ?? current.id, current.unitId ?? null);
        record = current;
        changed = null;
      }
    }
    let confirmed: Write<T>['confirmed'] = null;
    if (item.verify) {
      const verification = checkVerification({ id: record.id, verifiedBy: item.verify.by });
      if (!verification.ok) return { failure: verification.error };
      confirmed = confirm(record, item.verify.at, verification.value.verifiedBy);
    }
    return { record, before, changed, confirmed };
  } catch (error) {
    if (error instanceof MutationRejected) return { failure: error.result };
    throw error;
  }
}

async function write<T extends Verifiable & { updatedAt: Date }>(
  manager: EntityManager,
  { audit, events }: RecordServices,
  target: RecordTarget<T>,
  ctx: RequestContext,
  writes: Write<T>[],
): Promise<void> {
  await insertRecords(
    manager,
    target.entity,
    writes.filter((w) => !w.before).map((w) => w.record),
  );
  await updateRecords(
    manager,
    target.entity,
    writes.filter((w) => w.before).map((w) => w.record),
  );
  for (const { record, before, changed, confirmed } of writes) {
    if (changed) await audited(audit, manager, ctx, target.type, before ? AuditAction.UPDATE : AuditAction.CREATE, before, changed);
    if (confirmed) await audited(audit, manager, ctx, target.type, AuditAction.VERIFY, confirmed.before, confirmed.after);
    await events.publish(manager, target.event, { id: record.id, deleted: false });
  }
}

/** `importMany`'s items after each kind's field checks (`newContact`/`changeContact`, …), in order. */
export async function prepareItems<T, C, U>(
  items: ImportItem<C, U>[],
  fresh: (input: C) => Promise<{ failure: MutationFailure } | { create: (checks: EditChecks) => Promise<T> }>,
  change: (input: U) => Promise<(checks: EditChecks, current: T) => Promise<T>>,
): Promise<PreparedItem<T>[]> {
  const prepared: PreparedItem<T>[] = [];
  for (const item of items) {
    if ('create' in item) {
      const made = await fresh(item.create);
      prepared.push('failure' in made ? made : { ...made, verify: item.verify });
    } else prepared.push({ id: item.id, update: item.update ? await change(item.update) : null, verify: item.verify });
  }
  return prepared;
}
