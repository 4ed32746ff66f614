import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DateTimeScalar, Ctx, RequestContext } from '#core';
import { GeoPoint } from '#geography';
import { Contact } from '../contacts/contact.entity.js';
import { Offer } from '../offers/offer.entity.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { UnitsService } from '../units/units.service.js';
import { OpeningHours } from './opening-hours.js';
import { OpeningStatus, openingStatusAt } from './opening-status.js';

const AT = {
  type: () => DateTimeScalar,
  nullable: true,
  description: 'The moment to ask about (default: now), e.g. "2026-04-03T10:00:00+02:00".',
};

@Resolver(() => Contact)
export class ContactPlaceTimeResolver {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly units: UnitsService,
  ) {}

  @ResolveField(() => OpeningStatus, { nullable: true, description: 'Open at `at`, and when it next opens (null: no opening hours).' })
  openingStatus(@Ctx() ctx: RequestContext, @Parent() contact: Contact, @Args('at', AT) at?: Date | null): OpeningStatus | null {
    return openingStatusAt(ctx, contact.openingHours, at);
  }

  @ResolveField(() => String, { nullable: true, description: "Its unit's address, else its organisation's." })
  async address(@Ctx() ctx: RequestContext, @Parent() contact: Contact): Promise<string | null> {
    return (await this.places(ctx, contact)).find((p) => p?.address)?.address ?? null;
  }

  @ResolveField(() => GeoPoint, { nullable: true, description: "Its unit's coordinates, else its organisation's." })
  async location(@Ctx() ctx: RequestContext, @Parent() contact: Contact): Promise<GeoPoint | null> {
    return (await this.places(ctx, contact)).find((p) => p?.location)?.location ?? null;
  }

  private places(ctx: RequestContext, contact: Contact) {
    return Promise.all([
      contact.unitId ? this.units.load(ctx, contact.unitId) : Promise.resolve(null),
      this.organisations.load(ctx, contact.organisationId),
    ]);
  }
}

@Resolver(() => Offer)
export class OfferOpeningResolver {
  @ResolveField(() => OpeningStatus, { nullable: true, description: 'Open at `at`, and when it next opens (null: no opening hours).' })
  openingStatus(@Ctx() ctx: RequestContext, @Parent() offer: Offer, @Args('at', AT) at?: Date | null): OpeningStatus | null {
    return openingStatusAt(ctx, offer.openingHours, at);
  }
}

@Resolver(() => OpeningHours)
export class OpeningHoursResolver {
  @ResolveField(() => Boolean, {
    description: 'The weekly hours apply on Danish public holidays too; otherwise closed on them unless an exception says so.',
  })
  openOnHolidays(@Parent() hours: OpeningHours): boolean {
    return hours.openOnHolidays ?? false;
  }
}
