import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, Ctx, RequestContext, resultUnion, MUTATION_FAILURES, type ResultOf } from '#core';
import { Organisation } from '../organisations/organisation.entity.js';
import { DeleteResult, RecordResolver } from '../shared/record-resolver.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { Channel, visibleChannels } from '../shared/channel.js';
import { TaxonomyTerm } from '../taxonomy/taxonomy-term.entity.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { Unit } from '../units/unit.entity.js';
import { UnitsService } from '../units/units.service.js';
import { ContactFilter, CreateContactInput, UpdateContactInput } from './contact.inputs.js';
import { Contact } from './contact.entity.js';
import { ContactsService } from './contacts.service.js';

export const ContactConnection = ConnectionType(Contact);
export const ContactResult = resultUnion('ContactResult', [Contact, ...MUTATION_FAILURES]);

@Resolver(() => Contact)
export class ContactResolver extends RecordResolver({
  entity: Contact,
  connection: ContactConnection,
  result: ContactResult,
  inputs: { create: CreateContactInput, update: UpdateContactInput, filter: ContactFilter },
  descriptions: {
    list: 'Contacts, functions before persons, then by name.',
  },
}) {
  constructor(
    protected readonly records: ContactsService,
    private readonly organisations: OrganisationsService,
    private readonly units: UnitsService,
    private readonly taxonomy: TaxonomyService,
  ) {
    super();
  }

  @Mutation(() => DeleteResult, {
    description: 'Erases a person who left or asked to be forgotten: the contact and every value its history held (GDPR).',
  })
  eraseContact(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ResultOf<typeof DeleteResult>> {
    return this.records.erase(ctx, id);
  }

  @ResolveField(() => [Channel], { description: 'STAFF channels are shown only to signed-in professionals.' })
  channels(@Ctx() ctx: RequestContext, @Parent() contact: Contact): Channel[] {
    return visibleChannels(contact.channels, ctx.seesStaffChannels);
  }

  @ResolveField(() => Organisation)
  organisation(@Ctx() ctx: RequestContext, @Parent() contact: Contact): Promise<Organisation | null> {
    return this.organisations.load(ctx, contact.organisationId);
  }

  @ResolveField(() => Unit, { nullable: true })
  unit(@Ctx() ctx: RequestContext, @Parent() contact: Contact): Promise<Unit | null> {
    return contact.unitId ? this.units.load(ctx, contact.unitId) : Promise.resolve(null);
  }

  @ResolveField(() => Contact, { nullable: true, description: 'Deputy or successor.' })
  deputy(@Ctx() ctx: RequestContext, @Parent() contact: Contact): Promise<Contact | null> {
    return contact.deputyId ? this.records.load(ctx, contact.deputyId) : Promise.resolve(null);
  }

  @ResolveField(() => [TaxonomyTerm])
  situations(@Parent() contact: Contact): Promise<TaxonomyTerm[]> {
    return this.taxonomy.findMany(contact.situationKeys);
  }
}
