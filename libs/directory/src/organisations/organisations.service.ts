import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  Deleted,
  TransactionalEvents,
  byIdLoader,
  defineLoader,
  groupByKeys,
  mutate,
  pageWindow,
  onSentFields,
  validateFields,
  type BrokenRule,
  type Connection,
  type FieldError,
  type MutationFailure,
  type RequestContext,
  isUuid,
  AuditAction,
  AuditTrail,
  definedOnly,
  exists,
  lockOrReject,
  pageOf,
  rejectIf,
} from '#core';
import { GeographyService } from '#geography';
import { Sector } from '../shared/enums.js';
import { assertAdmin, assertCanEdit, unitPath } from '../shared/permissions.js';
import { PlaceScopes, placeCondition } from '../shared/place-scope.js';
import { audited, type RecordTarget } from '../shared/audited.js';
import { deleteRecord } from '../shared/deletion.js';
import { verifyRecord, type VerifyInput } from '../shared/verification.js';
import { withCoordinates } from '../shared/place.js';
import {
  organisationFields,
  type CreateOrganisationInput,
  type OrganisationFilter,
  type UpdateOrganisationInput,
} from './organisation.inputs.js';
import { Organisation } from './organisation.entity.js';
import { assertMayAttach, branchErrors } from './organisation-branches.js';

type OrganisationFields = Pick<
  Organisation,
  | 'name'
  | 'sector'
  | 'municipalityCode'
  | 'regionKey'
  | 'website'
  | 'description'
  | 'verificationIntervalDays'
  | 'parentOrganisationId'
  | 'address'
  | 'latitude'
  | 'longitude'
>;

const BRANCHES = defineLoader<string, Organisation[]>('directory.branches', async (dataSource, ids) =>
  groupByKeys(
    ids,
    await dataSource.getRepository(Organisation).find({ where: { parentOrganisationId: In([...ids]) }, order: { name: 'ASC', id: 'ASC' } }),
    (o) => o.parentOrganisationId as string,
  ),
);

const ORGANISATION: RecordTarget<Organisation> = {
  entity: Organisation,
  what: 'Organisationen',
  event: 'OrganisationChanged',
  type: 'Organisation',
};

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly geography: GeographyService,
    private readonly places: PlaceScopes,
    private readonly events: TransactionalEvents,
    private readonly audit: AuditTrail,
  ) {}

  load(ctx: RequestContext, id: string): Promise<Organisation | null> {
    return ctx.load(byIdLoader(Organisation), this.dataSource, id);
  }

  async list(
    filter: OrganisationFilter = {},
    page: { first?: number | null; after?: string | null } = {},
  ): Promise<Connection<Organisation>> {
    const window = pageWindow(page);
    const query = this.dataSource.getRepository(Organisation).createQueryBuilder('org').orderBy('org.name').addOrderBy('org.id');
    if (filter.sector) query.andWhere('org.sector = :sector', { sector: filter.sector });
    // Both sides folded: "Helsingør" finds what the stored, folded name holds.
    if (filter.nameContains) {
      query.andWhere(`vejviser_fold(org.name) LIKE '%' || vejviser_fold(:name) || '%'`, {
        name: filter.nameContains.replace(/[\\%_]/g, ''),
      });
    }
    (await this.places.resolve(filter)).forEach((scope, i) => query.andWhere(...placeCondition(scope, i)));
    return pageOf(query, window);
  }

  /**
   * Volunteer organisations (CIVIL_SOCIETY) for a municipality: its local branches first, then the
   * national ones (and those of its region on `at`, default today). Without a municipality: all of them, by name.
   */
  async listVolunteers(
    municipality: string | null | undefined,
    page: { first?: number | null; after?: string | null } = {},
    at?: string,
  ): Promise<Connection<Organisation>> {
    const window = pageWindow(page);
    const query = this.dataSource
      .getRepository(Organisation)
      .createQueryBuilder('org')
      .where('org.sector = :sector', { sector: Sector.CIVIL_SOCIETY });
    if (municipality) {
      const [scope] = await this.places.resolve({ municipality }, at);
      query
        .andWhere(
          `(org.municipality_code = :code OR (org.municipality_code IS NULL AND (org.region_key IS NULL OR org.region_key = ANY(:regions))))`,
          { code: municipality, regions: scope.regionKeys },
        )
        .addSelect(`CASE WHEN org.municipality_code = :code THEN 0 ELSE 1 END`, 'local_first')
        .orderBy('local_first');
    }
    return pageOf(query.addOrderBy('org.name').addOrderBy('org.id'), window);
  }

  /** The local branches of an organisation, by name. */
  branchesOf(ctx: RequestContext, id: string): Promise<Organisation[]> {
    return ctx.load(BRANCHES, this.dataSource, id);
  }

  async create(ctx: RequestContext, input: CreateOrganisationInput): Promise<Organisation | MutationFailure> {
    // Every check runs before the answer, so one answer names every bad field.
    const { value, errors } = validateFields(organisationFields, input);
    const { region, ...rest } = withCoordinates(value);
    const place = await this.lookupPlace(rest.municipalityCode, region);
    errors.push(...place.errors);
    const fields = { latitude: null, longitude: null, ...rest, regionKey: place.regionKey ?? null } as OrganisationFields;
    errors.push(...onSentFields(sectorRules(fields), input, errors));
    return mutate(this.dataSource, async (manager) => {
      // Field errors answer before permission, as a bad shape always has (the public contract).
      if (!errors.length) {
        assertAdmin(ctx);
        if (fields.parentOrganisationId) await assertMayAttach(manager, ctx, fields.parentOrganisationId);
      }
      rejectIf([...errors, ...(fields.sector ? await branchErrors(manager, null, fields) : [])]);
      const saved = await manager.getRepository(Organisation).save(manager.create(Organisation, fields));
      await audited(this.audit, manager, ctx, 'Organisation', AuditAction.CREATE, null, saved);
      await this.events.publish(manager, 'OrganisationChanged', { id: saved.id, deleted: false });
      return saved;
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateOrganisationInput): Promise<Organisation | MutationFailure> {
    const sent = definedOnly(input);
    const { value, errors } = validateFields(organisationFields.partial(), sent);
    const { region, ...patch } = withCoordinates(value);
    // Geography is read before the transaction: PGlite has one connection, which the transaction holds.
    const place = await this.lookupPlace(patch.municipalityCode, region);
    errors.push(...place.errors);
    return mutate(this.dataSource, async (manager) => {
      const current = await lockOrReject(manager, Organisation, 'Organisationen', id);
      const before = { ...current };
      await assertCanEdit(manager, ctx, current.id, null);
      const next: OrganisationFields = { ...pick(current), ...definedOnly(patch) };
      if (place.regionKey !== undefined) next.regionKey = place.regionKey;
      if (next.parentOrganisationId && next.parentOrganisationId !== current.parentOrganisationId) {
        await assertMayAttach(manager, ctx, next.parentOrganisationId);
      }
      rejectIf([...errors, ...onSentFields(sectorRules(next), sent, errors), ...(await branchErrors(manager, id, next))]);
      const saved = await manager.getRepository(Organisation).save(Object.assign(current, next));
      await audited(this.audit, manager, ctx, 'Organisation', AuditAction.UPDATE, before, saved);
      await this.events.publish(manager, 'OrganisationChanged', { id, deleted: false });
      return saved;
    });
  }

  /** Deletes an empty organisation; one that still has units, contacts or offers is refused. */
  delete(ctx: RequestContext, id: string): Promise<Deleted | MutationFailure> {
    return deleteRecord({ dataSource: this.dataSource, events: this.events, audit: this.audit }, ORGANISATION, ctx, id, {
      allowed: () => assertAdmin(ctx),
      blockedBy: {
        references: (['unit', 'contact', 'offer'] as const).map((table) => ({ table, column: 'organisation_id' })),
        message: (count) => `Organisationen har stadig ${count} enheder, kontakter eller tilbud. Slet eller flyt dem først.`,
      },
    });
  }

  verify(ctx: RequestContext, input: VerifyInput): Promise<Organisation | MutationFailure> {
    return verifyRecord({ dataSource: this.dataSource, events: this.events, audit: this.audit }, ORGANISATION, ctx, input);
  }

  /** Organisations by id (the caller's transaction). */
  byIds(manager: EntityManager, ids: string[]): Promise<Organisation[]> {
    return ids.length ? manager.getRepository(Organisation).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  /** For auth (OrganisationDirectory): a unit of the organisation and those above it, its own id first; null if not the organisation's. */
  async unitPath(manager: EntityManager, organisationId: string, unitId: string): Promise<string[] | null> {
    const path = isUuid(unitId) ? await unitPath(manager, unitId) : [];
    return path[0]?.organisationId === organisationId ? path.map((u) => u.id) : null;
  }

  /** In a transaction: the organisation must exist (for records that point to it). */
  async mustExist(manager: EntityManager, id: string, path: string): Promise<FieldError[]> {
    return isUuid(id) && (await exists(manager, 'organisation', id)) ? [] : [{ path, message: 'Organisationen findes ikke.' }];
  }

  /** Checks a municipality code and turns a region key or code into its key (undefined: not given). */
  private async lookupPlace(municipalityCode: string | null | undefined, region: string | null | undefined) {
    const errors: FieldError[] = [];
    let regionKey: string | null | undefined = region === undefined ? undefined : null;
    if (region) {
      [regionKey] = await this.geography.regionKeysFor([region]);
      if (!regionKey) errors.push({ path: 'input.region', message: `Ukendt region: "${region}".` });
    }
    if (municipalityCode && (await this.geography.unknownMunicipalityCodes([municipalityCode])).length) {
      errors.push({ path: 'input.municipalityCode', message: `Ukendt kommunekode: "${municipalityCode}".` });
    }
    return { regionKey, errors };
  }

  /** Organisations by id, by name then id in the database's collation (the caller's transaction). */
  byIdsByName(manager: EntityManager, ids: string[]): Promise<Organisation[]> {
    if (!ids.length) return Promise.resolve([]);
    return manager.getRepository(Organisation).find({ where: { id: In([...new Set(ids)]) }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** Ids of the organisations in a municipality of `codes`, or with no municipality in a region of `regionKeys`. */
  async idsInPlaces(manager: EntityManager, places: { municipalityCodes: string[]; regionKeys: string[] }): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM organisation WHERE municipality_code = ANY($1::text[]) OR (municipality_code IS NULL AND region_key = ANY($2::text[]))`,
      [places.municipalityCodes, places.regionKeys],
    );
    return rows.map((r) => r.id);
  }

  /** The municipal organisations of these municipalities, in the caller's transaction. */
  municipalIn(manager: EntityManager, municipalityCodes: string[]): Promise<Organisation[]> {
    if (!municipalityCodes.length) return Promise.resolve([]);
    return manager.getRepository(Organisation).findBy({ sector: Sector.MUNICIPAL, municipalityCode: In(municipalityCodes) });
  }
}

/** Sector decides where an organisation belongs: a municipality, a region, or (national) neither. */
function sectorRules(fields: Partial<OrganisationFields>): BrokenRule[] {
  const broken: BrokenRule[] = [];
  if (fields.municipalityCode && fields.regionKey) {
    broken.push({
      fields: ['region', 'municipalityCode'],
      message: 'En organisation hører til enten en kommune eller en region, ikke begge.',
    });
  }
  if (fields.sector === Sector.MUNICIPAL && !fields.municipalityCode) {
    broken.push({ fields: ['municipalityCode', 'sector'], message: 'En kommunal organisation skal have en kommunekode.' });
  }
  if (fields.sector === Sector.REGIONAL && !fields.regionKey) {
    broken.push({ fields: ['region', 'sector'], message: 'En regional organisation skal have en region.' });
  }
  return broken;
}

function pick(o: Organisation): OrganisationFields {
  const { name, sector, municipalityCode, regionKey, website, description, verificationIntervalDays } = o;
  const { parentOrganisationId, address, latitude, longitude } = o;
  return {
    name,
    sector,
    municipalityCode,
    regionKey,
    website,
    description,
    verificationIntervalDays,
    parentOrganisationId,
    address,
    latitude,
    longitude,
  };
}
