import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DateTimeScalar, Ctx, RequestContext } from '#core';
import { Offer, Organisation, TaxonomyService, TaxonomyTerm } from '#directory';
import { Region } from '#geography';
import { ThemeDay } from '#network';
import { HandoverEntryPoint, HandoverGuide } from './handover-guide.types.js';
import { HandoverGuideService } from './handover-guide.service.js';
import type { RankedEntryPoint } from './handover-ranking.js';

@Resolver(() => HandoverGuide)
export class HandoverGuideResolver {
  constructor(
    private readonly guides: HandoverGuideService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Query(() => HandoverGuide, {
    description:
      'The handover in one query: who to hand over to in a municipality for an age and situations, at a moment. ' +
      'Takes nothing about the citizen and stores nothing. Unknown municipality or situation, or an age outside 0–120: BAD_USER_INPUT.',
  })
  async handoverGuide(
    @Ctx() ctx: RequestContext,
    @Args('municipalityCode', { description: 'Municipality code ("0217") or name ("Helsingør").' }) municipalityCode: string,
    @Args('age', { type: () => Int, nullable: true, description: 'Age in years, 0–120; offers must include it.' }) age: number | null,
    @Args('situations', {
      type: () => [String],
      nullable: true,
      description: 'Situation keys; their sub-situations and parents match too; none: all.',
    })
    situations: string[] | null,
    @Args('at', {
      type: () => DateTimeScalar,
      nullable: true,
      description: 'The moment, e.g. "2027-02-01T10:00:00+01:00" (default: now, to the minute).',
    })
    at: Date | null,
  ): Promise<HandoverGuide> {
    const request = await this.guides.request({ municipality: municipalityCode, age, situations, at });
    // Asked about now: the answer is this minute's.
    if (!at) ctx.holdsUntil(request.at.getTime() + 60_000);
    return Object.assign(new HandoverGuide(), { municipality: request.municipality, at: request.at, age: request.age, request });
  }

  @ResolveField(() => Region, {
    nullable: true,
    description: 'The region the municipality belongs to at `at` (Region Østdanmark from 2027).',
  })
  region(@Ctx() ctx: RequestContext, @Parent() guide: HandoverGuide): Promise<Region | null> {
    return this.guides.region(ctx, guide.request);
  }

  @ResolveField(() => [TaxonomyTerm], { description: 'The situations asked about.' })
  situations(@Parent() guide: HandoverGuide): Promise<TaxonomyTerm[]> {
    return this.taxonomy.findMany(guide.request.askedSituations);
  }

  @ResolveField(() => [HandoverEntryPoint], {
    description:
      "The one(s) to call now: the municipality's entry points open at `at` whose ages fit, on a situation asked about itself; " +
      'when none of those is open, the open general lines (a parent or sub-situation match, e.g. the duty phone for any discharge). ' +
      "Empty when nothing of the municipality is open: see `entryPoints` for when they open and `regionalEntryPoints` for the region's.",
  })
  async callNow(@Parent() guide: HandoverGuide): Promise<HandoverEntryPoint[]> {
    return entryPoints(await this.guides.callNow(guide.request));
  }

  @ResolveField(() => [HandoverEntryPoint], {
    description:
      "The municipality's live contacts for the situations, ranked for `at`: open first, then an exact situation before a parent or " +
      'sub-situation match, then age fit, then functions before persons (then the one open longest, or opening soonest, then the name). ' +
      'The ones to call now come first and are flagged `callNow`.',
  })
  async entryPoints(@Parent() guide: HandoverGuide): Promise<HandoverEntryPoint[]> {
    return entryPoints(await this.guides.entryPoints(guide.request));
  }

  @ResolveField(() => [HandoverEntryPoint], {
    description: 'Contacts of the regional organisations of the region at `at` for the situations, ranked as `entryPoints`.',
  })
  async regionalEntryPoints(@Parent() guide: HandoverGuide): Promise<HandoverEntryPoint[]> {
    return entryPoints(await this.guides.entryPoints(guide.request, true));
  }

  @ResolveField(() => [Offer], {
    description:
      'Active offers covering the municipality that fit the age and situations; its own first. See `accessRoute` for how to get them.',
  })
  offers(@Parent() guide: HandoverGuide): Promise<Offer[]> {
    return this.guides.offers(guide.request);
  }

  @ResolveField(() => [Organisation], { description: 'Volunteer organisations active there: local branches first, then national ones.' })
  volunteerOrganisations(@Parent() guide: HandoverGuide): Promise<Organisation[]> {
    return this.guides.volunteerOrganisations(guide.request);
  }

  @ResolveField(() => [ThemeDay], {
    description: "Up to five theme days on the situations starting after `at`, of the municipality's networks, that the viewer may see.",
  })
  themeDays(@Ctx() ctx: RequestContext, @Parent() guide: HandoverGuide): Promise<ThemeDay[]> {
    return this.guides.themeDaysFor(ctx, guide.request);
  }
}

const entryPoints = (ranked: RankedEntryPoint[]): HandoverEntryPoint[] =>
  ranked.map((entry) => Object.assign(new HandoverEntryPoint(), entry));
