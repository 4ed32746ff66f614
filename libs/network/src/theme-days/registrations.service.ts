import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AuditAction,
  AuditTrail,
  ConflictError,
  danishFormat,
  ForbiddenError,
  isUuid,
  lockOrReject,
  mutate,
  MutationRejected,
  NotFoundError,
  RateLimiter,
  TransactionalEvents,
  ValidationError,
  rejectIf,
  validateFields,
  type FieldError,
  type MutationFailure,
  type RequestContext,
} from '#core';
import { NETWORK_CONFIG, type NetworkConfig } from '../network.config.js';
import { DirectoryLookups } from '../shared/directory-lookups.js';
import { assertCoordinator, seesNetworkIn } from '../shared/network-access.js';
import { RegistrationStatus, ThemeDay, ThemeDayRegistration, ThemeDayStatus, ThemeDayVisibility } from './theme-day.entity.js';
import { registrationFields, type RegisterForThemeDayInput } from './theme-day.inputs.js';
import { ThemeDayMails } from './theme-day-mails.js';

/**
 * Seats and the waitlist. Every change takes the theme day's row lock first, so concurrent
 * registrations are counted one at a time: never more confirmed than seats, the rest waitlisted
 * in the order they were taken (seq).
 */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly mails: ThemeDayMails,
    private readonly limiter: RateLimiter,
    private readonly events: TransactionalEvents,
    @Inject(NETWORK_CONFIG) private readonly config: NetworkConfig,
    private readonly lookups: DirectoryLookups,
  ) {}

  /**
   * Registers for a day. `clock` fixes the moment (tests); otherwise the database's clock at the
   * moment the seat is decided stamps `registeredAt`, so its order is the waitlist's order.
   */
  async register(ctx: RequestContext, input: RegisterForThemeDayInput, clock?: Date): Promise<ThemeDayRegistration | MutationFailure> {
    const { value, errors } = validateFields(registrationFields, input);
    const { themeDayId, workplace = null } = value;
    if (!themeDayId) return ValidationError.of(errors);
    // Attempts per person and day, not per address: a whole town hall may register from one address
    // (its ceiling is the anonymous mutation limit).
    const registrant = ctx.accountId ? `account:${ctx.accountId}` : value.email ? `email:${value.email}` : null;
    if (registrant)
      await this.limiter.enforce(
        [
          {
            scope: 'theme-day-registration',
            subject: `${themeDayId}:${registrant}`,
            limit: this.config.themeDayRegistrationsPerHour,
            windowSeconds: 3600,
          },
        ],
        'Der er forsøgt tilmeldt med denne e-mailadresse for mange gange. Prøv igen om en time.',
      );
    return mutate(this.dataSource, async (manager) => {
      const day = await lockOrReject(manager, ThemeDay, 'Temadagen', themeDayId);
      const visible = day.visibility === ThemeDayVisibility.PUBLIC || (await seesNetworkIn(manager, ctx, day.networkId));
      if (!visible) {
        if (!ctx.accountId) throw new MutationRejected(ForbiddenError.of('Log ind for at tilmelde dig temadage for netværkets medlemmer.'));
        throw new MutationRejected(ForbiddenError.of('Temadagen er kun for netværkets medlemmer.'));
      }
      assertOpen(day, clock ?? new Date());
      const person = await this.person(manager, ctx, value, errors);
      const duplicate = await manager
        .getRepository(ThemeDayRegistration)
        .createQueryBuilder('r')
        .where('r.theme_day_id = :id AND r.email = :email AND r.status <> :cancelled', {
          id: day.id,
          email: person.email,
          cancelled: 'CANCELLED',
        })
        .getExists();
      if (duplicate)
        throw new MutationRejected(ConflictError.of(`${person.email} er allerede tilmeldt eller på venteliste til temadagen.`));
      // Seat or waitlist, place in line (seq) and registeredAt are decided in one statement, under the day's lock.
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO theme_day_registration (theme_day_id, account_id, name, email, workplace, status, registered_at)
         SELECT $1, $2, $3, $4, $5,
           CASE WHEN (SELECT count(*) FROM theme_day_registration WHERE theme_day_id = $1 AND status = 'CONFIRMED') < $6
             THEN 'CONFIRMED' ELSE 'WAITLISTED' END,
           COALESCE($7::timestamptz, clock_timestamp())
         RETURNING id`,
        [day.id, ctx.accountId, person.name, person.email, workplace, day.capacity, clock ?? null],
      );
      const repository = manager.getRepository(ThemeDayRegistration);
      await repository.update({ id }, { cancelTokenHash: ThemeDayMails.tokenHash(this.mails.cancelToken(id)) });
      const stored = await repository.findOneByOrFail({ id });
      const told = { registrationId: id, themeDayId: day.id };
      if (stored.status === RegistrationStatus.CONFIRMED) await this.events.publish(manager, 'ThemeDayRegistrationConfirmed', told);
      else
        await this.events.publish(manager, 'ThemeDayRegistrationWaitlisted', {
          ...told,
          position: (await this.position(manager, stored)) ?? 1,
        });
      return stored;
    });
  }

  /** Cancels with the link from the mail (no sign-in); a freed seat goes to the first on the waitlist. */
  async cancelByToken(token: string, now = new Date()): Promise<ThemeDayRegistration | MutationFailure> {
    const hash = ThemeDayMails.tokenHash(token.trim());
    return mutate(this.dataSource, async (manager) => {
      const found = await manager.getRepository(ThemeDayRegistration).findOneBy({ cancelTokenHash: hash });
      if (!found) throw new MutationRejected(NotFoundError.of('Tilmeldingen', 'linket'));
      return this.withdraw(manager, found.id, now);
    });
  }

  /** The signed-in attendee cancels their own registration. */
  async cancelMine(ctx: RequestContext, themeDayId: string, now = new Date()): Promise<ThemeDayRegistration | MutationFailure> {
    return mutate(this.dataSource, async (manager) => {
      if (!ctx.accountId) throw new MutationRejected(ForbiddenError.of('Log ind for at melde fra, eller brug linket i din bekræftelse.'));
      const found = isUuid(themeDayId)
        ? await manager
            .getRepository(ThemeDayRegistration)
            .createQueryBuilder('r')
            .where('r.theme_day_id = :themeDayId AND r.account_id = :accountId AND r.status <> :cancelled', {
              themeDayId,
              accountId: ctx.accountId,
              cancelled: 'CANCELLED',
            })
            .getOne()
        : null;
      if (!found) throw new MutationRejected(NotFoundError.of('Din tilmelding til temadagen', themeDayId));
      return this.withdraw(manager, found.id, now);
    });
  }

  /** Marks who came (coordinators, once the day has begun). */
  async markAttendance(
    ctx: RequestContext,
    themeDayId: string,
    registrationIds: string[],
    attended: boolean,
    now = new Date(),
  ): Promise<ThemeDayRegistration[] | MutationFailure> {
    return mutate(this.dataSource, async (manager) => {
      const day = await lockOrReject(manager, ThemeDay, 'Temadagen', themeDayId);
      assertCoordinator(ctx, day.networkId, 'registrere fremmøde');
      if (day.startsAt > now) throw new MutationRejected(ConflictError.of('Fremmøde kan først registreres, når temadagen er begyndt.'));
      const ids = [...new Set(registrationIds)];
      const bad = ids.filter((id) => !isUuid(id));
      const rows = bad.length
        ? []
        : await manager.getRepository(ThemeDayRegistration).find({ where: ids.map((id) => ({ id, themeDayId })) });
      const confirmed = new Set(rows.filter((r) => r.status === RegistrationStatus.CONFIRMED && !r.erasedAt).map((r) => r.id));
      const missing = ids.filter((id) => !confirmed.has(id));
      if (missing.length) {
        throw new MutationRejected(
          ValidationError.of(
            missing.map((id) => ({
              path: `registrationIds.${ids.indexOf(id)}`,
              message: 'Ikke en bekræftet tilmelding til denne temadag.',
            })),
          ),
        );
      }
      if (ids.length) await manager.getRepository(ThemeDayRegistration).update(ids, { attended });
      await this.audit.record(manager, ctx, {
        entityType: 'ThemeDay',
        entityId: day.id,
        organisationId: day.hostOrganisationId,
        action: AuditAction.UPDATE,
        before: null,
        after: { attendanceMarked: ids.length, attended },
      });
      return manager.getRepository(ThemeDayRegistration).find({ where: { themeDayId }, order: { seq: 'ASC' } });
    });
  }

  confirmedCount(manager: EntityManager, themeDayId: string): Promise<number> {
    return manager.getRepository(ThemeDayRegistration).countBy({ themeDayId, status: RegistrationStatus.CONFIRMED });
  }

  /** Ends every active registration of a cancelled day; returns them, for the cancellation mail. */
  async cancelAll(manager: EntityManager, themeDayId: string): Promise<ThemeDayRegistration[]> {
    const active = await manager
      .getRepository(ThemeDayRegistration)
      .createQueryBuilder('r')
      .where('r.theme_day_id = :themeDayId AND r.status <> :cancelled', { themeDayId, cancelled: 'CANCELLED' })
      .orderBy('r.seq')
      .getMany();
    if (active.length) {
      await manager.getRepository(ThemeDayRegistration).update(
        active.map((r) => r.id),
        { status: RegistrationStatus.CANCELLED, cancelledAt: new Date() },
      );
    }
    return active;
  }

  /** Seats the first on the waitlist while there are free seats (each one promoted is an event). Call with the day's row locked. */
  async fillFreeSeats(manager: EntityManager, day: ThemeDay, now = new Date()): Promise<void> {
    if (day.status !== ThemeDayStatus.SCHEDULED || day.startsAt <= now) return;
    let free = day.capacity - (await this.confirmedCount(manager, day.id));
    while (free > 0) {
      const next = await manager
        .getRepository(ThemeDayRegistration)
        .findOne({ where: { themeDayId: day.id, status: RegistrationStatus.WAITLISTED }, order: { seq: 'ASC' } });
      if (!next) return;
      await manager.getRepository(ThemeDayRegistration).update({ id: next.id }, { status: RegistrationStatus.CONFIRMED, promotedAt: now });
      await this.events.publish(manager, 'ThemeDayRegistrationPromoted', { registrationId: next.id, themeDayId: day.id });
      free -= 1;
    }
  }

  /** 1 for the first on the waitlist; null when not waitlisted. */
  async position(manager: EntityManager, registration: ThemeDayRegistration): Promise<number | null> {
    if (registration.status !== RegistrationStatus.WAITLISTED) return null;
    const [{ count }]: { count: string }[] = await manager.query(
      `SELECT count(*) AS count FROM theme_day_registration WHERE theme_day_id = $1 AND status = 'WAITLISTED' AND seq <= $2`,
      [registration.themeDayId, registration.seq],
    );
    return Number(count);
  }

  /** Ends one registration under the day's lock; a freed seat goes to the first on the waitlist. */
  async withdraw(manager: EntityManager, registrationId: string, now: Date): Promise<ThemeDayRegistration> {
    const locked = await manager.getRepository(ThemeDayRegistration).findOneByOrFail({ id: registrationId });
    const day = await lockOrReject(manager, ThemeDay, 'Temadagen', locked.themeDayId);
    // Read again under the day's lock: a concurrent cancellation or promotion may have changed it.
    const registration = await manager.getRepository(ThemeDayRegistration).findOneByOrFail({ id: registrationId });
    if (registration.status === RegistrationStatus.CANCELLED) return registration;
    if (day.startsAt <= now) throw new MutationRejected(ConflictError.of('Temadagen er begyndt; du kan ikke længere melde fra her.'));
    const wasConfirmed = registration.status === RegistrationStatus.CONFIRMED;
    await manager
      .getRepository(ThemeDayRegistration)
      .update({ id: registration.id }, { status: RegistrationStatus.CANCELLED, cancelledAt: now });
    await this.events.publish(manager, 'ThemeDayRegistrationCancelled', {
      registrationId: registration.id,
      themeDayId: day.id,
      hadSeat: wasConfirmed,
    });
    if (wasConfirmed) await this.fillFreeSeats(manager, day, now);
    return manager.getRepository(ThemeDayRegistration).findOneByOrFail({ id: registration.id });
  }

  /**
   * Who registers: the signed-in account, or the name and address given for a public day. Rejects
   * with every field error: those `found` by the schema and the name or address still missing.
   */
  private async person(
    manager: EntityManager,
    ctx: RequestContext,
    input: { name?: string | null; email?: string | null },
    found: FieldError[],
  ): Promise<{ name: string; email: string }> {
    if (ctx.accountId) {
      const account = await this.lookups.person(manager, ctx.accountId);
      if (account) {
        rejectIf(found);
        return { name: account.displayName, email: account.email };
      }
    }
    const { name, email } = input;
    rejectIf([
      ...found,
      ...(name === null ? [{ path: 'input.name', message: 'Skriv dit navn.' }] : []),
      ...(email === null ? [{ path: 'input.email', message: 'Skriv din e-mailadresse, så vi kan sende bekræftelsen.' }] : []),
    ]);
    return { name: name as string, email: email as string };
  }
}

const DANISH_TIME = danishFormat.dateTime;

function assertOpen(day: ThemeDay, now: Date): void {
  if (day.status === ThemeDayStatus.CANCELLED) throw new MutationRejected(ConflictError.of('Temadagen er aflyst.'));
  if (day.registrationOpensAt && now < day.registrationOpensAt) {
    throw new MutationRejected(ConflictError.of(`Tilmeldingen åbner ${DANISH_TIME.format(day.registrationOpensAt)}.`));
  }
  if (now >= (day.registrationClosesAt ?? day.startsAt)) throw new MutationRejected(ConflictError.of('Tilmeldingen er lukket.'));
}
