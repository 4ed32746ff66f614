import { Args, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ConflictError,
  ConnectionType,
  Ctx,
  ForbiddenError,
  NotFoundError,
  PageArgs,
  RequestContext,
  ValidationError,
  resultUnion,
  type Connection,
  type ResultOf,
} from '#core';
import { Organisation, OrganisationsService } from '#directory';
import { Network } from '../networks/network.entity.js';
import { NetworksService } from '../networks/networks.service.js';
import { RegistrationsService } from './registrations.service.js';
import { ThemeDayReadModel } from './theme-day-read-model.js';
import { ThemeDay, ThemeDayRegistration } from './theme-day.entity.js';
import { CreateThemeDayInput, RegisterForThemeDayInput, ThemeDayFilter, UpdateThemeDayInput } from './theme-day.inputs.js';
import { ThemeDaysService } from './theme-days.service.js';

export const ThemeDayConnection = ConnectionType(ThemeDay);
export const ThemeDayResult = resultUnion('ThemeDayResult', [ThemeDay, ValidationError, NotFoundError, ConflictError, ForbiddenError]);
export const RegistrationResult = resultUnion('RegistrationResult', [
  ThemeDayRegistration,
  ValidationError,
  NotFoundError,
  ConflictError,
  ForbiddenError,
]);

@ObjectType()
export class AttendanceMarked {
  @Field(() => [ThemeDayRegistration]) registrations: ThemeDayRegistration[];
}
export const AttendanceResult = resultUnion('AttendanceResult', [
  AttendanceMarked,
  ValidationError,
  NotFoundError,
  ConflictError,
  ForbiddenError,
]);

@Resolver(() => ThemeDay)
export class ThemeDayResolver {
  constructor(
    private readonly themeDays: ThemeDaysService,
    private readonly registrations: RegistrationsService,
    private readonly readModel: ThemeDayReadModel,
    private readonly networks: NetworksService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Query(() => ThemeDay, { nullable: true, description: 'A public theme day, or one of a network you belong to.' })
  themeDay(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ThemeDay | null> {
    return this.themeDays.load(ctx, id);
  }

  @Query(() => ThemeDayConnection, {
    name: 'themeDays',
    description: 'Upcoming theme days by start: public ones, and those of networks you belong to or coordinate.',
  })
  listThemeDays(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => ThemeDayFilter, nullable: true }) filter: ThemeDayFilter | null,
    @Args() page: PageArgs,
  ): Promise<Connection<ThemeDay>> {
    return this.themeDays.list(ctx, filter ?? {}, page);
  }

  @Mutation(() => ThemeDayResult, { description: 'Plans a theme day (coordinators of the network).' })
  createThemeDay(@Ctx() ctx: RequestContext, @Args('input') input: CreateThemeDayInput): Promise<ResultOf<typeof ThemeDayResult>> {
    return this.themeDays.create(ctx, input);
  }

  @Mutation(() => ThemeDayResult, {
    description: 'Changes a theme day; attendees get an updated calendar invitation when time or place change.',
  })
  updateThemeDay(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateThemeDayInput,
  ): Promise<ResultOf<typeof ThemeDayResult>> {
    return this.themeDays.update(ctx, id, input);
  }

  @Mutation(() => ThemeDayResult, {
    description: 'Cancels the whole day; everyone registered or waitlisted is told by mail (METHOD:CANCEL).',
  })
  cancelThemeDay(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<ResultOf<typeof ThemeDayResult>> {
    return this.themeDays.cancel(ctx, id, reason);
  }

  @Mutation(() => RegistrationResult, {
    description: 'Registers for a theme day: CONFIRMED while seats last, then WAITLISTED in order. Anonymous only for public days.',
  })
  registerForThemeDay(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RegisterForThemeDayInput,
  ): Promise<ResultOf<typeof RegistrationResult>> {
    return this.registrations.register(ctx, input);
  }

  @Mutation(() => RegistrationResult, {
    description: 'Cancels a registration with the token from the link in the mail; no sign-in needed.',
  })
  cancelThemeDayRegistration(@Args('token') token: string): Promise<ResultOf<typeof RegistrationResult>> {
    return this.registrations.cancelByToken(token);
  }

  @Mutation(() => RegistrationResult, { description: "Cancels the signed-in account's own registration." })
  cancelMyThemeDayRegistration(
    @Ctx() ctx: RequestContext,
    @Args('themeDayId', { type: () => ID }) themeDayId: string,
  ): Promise<ResultOf<typeof RegistrationResult>> {
    return this.registrations.cancelMine(ctx, themeDayId);
  }

  @Mutation(() => AttendanceResult, { description: 'Marks confirmed attendees as having come, or not (coordinators, from the day on).' })
  async markThemeDayAttendance(
    @Ctx() ctx: RequestContext,
    @Args('themeDayId', { type: () => ID }) themeDayId: string,
    @Args('registrationIds', { type: () => [ID] }) registrationIds: string[],
    @Args('attended', { defaultValue: true }) attended: boolean,
  ): Promise<ResultOf<typeof AttendanceResult>> {
    const result = await this.registrations.markAttendance(ctx, themeDayId, registrationIds, attended);
    return Array.isArray(result) ? Object.assign(new AttendanceMarked(), { registrations: result }) : result;
  }

  @ResolveField(() => Network)
  async network(@Ctx() ctx: RequestContext, @Parent() day: ThemeDay): Promise<Network> {
    return (await this.networks.load(ctx, day.networkId)) as Network;
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The host, e.g. a volunteer organisation.' })
  hostOrganisation(@Ctx() ctx: RequestContext, @Parent() day: ThemeDay): Promise<Organisation | null> {
    return day.hostOrganisationId ? this.organisations.load(ctx, day.hostOrganisationId) : Promise.resolve(null);
  }

  @ResolveField(() => Int, { description: 'Confirmed registrations.' })
  async seatsTaken(@Ctx() ctx: RequestContext, @Parent() day: ThemeDay): Promise<number> {
    return (await this.readModel.counts(ctx, day.id)).confirmed;
  }

  @ResolveField(() => Int)
  async seatsLeft(@Ctx() ctx: RequestContext, @Parent() day: ThemeDay): Promise<number> {
    return Math.max(0, day.capacity - (await this.readModel.counts(ctx, day.id)).confirmed);
  }

  @ResolveField(() => Int)
  async waitlistCount(@Ctx() ctx: RequestContext, @Parent() day: ThemeDay): Promise<number> {
    return (await this.readModel.counts(ctx, day.id)).waitlisted;
  }

  @ResolveField(() => Boolean, { description: 'Whether registration is open now.' })
  registrationOpen(@Parent() day: ThemeDay): boolean {
    const now = new Date();
    return (
      day.status === 'SCHEDULED' &&
      (!day.registrationOpensAt || day.registrationOpensAt <= now) &&
      now < (day.registrationClosesAt ?? day.startsAt)
    );
  }

  @ResolveField(() => ThemeDayRegistration, { nullable: true, description: "The signed-in account's registration, if any." })
  myRegistration(@Ctx() ctx: RequestContext, @Parent() day: ThemeDay): Promise<ThemeDayRegistration | null> {
    return this.readModel.mine(ctx, day.id);
  }

  @ResolveField(() => [ThemeDayRegistration], {
    name: 'registrations',
    nullable: true,
    description: 'Everyone registered, in order (coordinators of the network; null for others).',
  })
  listRegistrations(@Ctx() ctx: RequestContext, @Parent() day: ThemeDay): Promise<ThemeDayRegistration[] | null> {
    return this.themeDays.isCoordinatorOf(ctx, day) ? this.readModel.all(day.id) : Promise.resolve(null);
  }
}

@Resolver(() => ThemeDayRegistration)
export class RegistrationResolver {
  constructor(
    private readonly themeDays: ThemeDaysService,
    private readonly readModel: ThemeDayReadModel,
  ) {}

  @ResolveField(() => ThemeDay, { nullable: true })
  themeDay(@Ctx() ctx: RequestContext, @Parent() registration: ThemeDayRegistration): Promise<ThemeDay | null> {
    return this.themeDays.load(ctx, registration.themeDayId);
  }

  @ResolveField(() => Int, { nullable: true, description: '1 for the first on the waitlist; null when not waitlisted.' })
  waitlistPosition(@Parent() registration: ThemeDayRegistration): Promise<number | null> {
    return this.readModel.position(registration);
  }
}
