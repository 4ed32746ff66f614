import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
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
import { OrganisationsService } from '../organisations/organisations.service.js';
import { assertCanEdit } from '../shared/permissions.js';
import { PlaceScopes, placeCondition } from '../shared/place-scope.js';
import { audited, type RecordTarget } from '../shared/audited.js';
import { deleteRecord } from '../shared/deletion.js';
import type { RecordEdit } from '../shared/record-items.js';
import { importRecords, prepareItems, type ImportItem } from '../shared/bulk-import.js';
import { EditChecks } from '../shared/edit-checks.js';
import { changeContact, newContact } from './contact-changes.js';
import { verifyRecord, type VerifyInput } from '../shared/verification.js';
import { TaxonomyKindEnum } from '../taxonomy/taxonomy-term.entity.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { UnitsService } from '../units/units.service.js';
import { type ContactFilter, type CreateContactInput, type UpdateContactInput } from './contact.inputs.js';
import { Contact } from './contact.entity.js';

const CONTACT: RecordTarget<Contact> = { entity: Contact, what: 'Kontakten', event: 'ContactChanged', type: 'Contact' };

const OF_UNIT = defineLoader<string, Contact[]>('directory.contact.ofUnit', async (dataSource, ids) => {
  const rows = await dataSource.getRepository(Contact).find({ where: { unitId: In([...ids]), leftAt: IsNull() }, order: { name: 'ASC' } });
  return groupByKeys(ids, rows, (c) => c.unitId as string);
});

@Injectable()
export class ContactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly units: UnitsService,
    private readonly taxonomy: TaxonomyService,
    private readonly places: PlaceScopes,
    private readonly events: TransactionalEvents,
    private readonly audit: AuditTrail,
    private readonly accounts: AccountDirectory,
  ) {}

  load(ctx: RequestContext, id: string): Promise<Contact | null> {
    return ctx.load(byIdLoader(Contact), this.dataSource, id);
  }

  /** Contacts placed in a unit, without people who left (batched per request). */
  ofUnit(ctx: RequestContext, unitId: string): Promise<Contact[]> {
    return ctx.load(OF_UNIT, this.dataSource, unitId);
  }

  /** Functions before persons, then by name. */
  async list(filter: ContactFilter = {}, page: { first?: number | null; after?: string | null } = {}): Promise<Connection<Contact>> {
    const window = pageWindow(page);
    checkIdFilters({ ...filter }, ['organisationId', 'unitId']);
    const query = this.dataSource
      .getRepository(Contact)
      .createQueryBuilder('contact')
      .innerJoin('organisation', 'org', 'org.id = contact.organisation_id')
      .orderBy('contact.kind', 'ASC') // 'FUNCTION' sorts before 'PERSON'
      .addOrderBy('contact.name')
      .addOrderBy('contact.id');
    if (filter.organisationId) query.andWhere('contact.organisation_id = :org', { org: filter.organisationId });
    if (filter.unitId) query.andWhere('contact.unit_id = :unit', { unit: filter.unitId });
    if (filter.kind) query.andWhere('contact.kind = :kind', { kind: filter.kind });
    if (!filter.includeLeft) query.andWhere('contact.left_at IS NULL');
    if (filter.sector) query.andWhere('org.sector = :sector', { sector: filter.sector });
    if (filter.situation) {
      query.andWhere('contact.situation_keys && :situations::text[]', {
        situations: await this.taxonomy.filterKeys([filter.situation], TaxonomyKindEnum.SITUATION),
      });
    }
    (await this.places.resolve(filter)).forEach((scope, i) => query.andWhere(...placeCondition(scope, i)));
    return pageOf(query, window);
  }

  async create(ctx: RequestContext, input: CreateContactInput): Promise<Contact | MutationFailure> {
    const item = await newContact(this.checkers, ctx, input);
    if ('failure' in item) return item.failure;
    return mutate(this.dataSource, async (manager) => {
      const saved = await manager.getRepository(Contact).save(await item.create(this.checks(manager, ctx)));
      await audited(this.audit, manager, ctx, 'Contact', AuditAction.CREATE, null, saved);
      await this.events.publish(manager, 'ContactChanged', { id: saved.id, deleted: false });
      return saved;
    });
  }

  /** `edit` changes one channel or opening-hours item of the locked contact (contact-items.resolver.ts). */
  async update(ctx: RequestContext, id: string, input: UpdateContactInput, edit?: RecordEdit): Promise<Contact | MutationFailure> {
    const change = await changeContact(this.checkers, input, edit);
    return mutate(this.dataSource, async (manager) => {
      const current = await lockOrReject(manager, Contact, 'Kontakten', id);
      const before = { ...current };
      const saved = await manager.getRepository(Contact).save(await change(this.checks(manager, ctx), current));
      await audited(this.audit, manager, ctx, 'Contact', AuditAction.UPDATE, before, saved);
      await this.events.publish(manager, 'ContactChanged', { id, deleted: false });
      return saved;
    });
  }

  /**
   * Creates, changes and confirms many contacts at once (a spreadsheet import), with the checks of `create`,
   * `update` and `verify` on every item: all or none (a refused item is answered at its place, and nothing is
   * written); in the caller's shared transaction when it runs in one (`inOneTransaction`).
   */
  async importMany(
    ctx: RequestContext,
    items: ImportItem<CreateContactInput, UpdateContactInput>[],
  ): Promise<(Contact | MutationFailure)[] | MutationFailure> {
    const prepared = await prepareItems(
      items,
      (input) => newContact(this.checkers, ctx, input),
      (input) => changeContact(this.checkers, input),
    );
    const { dataSource, events, audit, organisations, units } = this;
    return importRecords({ dataSource, events, audit, organisations, units }, CONTACT, ctx, prepared);
  }

  private checks(manager: EntityManager, ctx: RequestContext): EditChecks {
    return new EditChecks(manager, ctx, { organisations: this.organisations, units: this.units });
  }

  private get checkers() {
    return { taxonomy: this.taxonomy, accounts: this.accounts };
  }

  /** Deletes a contact; contacts that named it as deputy lose the reference. */
  delete(ctx: RequestContext, id: string): Promise<Deleted | MutationFailure> {
    return this.remove(ctx, id, false);
  }

  /**
   * Erases a person who left or asked to be forgotten: the contact goes, and so does every value the
   * audit trail held about it; what remains is who changed it when, and an ERASE marker.
   */
  erase(ctx: RequestContext, id: string): Promise<Deleted | MutationFailure> {
    return this.remove(ctx, id, true);
  }

  private remove(ctx: RequestContext, id: string, erase: boolean): Promise<Deleted | MutationFailure> {
    return deleteRecord({ dataSource: this.dataSource, events: this.events, audit: this.audit }, CONTACT, ctx, id, {
      mayDelete: (manager, contact) => assertCanEdit(manager, ctx, contact.organisationId, contact.unitId),
      remove: (manager, contact) => this.removeLocked(manager, ctx, contact, erase),
    });
  }

  /**
   * Deletes (or erases) a contact the caller has locked in `manager`'s transaction and may remove:
   * also for jobs, such as erasing people some time after they left.
   */
  async removeLocked(manager: EntityManager, ctx: RequestContext, current: Contact, erase: boolean): Promise<void> {
    const id = current.id;
    const deputyOf: { id: string }[] = await manager.query(`SELECT id FROM contact WHERE deputy_id = $1`, [id]);
    await manager.delete(Contact, { id });
    if (erase) await this.audit.scrub(manager, ctx, 'Contact', id, current.organisationId);
    else await audited(this.audit, manager, ctx, 'Contact', AuditAction.DELETE, current, null);
    await this.events.publish(manager, 'ContactChanged', { id, deleted: true });
    for (const other of deputyOf) await this.events.publish(manager, 'ContactChanged', { id: other.id, deleted: false });
  }

  /** `at`: when it was checked, for an import's "Sidst bekræftet" column (default now). */
  verify(ctx: RequestContext, input: VerifyInput, at?: Date): Promise<Contact | MutationFailure> {
    return verifyRecord({ dataSource: this.dataSource, events: this.events, audit: this.audit }, CONTACT, ctx, input, at);
  }

  /**
   * Live contacts (not left) for the handover guide: those of the municipality's own organisations, or
   * (`regionKeys`) of the regional organisations of those regions, on any of `situationKeys` (all when
   * empty); functions first, then by name, at most `limit`. One statement.
   */
  forHandover(filter: { municipalityCode?: string; regionKeys?: string[]; situationKeys: string[]; limit: number }): Promise<Contact[]> {
    const query = this.dataSource
      .getRepository(Contact)
      .createQueryBuilder('contact')
      .innerJoin('organisation', 'org', 'org.id = contact.organisation_id')
      .where('contact.left_at IS NULL')
      .orderBy('contact.kind', 'ASC') // 'FUNCTION' sorts before 'PERSON': within the bound, functions first
      .addOrderBy('contact.name')
      .addOrderBy('contact.id')
      .limit(filter.limit);
    if (filter.regionKeys) {
      query.andWhere(`org.sector = 'REGIONAL' AND org.municipality_code IS NULL AND org.region_key = ANY(:regions::text[])`, {
        regions: filter.regionKeys,
      });
    } else {
      query.andWhere(`org.sector = 'MUNICIPAL' AND org.municipality_code = :code`, { code: filter.municipalityCode });
    }
    if (filter.situationKeys.length) query.andWhere('contact.situation_keys && :keys::text[]', { keys: filter.situationKeys });
    return query.getMany();
  }

  /** Live contacts (not left) of these organisations tagged with any of `situationKeys`, in the caller's transaction. */
  liveWithSituations(manager: EntityManager, organisationIds: string[], situationKeys: string[]): Promise<Contact[]> {
    if (!organisationIds.length) return Promise.resolve([]);
    return manager
      .getRepository(Contact)
      .createQueryBuilder('c')
      .where('c.organisation_id IN (:...ids)', { ids: organisationIds })
      .andWhere('c.left_at IS NULL')
      .andWhere('c.situation_keys && CAST(:keys AS text[])', { keys: situationKeys })
      .getMany();
  }

  /** Contacts by id, people who left included (the caller's transaction, or none). */
  byIds(manager: EntityManager, ids: string[]): Promise<Contact[]> {
    return ids.length ? manager.getRepository(Contact).findBy({ id: In(ids) }) : Promise.resolve([]);
  }
}
