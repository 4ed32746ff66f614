import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  AccountDirectory,
  Deleted,
  TransactionalEvents,
  ValidationError,
  byIdLoader,
  defineLoader,
  groupByKeys,
  mutate,
  pageWindow,
  onSentFields,
  validateFields,
  type Connection,
  type FieldError,
  type MutationFailure,
  type RequestContext,
  AuditAction,
  AuditTrail,
  checkIdFilters,
  definedOnly,
  lockOrReject,
  pageOf,
  rejectIf,
} from '#core';
import { GeographyService, type PlaceScope } from '#geography';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { checkOwner, ownerForNew, ownerPatch } from '../shared/ownership.js';
import { assertCanEdit } from '../shared/permissions.js';
import { checkAgeRange } from '../shared/age-range.js';
import { PlaceScopes, offerPlaceCondition, placeCondition } from '../shared/place-scope.js';
import { audited, type RecordTarget } from '../shared/audited.js';
import { deleteRecord } from '../shared/deletion.js';
import type { RecordEdit } from '../shared/record-items.js';
import { verifyRecord, type VerifyInput } from '../shared/verification.js';
import { withCoordinates } from '../shared/place.js';
import { TaxonomyKindEnum } from '../taxonomy/taxonomy-term.entity.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { UnitsService } from '../units/units.service.js';
import {
  offerFields,
  offerPatch,
  selectionOf,
  type CreateOfferInput,
  type OfferFilter,
  type OfferSelection,
  type UpdateOfferInput,
} from './offer.inputs.js';
import { Offer } from './offer.entity.js';
import { OfferStatus } from '../shared/enums.js';
import { offerRules } from './offer.rules.js';

type Keyed = { situations?: string[]; problemTags?: string[]; municipalityCodes?: string[] };

const OFFER: RecordTarget<Offer> = { entity: Offer, what: 'Tilbuddet', event: 'OfferChanged', type: 'Offer' };

const OF_UNIT = defineLoader<string, Offer[]>('directory.offer.ofUnit', async (dataSource, ids) => {
  const rows = await dataSource.getRepository(Offer).find({ where: { unitId: In([...ids]) }, order: { name: 'ASC' } });
  return groupByKeys(ids, rows, (o) => o.unitId as string);
});

@Injectable()
export class OffersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly units: UnitsService,
    private readonly taxonomy: TaxonomyService,
    private readonly geography: GeographyService,
    private readonly places: PlaceScopes,
    private readonly events: TransactionalEvents,
    private readonly audit: AuditTrail,
    private readonly accounts: AccountDirectory,
  ) {}

  load(ctx: RequestContext, id: string): Promise<Offer | null> {
    return ctx.load(byIdLoader(Offer), this.dataSource, id);
  }

  /** Offers placed in a unit (batched per request). */
  ofUnit(ctx: RequestContext, unitId: string): Promise<Offer[]> {
    return ctx.load(OF_UNIT, this.dataSource, unitId);
  }

  async list(filter: OfferFilter = {}, page: { first?: number | null; after?: string | null } = {}): Promise<Connection<Offer>> {
    const window = pageWindow(page);
    return pageOf(await this.filtered(selectionOf(filter)), window);
  }

  /**
   * The catalogue for a spreadsheet: the filters of `list` (checked before this answers, so a bad one is the
   * caller's error), `size` offers at a time by name, each batch read after the one before it was used (keyset
   * paging on name and id), so a whole country is never in memory at once.
   */
  async catalogue(selection: OfferSelection, size = 500): Promise<AsyncIterable<Offer[]>> {
    const query = await this.filtered(selection);
    return (async function* () {
      let last: Offer | undefined;
      for (;;) {
        const page = query.clone();
        if (last) page.andWhere('(offer.name, offer.id) > (:lastName, :lastId::uuid)', { lastName: last.name, lastId: last.id });
        const rows = await page.limit(size).getMany();
        if (rows.length) yield rows;
        if (rows.length < size) return;
        last = rows.at(-1);
      }
    })();
  }

  /** The catalogue's query, by name: every filter must hold, and any of several values of one filter. */
  private async filtered(filter: OfferSelection) {
    checkIdFilters({ ...filter }, ['organisationId', 'unitId']);
    const ages = checkAgeRange(filter.ageFrom, filter.ageTo, 'filter');
    const query = this.dataSource
      .getRepository(Offer)
      .createQueryBuilder('offer')
      .innerJoin('organisation', 'org', 'org.id = offer.organisation_id')
      .orderBy('offer.name')
      .addOrderBy('offer.id');
    if (filter.organisationId) query.andWhere('offer.organisation_id = :org', { org: filter.organisationId });
    if (filter.unitId) query.andWhere('offer.unit_id = :unit', { unit: filter.unitId });
    if (filter.sector) query.andWhere('org.sector = :sector', { sector: filter.sector });
    if (filter.accessRoutes?.length) query.andWhere('offer.access_route IN (:...routes)', { routes: filter.accessRoutes });
    if (filter.status) query.andWhere('offer.status = :status', { status: filter.status });
    if (filter.age !== null && filter.age !== undefined) {
      query.andWhere('(offer.age_min IS NULL OR offer.age_min <= :age) AND (offer.age_max IS NULL OR offer.age_max >= :age)', {
        age: filter.age,
      });
    }
    if (ages?.to !== undefined) query.andWhere('(offer.age_min IS NULL OR offer.age_min <= :ageTo)', { ageTo: ages.to });
    if (ages?.from !== undefined) query.andWhere('(offer.age_max IS NULL OR offer.age_max >= :ageFrom)', { ageFrom: ages.from });
    if (filter.situations?.length) {
      query.andWhere('offer.situation_keys && :situations::text[]', {
        situations: await this.taxonomy.filterKeys(filter.situations, TaxonomyKindEnum.SITUATION),
      });
    }
    if (filter.problemTag) {
      query.andWhere('offer.problem_keys && :problems::text[]', {
        problems: await this.taxonomy.filterKeys([filter.problemTag], TaxonomyKindEnum.PROBLEM),
      });
    }
    (await this.places.resolve(filter)).forEach((scope, i) => query.andWhere(...placeCondition(scope, i, 'offer.municipality_codes')));
    return query;
  }

  async create(ctx: RequestContext, input: CreateOfferInput): Promise<Offer | MutationFailure> {
    // Every check runs before the answer, so one answer names every bad field.
    const { value, errors } = validateFields(offerFields, input);
    errors.push(...onSentFields(offerRules(value), input, errors), ...(await this.checkKeys(input as Keyed)));
    // Without a valid organisation and unit there is nothing to check permission or references against.
    if (value.organisationId === undefined || value.unitId === undefined) return ValidationError.of(errors);
    const { situations, problemTags, ownerAccountId, ownerUnitId, ...fields } = withCoordinates(value);
    const named = { ownerAccountId: ownerAccountId ?? null, ownerUnitId: ownerUnitId ?? null };
    const offer = { ...fields, situationKeys: situations, problemKeys: problemTags };
    return mutate(this.dataSource, async (manager) => {
      // Field errors answer before permission, as a bad shape always has (the public contract).
      if (!errors.length) await assertCanEdit(manager, ctx, value.organisationId!, value.unitId!);
      rejectIf([
        ...errors,
        ...(await this.organisations.mustExist(manager, value.organisationId!, 'input.organisationId')),
        ...(await this.units.mustBelongTo(manager, value.organisationId!, value.unitId, 'input.unitId')),
        ...(await checkOwner(manager, this.accounts, value.organisationId!, named)),
      ]);
      const saved = await manager
        .getRepository(Offer)
        .save(manager.create(Offer, { ...offer, ...(await ownerForNew(manager, this.accounts, ctx, value.unitId!, named)) }));
      await audited(this.audit, manager, ctx, 'Offer', AuditAction.CREATE, null, saved);
      await this.events.publish(manager, 'OfferChanged', { id: saved.id, deleted: false });
      return saved;
    });
  }

  /** `edit` changes one channel or opening-hours item of the locked offer (offer-items.resolver.ts). */
  async update(ctx: RequestContext, id: string, input: UpdateOfferInput, edit?: RecordEdit): Promise<Offer | MutationFailure> {
    const sent = definedOnly(input);
    const { value, errors } = validateFields(offerPatch, sent);
    errors.push(...(await this.checkKeys(input as Keyed)));
    const { situations, problemTags, ownerAccountId, ownerUnitId, ...patch } = definedOnly(withCoordinates(value));
    const named = { ownerAccountId, ownerUnitId };
    return mutate(this.dataSource, async (manager) => {
      const current = await lockOrReject(manager, Offer, 'Tilbuddet', id);
      const before = { ...current };
      await assertCanEdit(manager, ctx, current.organisationId, current.unitId);
      if (patch.unitId !== undefined) await assertCanEdit(manager, ctx, current.organisationId, patch.unitId);
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
        ...(await this.units.mustBelongTo(manager, current.organisationId, patch.unitId, 'input.unitId')),
        ...(await checkOwner(manager, this.accounts, current.organisationId, named)),
      ]);
      const saved = await manager.getRepository(Offer).save(current);
      await audited(this.audit, manager, ctx, 'Offer', AuditAction.UPDATE, before, saved);
      await this.events.publish(manager, 'OfferChanged', { id, deleted: false });
      return saved;
    });
  }

  delete(ctx: RequestContext, id: string): Promise<Deleted | MutationFailure> {
    return deleteRecord({ dataSource: this.dataSource, events: this.events, audit: this.audit }, OFFER, ctx, id, {
      mayDelete: (manager, offer) => assertCanEdit(manager, ctx, offer.organisationId, offer.unitId),
    });
  }

  /** `at`: when it was checked, for an import's "Sidst bekræftet" column (default now). */
  verify(ctx: RequestContext, input: VerifyInput, at?: Date): Promise<Offer | MutationFailure> {
    return verifyRecord({ dataSource: this.dataSource, events: this.events, audit: this.audit }, OFFER, ctx, input, at);
  }

  /** Taxonomy keys and municipality codes must exist (read before any transaction). */
  private async checkKeys(input: Keyed): Promise<FieldError[]> {
    const unknown = await this.geography.unknownMunicipalityCodes((input.municipalityCodes ?? []).filter((c) => /^\d{4}$/.test(c)));
    return [
      ...(await this.taxonomy.check(input.situations, TaxonomyKindEnum.SITUATION, 'input.situations')),
      ...(await this.taxonomy.check(input.problemTags, TaxonomyKindEnum.PROBLEM, 'input.problemTags')),
      ...unknown.map((code) => ({
        path: `input.municipalityCodes.${input.municipalityCodes!.indexOf(code)}`,
        message: `Ukendt kommunekode: "${code}".`,
      })),
    ];
  }

  /**
   * Offers for the handover guide: active on `date`, covering the scope (the rule of
   * `offers(filter: { municipality })`), fitting the age and any of `situationKeys`; the
   * municipality's own first, then by name, at most `limit`. One statement.
   */
  forHandover(filter: {
    municipalityCode: string;
    scope: PlaceScope;
    date: string;
    age: number | null;
    situationKeys: string[];
    limit: number;
  }): Promise<Offer[]> {
    const query = this.dataSource
      .getRepository(Offer)
      .createQueryBuilder('offer')
      .innerJoin('organisation', 'org', 'org.id = offer.organisation_id')
      .where('offer.status = :status', { status: OfferStatus.ACTIVE })
      .andWhere('(offer.starts_on IS NULL OR offer.starts_on <= :date) AND (offer.ends_on IS NULL OR offer.ends_on >= :date)', {
        date: filter.date,
      })
      .andWhere(...offerPlaceCondition(filter.scope, 0))
      .addSelect('CASE WHEN org.municipality_code = :code THEN 0 ELSE 1 END', 'own_first')
      .setParameter('code', filter.municipalityCode)
      .orderBy('own_first')
      .addOrderBy('offer.name')
      .addOrderBy('offer.id')
      .limit(filter.limit);
    if (filter.age !== null) {
      query.andWhere('(offer.age_min IS NULL OR offer.age_min <= :age) AND (offer.age_max IS NULL OR offer.age_max >= :age)', {
        age: filter.age,
      });
    }
    if (filter.situationKeys.length) query.andWhere('offer.situation_keys && :keys::text[]', { keys: filter.situationKeys });
    return query.getMany();
  }

  /** Offers by id (the caller's transaction, or none). */
  byIds(manager: EntityManager, ids: string[]): Promise<Offer[]> {
    return ids.length ? manager.getRepository(Offer).findBy({ id: In(ids) }) : Promise.resolve([]);
  }
}
