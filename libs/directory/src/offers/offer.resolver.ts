import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, Ctx, PageArgs, RequestContext, resultUnion, MUTATION_FAILURES, type Connection, type ResultOf } from '#core';
import { GeographyService, Municipality } from '#geography';
import { Organisation } from '../organisations/organisation.entity.js';
import { VerifyInput } from '../shared/verification.js';
import { DeleteResult } from '../organisations/organisation.resolver.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { Channel, visibleChannels } from '../shared/channel.js';
import { TaxonomyTerm } from '../taxonomy/taxonomy-term.entity.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { Unit } from '../units/unit.entity.js';
import { UnitsService } from '../units/units.service.js';
import { CreateOfferInput, OfferFilter, UpdateOfferInput } from './offer.inputs.js';
import { Offer } from './offer.entity.js';
import { OffersService } from './offers.service.js';

export const OfferConnection = ConnectionType(Offer);
export const OfferResult = resultUnion('OfferResult', [Offer, ...MUTATION_FAILURES]);

@Resolver(() => Offer)
export class OfferResolver {
  constructor(
    private readonly offers: OffersService,
    private readonly organisations: OrganisationsService,
    private readonly units: UnitsService,
    private readonly taxonomy: TaxonomyService,
    private readonly geography: GeographyService,
  ) {}

  @Query(() => Offer, { nullable: true })
  offer(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Offer | null> {
    return this.offers.load(ctx, id);
  }

  @Query(() => OfferConnection, { name: 'offers', description: 'The offer catalogue (tilbudskatalog), filtered, by name.' })
  listOffers(
    @Args('filter', { type: () => OfferFilter, nullable: true }) filter: OfferFilter | null,
    @Args() page: PageArgs,
  ): Promise<Connection<Offer>> {
    return this.offers.list(filter ?? {}, page);
  }

  @Mutation(() => OfferResult)
  createOffer(@Ctx() ctx: RequestContext, @Args('input') input: CreateOfferInput): Promise<ResultOf<typeof OfferResult>> {
    return this.offers.create(ctx, input);
  }

  @Mutation(() => OfferResult)
  updateOffer(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOfferInput,
  ): Promise<ResultOf<typeof OfferResult>> {
    return this.offers.update(ctx, id, input);
  }

  @Mutation(() => DeleteResult)
  deleteOffer(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ResultOf<typeof DeleteResult>> {
    return this.offers.delete(ctx, id);
  }

  @Mutation(() => OfferResult)
  verifyOffer(@Ctx() ctx: RequestContext, @Args('input') input: VerifyInput): Promise<ResultOf<typeof OfferResult>> {
    return this.offers.verify(ctx, input);
  }

  @ResolveField(() => [Channel], { description: 'STAFF channels are shown only to signed-in professionals.' })
  channels(@Ctx() ctx: RequestContext, @Parent() offer: Offer): Channel[] {
    return visibleChannels(offer.channels, ctx.seesStaffChannels);
  }

  @ResolveField(() => Organisation)
  organisation(@Ctx() ctx: RequestContext, @Parent() offer: Offer): Promise<Organisation | null> {
    return this.organisations.load(ctx, offer.organisationId);
  }

  @ResolveField(() => Unit, { nullable: true })
  unit(@Ctx() ctx: RequestContext, @Parent() offer: Offer): Promise<Unit | null> {
    return offer.unitId ? this.units.load(ctx, offer.unitId) : Promise.resolve(null);
  }

  @ResolveField(() => [TaxonomyTerm])
  situations(@Parent() offer: Offer): Promise<TaxonomyTerm[]> {
    return this.taxonomy.findMany(offer.situationKeys);
  }

  @ResolveField(() => [TaxonomyTerm])
  problemTags(@Parent() offer: Offer): Promise<TaxonomyTerm[]> {
    return this.taxonomy.findMany(offer.problemKeys);
  }

  @ResolveField(() => [Municipality], { description: 'Municipalities covered (explicit list only).' })
  async municipalities(@Ctx() ctx: RequestContext, @Parent() offer: Offer): Promise<Municipality[]> {
    const found = await Promise.all(offer.municipalityCodes.map((code) => this.geography.findMunicipality(ctx, code)));
    return found.filter((m): m is Municipality => m !== null);
  }
}
