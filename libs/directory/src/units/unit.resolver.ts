import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, Ctx, PageArgs, RequestContext, resultUnion, MUTATION_FAILURES, type Connection, type ResultOf } from '#core';
import { Contact } from '../contacts/contact.entity.js';
import { ContactsService } from '../contacts/contacts.service.js';
import { Offer } from '../offers/offer.entity.js';
import { OffersService } from '../offers/offers.service.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { VerifyInput } from '../shared/verification.js';
import { DeleteResult } from '../organisations/organisation.resolver.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { CreateUnitInput, UnitFilter, UpdateUnitInput } from './unit.inputs.js';
import { Unit } from './unit.entity.js';
import { UnitsService } from './units.service.js';

export const UnitConnection = ConnectionType(Unit);
export const UnitResult = resultUnion('UnitResult', [Unit, ...MUTATION_FAILURES]);

@Resolver(() => Unit)
export class UnitResolver {
  constructor(
    private readonly units: UnitsService,
    private readonly organisations: OrganisationsService,
    private readonly contactsService: ContactsService,
    private readonly offersService: OffersService,
  ) {}

  @Query(() => Unit, { nullable: true })
  unit(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Unit | null> {
    return this.units.load(ctx, id);
  }

  @Query(() => UnitConnection, { name: 'units' })
  listUnits(
    @Args('filter', { type: () => UnitFilter, nullable: true }) filter: UnitFilter | null,
    @Args() page: PageArgs,
  ): Promise<Connection<Unit>> {
    return this.units.list(filter ?? {}, page);
  }

  @Mutation(() => UnitResult)
  createUnit(@Ctx() ctx: RequestContext, @Args('input') input: CreateUnitInput): Promise<ResultOf<typeof UnitResult>> {
    return this.units.create(ctx, input);
  }

  @Mutation(() => UnitResult)
  updateUnit(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateUnitInput,
  ): Promise<ResultOf<typeof UnitResult>> {
    return this.units.update(ctx, id, input);
  }

  @Mutation(() => DeleteResult, { description: 'Deletes a unit with no sub-units, contacts or offers left.' })
  deleteUnit(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ResultOf<typeof DeleteResult>> {
    return this.units.delete(ctx, id);
  }

  @Mutation(() => UnitResult)
  verifyUnit(@Ctx() ctx: RequestContext, @Args('input') input: VerifyInput): Promise<ResultOf<typeof UnitResult>> {
    return this.units.verify(ctx, input);
  }

  @ResolveField(() => Organisation)
  organisation(@Ctx() ctx: RequestContext, @Parent() unit: Unit): Promise<Organisation | null> {
    return this.organisations.load(ctx, unit.organisationId);
  }

  @ResolveField(() => Unit, { nullable: true })
  parent(@Ctx() ctx: RequestContext, @Parent() unit: Unit): Promise<Unit | null> {
    return unit.parentId ? this.units.load(ctx, unit.parentId) : Promise.resolve(null);
  }

  @ResolveField(() => [Unit])
  children(@Ctx() ctx: RequestContext, @Parent() unit: Unit): Promise<Unit[]> {
    return this.units.childrenOf(ctx, unit.id);
  }

  @ResolveField(() => [Contact], { description: 'Contacts placed directly in this unit, functions first.' })
  async contacts(@Ctx() ctx: RequestContext, @Parent() unit: Unit): Promise<Contact[]> {
    const contacts = await this.contactsService.ofUnit(ctx, unit.id);
    return [...contacts].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'da'));
  }

  @ResolveField(() => [Offer], { description: 'Offers placed directly in this unit.' })
  offers(@Ctx() ctx: RequestContext, @Parent() unit: Unit): Promise<Offer[]> {
    return this.offersService.ofUnit(ctx, unit.id);
  }
}
