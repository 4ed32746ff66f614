import {
  ValidationError,
  definedOnly,
  onSentFields,
  rejectIf,
  validateFields,
  type AccountDirectory,
  type FieldError,
  type MutationFailure,
  type RequestContext,
} from '#core';
import type { GeographyService } from '#geography';
import type { EditChecks } from '../shared/edit-checks.js';
import { checkOwner, ownerForNew, ownerPatch } from '../shared/ownership.js';
import { withCoordinates } from '../shared/place.js';
import type { RecordEdit } from '../shared/record-items.js';
import { TaxonomyKindEnum } from '../taxonomy/taxonomy-term.entity.js';
import type { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { Offer } from './offer.entity.js';
import { offerFields, offerPatch, type CreateOfferInput, type UpdateOfferInput } from './offer.inputs.js';
import { offerRules } from './offer.rules.js';

/** What the checks of an offer change read besides the directory's own tables. */
export interface OfferCheckers {
  taxonomy: TaxonomyService;
  geography: GeographyService;
  accounts: AccountDirectory;
}

type Keyed = { situations?: string[]; problemTags?: string[]; municipalityCodes?: string[] };

/**
 * `createOffer`'s checks: the field checks at once, before any transaction; then, in the transaction, permission
 * and references (refused with `MutationRejected`), giving the offer to save. Shared by `create` and `importMany`.
 */
export async function newOffer(
  deps: OfferCheckers,
  ctx: RequestContext,
  input: CreateOfferInput,
): Promise<{ failure: MutationFailure } | { create: (checks: EditChecks) => Promise<Offer> }> {
  // Every check runs before the answer, so one answer names every bad field.
  const { value, errors } = validateFields(offerFields, input);
  errors.push(...onSentFields(offerRules(value), input, errors), ...(await checkKeys(deps, input as Keyed)));
  // Without a valid organisation and unit there is nothing to check permission or references against.
  const { organisationId, unitId } = value;
  if (organisationId === undefined || unitId === undefined) return { failure: ValidationError.of(errors) };
  const { situations, problemTags, ownerAccountId, ownerUnitId, ...fields } = withCoordinates(value);
  const named = { ownerAccountId: ownerAccountId ?? null, ownerUnitId: ownerUnitId ?? null };
  const offer = { ...fields, situationKeys: situations, problemKeys: problemTags };
  return {
    create: async (checks) => {
      const { manager } = checks;
      rejectIf([
        ...(await checks.forNew(organisationId, unitId, errors)),
        ...(await checkOwner(manager, deps.accounts, organisationId, named)),
      ]);
      return manager.create(Offer, { ...offer, ...(await ownerForNew(manager, deps.accounts, ctx, unitId, named)) });
    },
  };
}

/**
 * `updateOffer`'s checks: the field checks at once; then, on the offer locked in the transaction, permission,
 * references and the rules across fields of the offer as it will be, and the change made to it (not yet saved).
 * `edit` changes one channel or opening-hours item.
 */
export async function changeOffer(
  deps: OfferCheckers,
  input: UpdateOfferInput,
  edit?: RecordEdit,
): Promise<(checks: EditChecks, current: Offer) => Promise<Offer>> {
  const sent = definedOnly(input);
  const { value, errors } = validateFields(offerPatch, sent);
  errors.push(...(await checkKeys(deps, input as Keyed)));
  const { situations, problemTags, ownerAccountId, ownerUnitId, ...patch } = definedOnly(withCoordinates(value));
  const named = { ownerAccountId, ownerUnitId };
  return async (checks, current) => {
    await checks.canEdit(current.organisationId, current.unitId);
    if (patch.unitId !== undefined) await checks.canEdit(current.organisationId, patch.unitId);
    Object.assign(
      current,
      patch,
      ownerPatch(named),
      situations ? { situationKeys: situations } : {},
      problemTags ? { problemKeys: problemTags } : {},
      edit?.(current),
    );
    rejectIf([
      ...errors,
      ...onSentFields(offerRules(current), sent, errors),
      ...(await checks.unitBelongsTo(current.organisationId, patch.unitId, 'input.unitId')),
      ...(await checkOwner(checks.manager, deps.accounts, current.organisationId, named)),
    ]);
    return current;
  };
}

/** Taxonomy keys and municipality codes must exist (read before any transaction). */
async function checkKeys(deps: OfferCheckers, input: Keyed): Promise<FieldError[]> {
  const unknown = await deps.geography.unknownMunicipalityCodes((input.municipalityCodes ?? []).filter((c) => /^\d{4}$/.test(c)));
  return [
    ...(await deps.taxonomy.check(input.situations, TaxonomyKindEnum.SITUATION, 'input.situations')),
    ...(await deps.taxonomy.check(input.problemTags, TaxonomyKindEnum.PROBLEM, 'input.problemTags')),
    ...unknown.map((code) => ({
      path: `input.municipalityCodes.${input.municipalityCodes!.indexOf(code)}`,
      message: `Ukendt kommunekode: "${code}".`,
    })),
  ];
}
