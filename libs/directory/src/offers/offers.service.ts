import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  AccountDirectory,
  Deleted,
  TransactionalEvents,
  byIdLoader,
  defineLoader,
  groupByKeys,
  mutate,
  pageWindow,
  type Connection,
  type MutationFailure,
  type RequestContext,
  AuditAction,
  AuditTrail,
  checkIdFilters,
  lockOrReject,
  pageOf,
} from '#core';
import { GeographyService, type PlaceScope } from '#geography';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { assertCanEdit } from '../shared/permissions.js';
import { checkAgeRange } from '../shared/age-range.js';
import { keysetBatches } from '../shared/catalogue-records.js';
import { PlaceScopes, offerPlaceCondition, placeCondition } from '../shared/place-scope.js';
import { audited, type RecordTarget } from '../shared/audited.js';
import { deleteRecord } from '../shared/deletion.js';
import type { RecordEdit } from '../shared/record-items.js';
import { importRecords, prepareItems, type ImportItem } from '../shared/bulk-import.js';
import { EditChecks } from '../shared/edit-checks.js';
import { changeOffer, newOffer } from './offer-changes.js';
import { verifyRecord, type VerifyInput } from '../shared/verification.js';
import { TaxonomyKindEnum } from '../taxonomy/taxonomy-term.entity.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { UnitsService } from '../units/units.service.js';
import { selectionOf, type CreateOfferInput, type OfferFilter, type OfferSelection, type UpdateOfferInput } from './offer.inputs.js';
import { Offer } from './offer.entity.js';
import { OfferStatus } from '../shared/enums.js';

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
    return keysetBatches(await this.filtered(selection), 'offer', size);
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
    const item = await newOffer(this.checkers, ctx, input);
    if ('failure' in item) return item.failure;
    return mutate(this.dataSource, async (manager) => {
      const saved = await manager.getRepository(Offer).save(await item.create(this.checks(manager, ctx)));
      await audited(this.audit, manager, ctx, 'Offer', AuditAction.CREATE, null, saved);
      await this.events.publish(manager, 'OfferChanged', { id: saved.id, deleted: false });
      return saved;
    });
  }

  /** `edit` changes one channel or opening-hours item of the locked offer (offer-items.resolver.ts). */
  async update(ctx: RequestContext, id: string, input: UpdateOfferInput, edit?: RecordEdit): Promise<Offer | MutationFailure> {
    const change = await changeOffer(this.checkers, input, edit);
    return mutate(this.dataSource, async (manager) => {
      const current = await lockOrReject(manager, Offer, 'Tilbuddet', id);
      const before = { ...current };
      const saved = await manager.getRepository(Offer).save(await change(this.checks(manager, ctx), current));
      await audited(this.audit, manager, ctx, 'Offer', AuditAction.UPDATE, before, saved);
      await this.events.publish(manager, 'OfferChanged', { id, deleted: false });
      return saved;
    });
  }

  /**
   * Creates, changes and confirms many offers at once (a spreadsheet import), with the checks of `create`,
   * `update` and `verify` on every item: all or none (a refused item is answered at its place, and nothing is
   * written); in the caller's shared transaction when it runs in one (`inOneTransaction`).
   */
  async importMany(
    ctx: RequestContext,
    items: ImportItem<CreateOfferInput, UpdateOfferInput>[],
  ): Promise<(Offer | MutationFailure)[] | MutationFailure> {
    const prepared = await prepareItems(
      items,
      (input) => newOffer(this.checkers, ctx, input),
      (input) => changeOffer(this.checkers, input),
    );
    const { dataSource, events, audit, organisations, units } = this;
    return importRecords({ dataSource, events, audit, organisations, units }, OFFER, ctx, prepared);
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

  private checks(manager: EntityManager, ctx: RequestContext): EditChecks {
    return new EditChecks(manager, ctx, { organisations: this.organisations, units: this.units });
  }

  private get checkers() {
    return { taxonomy: this.taxonomy, geography: this.geography, accounts: this.accounts };
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
