import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AuditAction,
  AuditTrail,
  BadInputError,
  ConflictError,
  MutationRejected,
  NotFoundError,
  ValidationError,
  byIdLoader,
  definedOnly,
  isUuid,
  lockOrReject,
  mutate,
  pageOf,
  pageWindow,
  rejectIf,
  onSentFields,
  validateFields,
  type Connection,
  type FieldError,
  type MutationFailure,
  type RequestContext,
  TransactionalEvents,
} from '#core';
import { OrganisationsService, TaxonomyKindEnum, TaxonomyService } from '#directory';
import { assertCoordinator, isCoordinator, networksOfViewer, seesNetworkIn } from '../shared/network-access.js';
import { RegistrationsService } from './registrations.service.js';
import { ThemeDay, ThemeDayStatus, ThemeDayVisibility } from './theme-day.entity.js';
import {
  themeDayFields,
  themeDayRules,
  type CreateThemeDayInput,
  type ThemeDayFields,
  type ThemeDayFilter,
  type UpdateThemeDayInput,
} from './theme-day.inputs.js';

/** Changes to these fields are sent to attendees as an updated calendar invitation. */
const TOLD: Partial<Record<keyof ThemeDayFields, string>> = {
  startsAt: 'Tidspunktet er ændret.',
  endsAt: 'Tidspunktet er ændret.',
  venue: 'Stedet er ændret.',
  onlineUrl: 'Onlinelinket er ændret.',
  title: 'Titlen er ændret.',
};

/** Theme days: planned, changed and cancelled by the network's coordinators; seen by whom they are for. */
@Injectable()
export class ThemeDaysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly audit: AuditTrail,
    private readonly registrations: RegistrationsService,
    private readonly events: TransactionalEvents,
    private readonly organisations: OrganisationsService,
  ) {}

  /** A theme day the viewer may see: public ones, and members-only ones of their networks. */
  async load(ctx: RequestContext, id: string): Promise<ThemeDay | null> {
    const day = await ctx.load(byIdLoader(ThemeDay), this.dataSource, id);
    return day && (await this.canSee(this.dataSource.manager, ctx, day)) ? day : null;
  }

  async canSee(manager: EntityManager, ctx: RequestContext, day: ThemeDay): Promise<boolean> {
    return day.visibility === ThemeDayVisibility.PUBLIC || (await seesNetworkIn(manager, ctx, day.networkId));
  }

  async list(
    ctx: RequestContext,
    filter: ThemeDayFilter,
    page: { first?: number | null; after?: string | null },
    now = new Date(),
  ): Promise<Connection<ThemeDay>> {
    for (const name of ['networkId', 'hostOrganisationId'] as const) {
      const value = filter[name];
      if (value && !isUuid(value)) throw new BadInputError(`Filteret "${name}" skal være et gyldigt UUID.`);
    }
    const query = this.dataSource
      .getRepository(ThemeDay)
      .createQueryBuilder('d')
      .where('d.ends_at > :from', { from: filter.from ?? now })
      .orderBy('d.starts_at')
      .addOrderBy('d.id');
    if (!ctx.isAdmin) {
      const mine = await networksOfViewer(this.dataSource.manager, ctx);
      query.andWhere(`(d.visibility = 'PUBLIC' OR d.network_id = ANY(:mine))`, { mine });
    }
    if (filter.to) query.andWhere('d.starts_at < :to', { to: filter.to });
    if (filter.networkId) query.andWhere('d.network_id = :networkId', { networkId: filter.networkId });
    if (filter.hostOrganisationId) query.andWhere('d.host_organisation_id = :host', { host: filter.hostOrganisationId });
    if (!filter.includeCancelled) query.andWhere(`d.status = 'SCHEDULED'`);
    if (filter.situation) {
      const keys = await this.taxonomy.filterKeys([filter.situation], TaxonomyKindEnum.SITUATION);
      query.andWhere('d.situations && :keys::text[]', { keys });
    }
    return pageOf(query, pageWindow(page));
  }

  /**
   * The next scheduled days starting after `after` that the viewer may see (the rules of `list`), on
   * any of `situationKeys` (every topic when empty), of networks with a party in `places`.
   */
  async upcoming(
    ctx: RequestContext,
    options: { after: Date; situationKeys: string[]; places: { municipalityCodes: string[]; regionKeys: string[] }; limit: number },
  ): Promise<ThemeDay[]> {
    const query = this.dataSource
      .getRepository(ThemeDay)
      .createQueryBuilder('d')
      .where(`d.starts_at > :after AND d.status = 'SCHEDULED'`, { after: options.after })
      .andWhere(`d.network_id IN (SELECT p.network_id FROM network_party p WHERE p.organisation_id = ANY(:organisations::uuid[]))`, {
        organisations: await this.organisations.idsInPlaces(this.dataSource.manager, options.places),
      })
      .orderBy('d.starts_at')
      .addOrderBy('d.id')
      .limit(options.limit);
    if (!ctx.isAdmin) {
      const mine = await networksOfViewer(this.dataSource.manager, ctx);
      query.andWhere(`(d.visibility = 'PUBLIC' OR d.network_id = ANY(:mine))`, { mine });
    }
    if (options.situationKeys.length) query.andWhere('d.situations && :keys::text[]', { keys: options.situationKeys });
    return query.getMany();
  }

  async create(ctx: RequestContext, input: CreateThemeDayInput, now = new Date()): Promise<ThemeDay | MutationFailure> {
    // Every check runs before the answer, so one answer names every bad field.
    const { value: fields, errors } = validateFields(themeDayFields, input);
    errors.push(
      ...onSentFields(themeDayRules(fields, now, true), input, errors),
      ...(await this.taxonomy.check(fields.situations, TaxonomyKindEnum.SITUATION, 'input.situations')),
    );
    return mutate(this.dataSource, async (manager) => {
      const [network]: { contact_email: string | null }[] = isUuid(input.networkId)
        ? await manager.query(`SELECT contact_email FROM network WHERE id = $1 FOR SHARE`, [input.networkId])
        : [];
      // Field errors answer before permission, as a bad shape always has (the public contract).
      if (!errors.length) {
        if (!network) throw new MutationRejected(NotFoundError.of('Netværket', input.networkId));
        assertCoordinator(ctx, input.networkId, 'planlægge temadage');
      }
      rejectIf([
        ...errors,
        ...(!network || network.contact_email
          ? []
          : [
              {
                path: 'input.networkId',
                message: 'Netværket mangler en kontaktadresse (contactEmail); den står som arrangør i kalenderinvitationerne.',
              },
            ]),
        ...(await this.hostErrors(manager, fields.hostOrganisationId)),
      ]);
      const repository = manager.getRepository(ThemeDay);
      const saved = await repository.save(
        repository.create({ ...(fields as ThemeDayFields), networkId: input.networkId, status: ThemeDayStatus.SCHEDULED, sequence: 0 }),
      );
      await this.audited(manager, ctx, AuditAction.CREATE, null, saved);
      await this.events.publish(manager, 'ThemeDayCreated', { themeDayId: saved.id, networkId: saved.networkId });
      return saved;
    });
  }

  /** Changes a theme day; attendees get an updated invitation when time, place or title change, and a larger capacity seats the waitlist. */
  async update(ctx: RequestContext, id: string, input: UpdateThemeDayInput, now = new Date()): Promise<ThemeDay | MutationFailure> {
    const sent = definedOnly(input);
    const { value, errors } = validateFields(themeDayFields.partial(), sent);
    errors.push(...(await this.taxonomy.check(value.situations, TaxonomyKindEnum.SITUATION, 'input.situations')));
    return mutate(this.dataSource, async (manager) => {
      const day = await lockOrReject(manager, ThemeDay, 'Temadagen', id);
      assertCoordinator(ctx, day.networkId, 'ændre temadage');
      if (day.status === ThemeDayStatus.CANCELLED) throw new MutationRejected(ConflictError.of('Temadagen er aflyst og kan ikke ændres.'));
      const before = { ...day };
      const patch = definedOnly(value);
      const next = { ...day, ...patch } as ThemeDay;
      const confirmed = await this.registrations.confirmedCount(manager, id);
      rejectIf([
        ...errors,
        ...onSentFields(themeDayRules(next, now, patch.startsAt !== undefined), sent, errors),
        ...(patch.hostOrganisationId !== undefined ? await this.hostErrors(manager, patch.hostOrganisationId) : []),
        ...(next.capacity < confirmed
          ? [{ path: 'input.capacity', message: `Der er allerede ${confirmed} tilmeldte; giv plads til dem, eller meld nogen fra først.` }]
          : []),
      ]);
      const changes = [
        ...new Set(
          changedKeys(before, next)
            .map((key) => TOLD[key as keyof ThemeDayFields])
            .filter((t): t is string => !!t),
        ),
      ];
      if (changes.length) next.sequence = day.sequence + 1;
      const saved = await manager.getRepository(ThemeDay).save(Object.assign(day, next));
      // Before the waitlist moves up: those seated now are told of the change, those promoted get the new day.
      await this.events.publish(manager, 'ThemeDayChanged', { themeDayId: saved.id, networkId: saved.networkId, told: changes });
      await this.registrations.fillFreeSeats(manager, saved);
      await this.audited(manager, ctx, AuditAction.UPDATE, before, saved);
      return saved;
    });
  }

  /** Cancels the whole day: every attendee and everyone on the waitlist is told, with a calendar cancellation. */
  async cancel(ctx: RequestContext, id: string, reason: string | null): Promise<ThemeDay | MutationFailure> {
    const why = reason?.trim() || null;
    if (why && why.length > 1000) return ValidationError.field('reason', 'Må højst være 1000 tegn.');
    return mutate(this.dataSource, async (manager) => {
      const day = await lockOrReject(manager, ThemeDay, 'Temadagen', id);
      assertCoordinator(ctx, day.networkId, 'aflyse temadage');
      if (day.status === ThemeDayStatus.CANCELLED) throw new MutationRejected(ConflictError.of('Temadagen er allerede aflyst.'));
      const before = { ...day };
      const saved = await manager
        .getRepository(ThemeDay)
        .save(Object.assign(day, { status: ThemeDayStatus.CANCELLED, cancellationReason: why, sequence: day.sequence + 1 }));
      const ended = await this.registrations.cancelAll(manager, id);
      await this.events.publish(manager, 'ThemeDayCancelled', {
        themeDayId: saved.id,
        networkId: saved.networkId,
        reason: why,
        registrationIds: ended.map((r) => r.id),
      });
      await this.audited(manager, ctx, AuditAction.UPDATE, before, saved);
      return saved;
    });
  }

  isCoordinatorOf(ctx: RequestContext, day: ThemeDay): boolean {
    return ctx.accountId !== null && isCoordinator(ctx, day.networkId);
  }

  private async hostErrors(manager: EntityManager, hostId: string | null | undefined): Promise<FieldError[]> {
    if (!hostId) return [];
    return this.organisations.mustExist(manager, hostId, 'input.hostOrganisationId');
  }

  private audited(manager: EntityManager, ctx: RequestContext, action: AuditAction, before: ThemeDay | null, after: ThemeDay | null) {
    const day = (after ?? before) as ThemeDay;
    return this.audit.record(manager, ctx, {
      entityType: 'ThemeDay',
      entityId: day.id,
      organisationId: day.hostOrganisationId,
      action,
      before,
      after,
    });
  }
}

function changedKeys(before: ThemeDay, after: ThemeDay): string[] {
  return (Object.keys(TOLD) as (keyof ThemeDay)[]).filter((key) => {
    const a = before[key];
    const b = after[key];
    return a instanceof Date && b instanceof Date ? a.getTime() !== b.getTime() : a !== b;
  });
}
