import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, Ctx, RequestContext, resultUnion, MUTATION_FAILURES } from '#core';
import { GeographyService, Municipality } from '#geography';
import { Organisation } from '../organisations/organisation.entity.js';
import { RecordResolver } from '../shared/record-resolver.js';
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
export class OfferResolver extends RecordResolver({
  entity: Offer,
  connection: OfferConnection,
  result: OfferResult,
  inputs: { create: CreateOfferInput, update: UpdateOfferInput, filter: OfferFilter },
  descriptions: {
    list: 'The offer catalogue (tilbudskatalog), filtered, by name.',
  },
}) {
  constructor(
    protected readonly records: OffersService,
    private readonly organisations: OrganisationsService,
    private readonly units: UnitsService,
    private readonly taxonomy: TaxonomyService,
    private readonly geography: GeographyService,
  ) {
    super();
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
