import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import {
  ValidationError,
  Deleted,
  TransactionalEvents,
  byIdLoader,
  defineLoader,
  groupByKeys,
  mutate,
  pageWindow,
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
import { OrganisationsService } from '../organisations/organisations.service.js';
import { assertCanEdit } from '../shared/permissions.js';
import { PlaceScopes, placeCondition } from '../shared/place-scope.js';
import { audited, type RecordTarget } from '../shared/audited.js';
import { deleteRecord } from '../shared/deletion.js';
import { verifyRecord, type VerifyInput } from '../shared/verification.js';
import { withCoordinates } from '../shared/place.js';
import { unitFields, unitPatch, type CreateUnitInput, type UnitFilter, type UpdateUnitInput } from './unit.inputs.js';
import { Unit } from './unit.entity.js';

const UNIT: RecordTarget<Unit> = { entity: Unit, what: 'Enheden', event: 'UnitChanged', type: 'Unit' };

const TOP_LEVEL = defineLoader<string, Unit[]>('directory.unit.topLevel', async (dataSource, ids) => {
  const rows = await dataSource
    .getRepository(Unit)
    .find({ where: { organisationId: In([...ids]), parentId: IsNull() }, order: { name: 'ASC' } });
  return groupByKeys(ids, rows, (u) => u.organisationId);
});

const CHILDREN = defineLoader<string, Unit[]>('directory.unit.children', async (dataSource, ids) => {
  const rows = await dataSource.getRepository(Unit).find({ where: { parentId: In([...ids]) }, order: { name: 'ASC' } });
  return groupByKeys(ids, rows, (u) => u.parentId as string);
});

@Injectable()
export class UnitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly places: PlaceScopes,
    private readonly events: TransactionalEvents,
    private readonly audit: AuditTrail,
  ) {}

  load(ctx: RequestContext, id: string): Promise<Unit | null> {
    return ctx.load(byIdLoader(Unit), this.dataSource, id);
  }

  topLevelOf(ctx: RequestContext, organisationId: string): Promise<Unit[]> {
    return ctx.load(TOP_LEVEL, this.dataSource, organisationId);
  }

  childrenOf(ctx: RequestContext, unitId: string): Promise<Unit[]> {
    return ctx.load(CHILDREN, this.dataSource, unitId);
  }

  async list(filter: UnitFilter = {}, page: { first?: number | null; after?: string | null } = {}): Promise<Connection<Unit>> {
    const window = pageWindow(page);
    checkIdFilters({ ...filter }, ['organisationId']);
    const query = this.dataSource
      .getRepository(Unit)
      .createQueryBuilder('unit')
      .innerJoin('organisation', 'org', 'org.id = unit.organisation_id')
      .orderBy('unit.name')
      .addOrderBy('unit.id');
    if (filter.organisationId) query.andWhere('unit.organisation_id = :org', { org: filter.organisationId });
    if (filter.kind) query.andWhere('unit.kind = :kind', { kind: filter.kind });
    (await this.places.resolve(filter)).forEach((scope, i) => query.andWhere(...placeCondition(scope, i)));
    return pageOf(query, window);
  }

  async create(ctx: RequestContext, input: CreateUnitInput): Promise<Unit | MutationFailure> {
    // Every check runs before the answer, so one answer names every bad field.
    const { value, errors } = validateFields(unitFields, input);
    // Without a valid organisation and parent there is nothing to check permission or references against.
    if (value.organisationId === undefined || value.parentId === undefined) return ValidationError.of(errors);
    const fields = withCoordinates(value);
    return mutate(this.dataSource, async (manager) => {
      // Field errors answer before permission, as a bad shape always has (the public contract).
      if (!errors.length) await assertCanEdit(manager, ctx, value.organisationId!, value.parentId!);
      rejectIf([
        ...errors,
        ...(await this.organisations.mustExist(manager, value.organisationId!, 'input.organisationId')),
        ...(await this.checkParent(manager, value.organisationId!, value.parentId!, null)),
      ]);
      const saved = await manager.getRepository(Unit).save(manager.create(Unit, fields));
      await audited(this.audit, manager, ctx, 'Unit', AuditAction.CREATE, null, saved);
      await this.events.publish(manager, 'UnitChanged', { id: saved.id, deleted: false });
      return saved;
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateUnitInput): Promise<Unit | MutationFailure> {
    const { value, errors } = validateFields(unitPatch, definedOnly(input));
    return mutate(this.dataSource, async (manager) => {
      const current = await lockOrReject(manager, Unit, 'Enheden', id);
      const before = { ...current };
      await assertCanEdit(manager, ctx, current.organisationId, current.id);
      const patch = definedOnly(withCoordinates(value));
      if (patch.parentId !== undefined) await assertCanEdit(manager, ctx, current.organisationId, patch.parentId);
      rejectIf([
        ...errors,
        ...(patch.parentId !== undefined ? await this.checkParent(manager, current.organisationId, patch.parentId, id) : []),
      ]);
      const saved = await manager.getRepository(Unit).save(Object.assign(current, patch));
      await audited(this.audit, manager, ctx, 'Unit', AuditAction.UPDATE, before, saved);
      await this.events.publish(manager, 'UnitChanged', { id, deleted: false });
      return saved;
    });
  }

  /** Deletes a unit with no sub-units, contacts or offers. */
  delete(ctx: RequestContext, id: string): Promise<Deleted | MutationFailure> {
    return deleteRecord({ dataSource: this.dataSource, events: this.events, audit: this.audit }, UNIT, ctx, id, {
      mayDelete: (manager, unit) => assertCanEdit(manager, ctx, unit.organisationId, unit.id),
      blockedBy: {
        references: [
          { table: 'unit', column: 'parent_id' },
          { table: 'contact', column: 'unit_id' },
          { table: 'offer', column: 'unit_id' },
        ],
        message: (count) => `Enheden har stadig ${count} underenheder, kontakter eller tilbud. Slet eller flyt dem først.`,
      },
    });
  }

  verify(ctx: RequestContext, input: VerifyInput): Promise<Unit | MutationFailure> {
    return verifyRecord({ dataSource: this.dataSource, events: this.events, audit: this.audit }, UNIT, ctx, input);
  }

  /** In a transaction: `unitId` is a unit of `organisationId` (for records placed in a unit). */
  async mustBelongTo(
    manager: EntityManager,
    organisationId: string,
    unitId: string | null | undefined,
    path: string,
  ): Promise<FieldError[]> {
    if (!unitId) return [];
    const unit = await manager.getRepository(Unit).findOneBy({ id: unitId });
    if (!unit) return [{ path, message: 'Enheden findes ikke.' }];
    return unit.organisationId === organisationId ? [] : [{ path, message: 'Enheden hører til en anden organisation.' }];
  }

  /** Units by id (the caller's transaction). */
  byIds(manager: EntityManager, ids: string[]): Promise<Unit[]> {
    return ids.length ? manager.getRepository(Unit).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  /** Ids of the organisation's units (the caller's transaction). */
  async idsIn(manager: EntityManager, organisationId: string): Promise<string[]> {
    const units = await manager.getRepository(Unit).find({ select: { id: true }, where: { organisationId } });
    return units.map((u) => u.id);
  }

  /** Each unit and the units above it, in one query: unit id → its own id and those above it. */
  async withAncestors(manager: EntityManager, unitIds: string[]): Promise<Map<string, string[]>> {
    const lines = new Map<string, string[]>();
    if (!unitIds.length) return lines;
    const rows: { start_id: string; id: string }[] = await manager.query(
      `WITH RECURSIVE up(start_id, id, parent_id) AS (
         SELECT id, id, parent_id FROM unit WHERE id = ANY($1::uuid[])
         UNION ALL SELECT up.start_id, u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id)
       SELECT start_id, id FROM up`,
      [unitIds],
    );
    for (const row of rows) lines.set(row.start_id, [...(lines.get(row.start_id) ?? []), row.id]);
    return lines;
  }

  /** The parent must be in the same organisation and not the unit itself or below it. */
  private async checkParent(
    manager: EntityManager,
    organisationId: string,
    parentId: string | null,
    selfId: string | null,
  ): Promise<FieldError[]> {
    if (!parentId) return [];
    const path = 'input.parentId';
    const errors = await this.mustBelongTo(manager, organisationId, parentId, path);
    if (errors.length || !selfId) return errors;
    const [{ cycle }]: { cycle: boolean }[] = await manager.query(
      `WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM unit WHERE id = $1
         UNION ALL SELECT u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id)
       SELECT EXISTS (SELECT 1 FROM up WHERE id = $2) AS cycle`,
      [parentId, selfId],
    );
    return cycle ? [{ path, message: 'En enhed kan ikke ligge under sig selv.' }] : [];
  }

  /** Units by id, by name then id in the database's collation (the caller's transaction). */
  byIdsByName(manager: EntityManager, ids: string[]): Promise<Unit[]> {
    if (!ids.length) return Promise.resolve([]);
    return manager.getRepository(Unit).find({ where: { id: In([...new Set(ids)]) }, order: { name: 'ASC', id: 'ASC' } });
  }
}
