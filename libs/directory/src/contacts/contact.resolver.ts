import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, Ctx, PageArgs, RequestContext, resultUnion, MUTATION_FAILURES, type Connection, type ResultOf } from '#core';
import { Organisation } from '../organisations/organisation.entity.js';
import { VerifyInput } from '../shared/verification.js';
import { DeleteResult } from '../organisations/organisation.resolver.js';
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
export class ContactResolver {
  constructor(
    private readonly contacts: ContactsService,
    private readonly organisations: OrganisationsService,
    private readonly units: UnitsService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Query(() => Contact, { nullable: true })
  contact(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Contact | null> {
    return this.contacts.load(ctx, id);
  }

  @Query(() => ContactConnection, { name: 'contacts', description: 'Contacts, functions before persons, then by name.' })
  listContacts(
    @Args('filter', { type: () => ContactFilter, nullable: true }) filter: ContactFilter | null,
    @Args() page: PageArgs,
  ): Promise<Connection<Contact>> {
    return this.contacts.list(filter ?? {}, page);
  }

  @Mutation(() => ContactResult)
  createContact(@Ctx() ctx: RequestContext, @Args('input') input: CreateContactInput): Promise<ResultOf<typeof ContactResult>> {
    return this.contacts.create(ctx, input);
  }

  @Mutation(() => ContactResult)
  updateContact(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateContactInput,
  ): Promise<ResultOf<typeof ContactResult>> {
    return this.contacts.update(ctx, id, input);
  }

  @Mutation(() => DeleteResult)
  deleteContact(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ResultOf<typeof DeleteResult>> {
    return this.contacts.delete(ctx, id);
  }

  @Mutation(() => DeleteResult, {
    description: 'Erases a person who left or asked to be forgotten: the contact and every value its history held (GDPR).',
  })
  eraseContact(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ResultOf<typeof DeleteResult>> {
    return this.contacts.erase(ctx, id);
  }

  @Mutation(() => ContactResult)
  verifyContact(@Ctx() ctx: RequestContext, @Args('input') input: VerifyInput): Promise<ResultOf<typeof ContactResult>> {
    return this.contacts.verify(ctx, input);
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
    return contact.deputyId ? this.contacts.load(ctx, contact.deputyId) : Promise.resolve(null);
  }

  @ResolveField(() => [TaxonomyTerm])
  situations(@Parent() contact: Contact): Promise<TaxonomyTerm[]> {
    return this.taxonomy.findMany(contact.situationKeys);
  }
}
