import { Injectable } from '@nestjs/common';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import {
  AuditAction,
  AuditTrail,
  Ctx,
  isUuid,
  mutate,
  MutationRejected,
  NotFoundError,
  RequestContext,
  type MutationFailure,
  type ResultOf,
} from '#core';
import { assertCoordinator } from '../shared/network-access.js';
import { RegistrationsService } from './registrations.service.js';
import { ThemeDay, ThemeDayRegistration } from './theme-day.entity.js';
import { RegistrationResult } from './theme-day.resolver.js';

/**
 * A coordinator cancels someone else's registration (they rang or wrote): the same withdrawal as the
 * attendee's own, so the waitlist moves up and the mails go out as when they cancel themselves.
 */
@Injectable()
export class RegistrationsOnBehalf {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationsService,
    private readonly audit: AuditTrail,
  ) {}

  async cancel(ctx: RequestContext, registrationId: string, now = new Date()): Promise<ThemeDayRegistration | MutationFailure> {
    return mutate(this.dataSource, async (manager) => {
      const found = isUuid(registrationId) ? await manager.getRepository(ThemeDayRegistration).findOneBy({ id: registrationId }) : null;
      if (!found) throw new MutationRejected(NotFoundError.of('Tilmeldingen', registrationId));
      const day = await manager.getRepository(ThemeDay).findOneByOrFail({ id: found.themeDayId });
      assertCoordinator(ctx, day.networkId, 'melde andre fra');
      const before = found.status;
      const after = await this.registrations.withdraw(manager, found.id, now);
      if (before !== after.status)
        await this.audit.record(manager, ctx, {
          entityType: 'ThemeDay',
          entityId: day.id,
          organisationId: day.hostOrganisationId,
          action: AuditAction.UPDATE,
          before: { registrationId: found.id, status: before },
          after: { registrationId: found.id, status: after.status, cancelledOnBehalf: true },
        });
      return after;
    });
  }
}

@Resolver()
export class RegistrationOnBehalfResolver {
  constructor(private readonly onBehalf: RegistrationsOnBehalf) {}

  @Mutation(() => RegistrationResult, {
    description:
      "Cancels someone else's registration (coordinators of the network): the waitlist moves up and the attendee is told by mail, as when they cancel themselves.",
  })
  cancelThemeDayRegistrationOnBehalf(
    @Ctx() ctx: RequestContext,
    @Args('registrationId', { type: () => ID }) registrationId: string,
  ): Promise<ResultOf<typeof RegistrationResult>> {
    return this.onBehalf.cancel(ctx, registrationId);
  }
}
