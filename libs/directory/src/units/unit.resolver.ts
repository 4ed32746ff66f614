import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, Ctx, RequestContext, resultUnion, MUTATION_FAILURES } from '#core';
import { Contact } from '../contacts/contact.entity.js';
import { ContactsService } from '../contacts/contacts.service.js';
import { Offer } from '../offers/offer.entity.js';
import { OffersService } from '../offers/offers.service.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { RecordResolver } from '../shared/record-resolver.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { CreateUnitInput, UnitFilter, UpdateUnitInput } from './unit.inputs.js';
import { Unit } from './unit.entity.js';
import { UnitsService } from './units.service.js';

export const UnitConnection = ConnectionType(Unit);
export const UnitResult = resultUnion('UnitResult', [Unit, ...MUTATION_FAILURES]);

@Resolver(() => Unit)
export class UnitResolver extends RecordResolver({
  entity: Unit,
  connection: UnitConnection,
  result: UnitResult,
  inputs: { create: CreateUnitInput, update: UpdateUnitInput, filter: UnitFilter },
  descriptions: {
    delete: 'Deletes a unit with no sub-units, contacts or offers left.',
  },
}) {
  constructor(
    protected readonly records: UnitsService,
    private readonly organisations: OrganisationsService,
    private readonly contactsService: ContactsService,
    private readonly offersService: OffersService,
  ) {
    super();
  }

  @ResolveField(() => Organisation)
  organisation(@Ctx() ctx: RequestContext, @Parent() unit: Unit): Promise<Organisation | null> {
    return this.organisations.load(ctx, unit.organisationId);
  }

  @ResolveField(() => Unit, { nullable: true })
  parent(@Ctx() ctx: RequestContext, @Parent() unit: Unit): Promise<Unit | null> {
    return unit.parentId ? this.records.load(ctx, unit.parentId) : Promise.resolve(null);
  }

  @ResolveField(() => [Unit])
  children(@Ctx() ctx: RequestContext, @Parent() unit: Unit): Promise<Unit[]> {
    return this.records.childrenOf(ctx, unit.id);
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
