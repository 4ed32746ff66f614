import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { Ctx, LocalDateScalar, RequestContext, todayInDenmark } from '#core';
import { GeographyService } from './geography.service.js';
import { Municipality } from './municipality.entity.js';
import { MunicipalityRegion } from './municipality-region.entity.js';
import { Region } from './region.entity.js';

const AT = { type: () => LocalDateScalar, nullable: true, description: 'Date to ask about (default: today in Denmark).' };

@Resolver(() => Municipality)
export class MunicipalityResolver {
  constructor(private readonly geography: GeographyService) {}

  @Query(() => Municipality, { nullable: true, description: 'A municipality by its four-digit code, e.g. "0217".' })
  municipality(@Ctx() ctx: RequestContext, @Args('code') code: string): Promise<Municipality | null> {
    if (!this.geography.isMunicipalityCode(code)) {
      throw new GraphQLError(`Kommunekode skal være fire cifre, fx "0217" (fik "${code}").`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return this.geography.findMunicipality(ctx, code);
  }

  @Query(() => [Municipality], { description: 'All 98 municipalities by name, or those of one region (key or code) on a date.' })
  municipalities(
    @Args('region', { type: () => String, nullable: true }) region?: string | null,
    @Args('at', AT) at?: string | null,
  ): Promise<Municipality[]> {
    return this.geography.listMunicipalities(region, at ?? undefined);
  }

  @ResolveField(() => Region, { nullable: true, description: 'The region the municipality belongs to on `at`.' })
  region(@Ctx() ctx: RequestContext, @Parent() municipality: Municipality, @Args('at', AT) at?: string | null): Promise<Region | null> {
    return this.geography.regionOf(ctx, municipality.code, at ?? todayInDenmark());
  }

  @ResolveField(() => [MunicipalityRegion], { description: 'Region membership over time.' })
  regionHistory(@Ctx() ctx: RequestContext, @Parent() municipality: Municipality): Promise<MunicipalityRegion[]> {
    return this.geography.memberships(ctx, municipality.code);
  }
}

@Resolver(() => MunicipalityRegion)
export class MunicipalityRegionResolver {
  constructor(private readonly geography: GeographyService) {}

  @ResolveField(() => Region)
  async region(@Ctx() ctx: RequestContext, @Parent() membership: MunicipalityRegion): Promise<Region | null> {
    return this.geography.findRegion(ctx, membership.regionKey);
  }
}

@Resolver(() => Region)
export class RegionResolver {
  constructor(private readonly geography: GeographyService) {}

  @Query(() => Region, { nullable: true, description: 'A region by key ("hovedstaden") or official code ("1084").' })
  region(@Ctx() ctx: RequestContext, @Args('key') key: string): Promise<Region | null> {
    return this.geography.findRegion(ctx, key);
  }

  @Query(() => [Region], { description: 'The regions in force on `at` (default today): five until 2026, four from 2027.' })
  regions(@Args('at', AT) at?: string | null): Promise<Region[]> {
    return this.geography.listRegions(at ?? undefined);
  }

  @ResolveField(() => Region, { nullable: true, description: 'The region that took over, e.g. Region Østdanmark.' })
  succeededBy(@Ctx() ctx: RequestContext, @Parent() region: Region): Promise<Region | null> {
    return region.succeededBy ? this.geography.findRegion(ctx, region.succeededBy) : Promise.resolve(null);
  }

  @ResolveField(() => [Municipality], {
    description: "Municipalities in the region on `at` (default: today, or the region's first day if later).",
  })
  municipalities(@Parent() region: Region, @Args('at', AT) at?: string | null): Promise<Municipality[]> {
    const today = todayInDenmark();
    const when = at ?? (region.validFrom > today ? region.validFrom : region.validTo && region.validTo < today ? region.validTo : today);
    return this.geography.listMunicipalities(region.key, when);
  }
}
