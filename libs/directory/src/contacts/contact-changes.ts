import type { EntityManager } from 'typeorm';
import {
  ValidationError,
  definedOnly,
  rejectIf,
  validateFields,
  type AccountDirectory,
  type FieldError,
  type MutationFailure,
  type RequestContext,
} from '#core';
import type { EditChecks } from '../shared/edit-checks.js';
import { checkOwner, ownerForNew, ownerPatch } from '../shared/ownership.js';
import type { RecordEdit } from '../shared/record-items.js';
import { TaxonomyKindEnum } from '../taxonomy/taxonomy-term.entity.js';
import type { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { Contact } from './contact.entity.js';
import { contactFields, contactPatch, type CreateContactInput, type UpdateContactInput } from './contact.inputs.js';

/** What the checks of a contact change read besides the directory's own tables. */
export interface ContactCheckers {
  taxonomy: TaxonomyService;
  accounts: AccountDirectory;
}

/**
 * `createContact`'s checks: the field checks at once, before any transaction; then, in the transaction, permission
 * and references (refused with `MutationRejected`), giving the contact to save. Shared by `create` and `importMany`.
 */
export async function newContact(
  deps: ContactCheckers,
  ctx: RequestContext,
  input: CreateContactInput,
): Promise<{ failure: MutationFailure } | { create: (checks: EditChecks) => Promise<Contact> }> {
  // Every check runs before the answer, so one answer names every bad field.
  const { value, errors } = validateFields(contactFields, input);
  errors.push(...(await deps.taxonomy.check(value.situations, TaxonomyKindEnum.SITUATION, 'input.situations')));
  // Without a valid organisation and unit there is nothing to check permission or references against.
  const { organisationId, unitId } = value;
  if (organisationId === undefined || unitId === undefined) return { failure: ValidationError.of(errors) };
  const { situations, ownerAccountId, ownerUnitId, ...fields } = value;
  const named = { ownerAccountId: ownerAccountId ?? null, ownerUnitId: ownerUnitId ?? null };
  return {
    create: async (checks) => {
      const { manager } = checks;
      rejectIf([
        ...(await checks.forNew(organisationId, unitId, errors)),
        ...(await checkDeputy(manager, fields.deputyId ?? null, null)),
        ...(await checkOwner(manager, deps.accounts, organisationId, named)),
      ]);
      return manager.create(Contact, {
        ...fields,
        ...(await ownerForNew(manager, deps.accounts, ctx, unitId, named)),
        situationKeys: situations,
      });
    },
  };
}

/**
 * `updateContact`'s checks: the field checks at once; then, on the contact locked in the transaction, permission
 * and references, and the change made to it (not yet saved). `edit` changes one channel or opening-hours item.
 */
export async function changeContact(
  deps: ContactCheckers,
  input: UpdateContactInput,
  edit?: RecordEdit,
): Promise<(checks: EditChecks, current: Contact) => Promise<Contact>> {
  const { value, errors } = validateFields(contactPatch, definedOnly(input));
  const { situations, ownerAccountId, ownerUnitId, ...patch } = definedOnly(value);
  const named = { ownerAccountId, ownerUnitId };
  errors.push(...(await deps.taxonomy.check(situations, TaxonomyKindEnum.SITUATION, 'input.situations')));
  return async (checks, current) => {
    const { manager } = checks;
    await checks.canEdit(current.organisationId, current.unitId);
    if (patch.unitId !== undefined) await checks.canEdit(current.organisationId, patch.unitId);
    rejectIf([
      ...errors,
      ...(await checks.unitBelongsTo(current.organisationId, patch.unitId, 'input.unitId')),
      ...(patch.deputyId !== undefined ? await checkDeputy(manager, patch.deputyId, current.id) : []),
      ...(await checkOwner(manager, deps.accounts, current.organisationId, named)),
    ]);
    return Object.assign(current, patch, ownerPatch(named), situations ? { situationKeys: situations } : {}, edit?.(current));
  };
}

async function checkDeputy(manager: EntityManager, deputyId: string | null, selfId: string | null): Promise<FieldError[]> {
  if (!deputyId) return [];
  if (deputyId === selfId) return [{ path: 'input.deputyId', message: 'En kontakt kan ikke være sin egen stedfortræder.' }];
  const found = await manager.getRepository(Contact).findOneBy({ id: deputyId });
  if (!found) return [{ path: 'input.deputyId', message: 'Stedfortræderen findes ikke.' }];
  if (found.leftAt) return [{ path: 'input.deputyId', message: `${found.name} er holdt op. Vælg den, der har overtaget.` }];
  return [];
}
