import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DateTimeScalar, Ctx, RequestContext, type ResultOf } from '#core';
import { CoverageRequirement } from './coverage-requirement.entity.js';
import { CoverageRequirementsService } from './coverage-requirements.service.js';
import { CoverageService } from './coverage.service.js';
import { AddCoverageRequirementInput, Coverage, CoverageRequirementResult, RemoveCoverageRequirementResult } from './coverage.types.js';

@Resolver(() => Coverage)
export class CoverageResolver {
  constructor(
    private readonly coverageService: CoverageService,
    private readonly requirements: CoverageRequirementsService,
  ) {}

  @Query(() => Coverage, {
    nullable: true,
    description:
      "Per municipality party of the network: each required entry point (the network's and its region's) and whether it is present and verified, stale or missing, with the contacts found. For the network's coordinators, approved members and administrators; null for an unknown network.",
  })
  coverage(
    @Ctx() ctx: RequestContext,
    @Args('networkId', { type: () => ID }) networkId: string,
    @Args('at', { type: () => DateTimeScalar, nullable: true, description: 'Judge freshness and regions as of this moment (default now).' })
    at: Date | null,
  ): Promise<Coverage | null> {
    return this.coverageService.forViewer(ctx, networkId, at ?? new Date());
  }

  @Query(() => [CoverageRequirement], {
    description: "The requirements of a network (for those who see it) or of a region (key or code; anyone signed in). Give exactly one.",
  })
  coverageRequirements(
    @Ctx() ctx: RequestContext,
    @Args('networkId', { type: () => ID, nullable: true }) networkId: string | null,
    @Args('regionKey', { type: () => String, nullable: true }) regionKey: string | null,
  ): Promise<CoverageRequirement[]> {
    return this.requirements.list(ctx, networkId ?? null, regionKey ?? null);
  }

  @Mutation(() => CoverageRequirementResult, {
    description:
      "Requires an entry point for a situation of every municipality: of a network's municipalities (its coordinators) or of a region's (administrators).",
  })
  addCoverageRequirement(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddCoverageRequirementInput,
  ): Promise<ResultOf<typeof CoverageRequirementResult>> {
    return this.requirements.add(ctx, input);
  }

  @Mutation(() => RemoveCoverageRequirementResult, { description: 'Drops a requirement (as for adding it).' })
  removeCoverageRequirement(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ResultOf<typeof RemoveCoverageRequirementResult>> {
    return this.requirements.remove(ctx, id);
  }
}
