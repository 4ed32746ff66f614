import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, type ResultOf } from '#core';
import { DeleteSynonymGroupResult, SynonymGroupInput, SynonymGroupRecord, SynonymGroupResult } from './synonym.types.js';
import { SynonymsService } from './synonyms.service.js';

@Resolver(() => SynonymGroupRecord)
export class SynonymsResolver {
  constructor(private readonly synonyms: SynonymsService) {}

  @Query(() => [SynonymGroupRecord], { description: 'The synonym and abbreviation groups search uses, by first term.' })
  synonymGroups(): Promise<SynonymGroupRecord[]> {
    return this.synonyms.list();
  }

  @Mutation(() => SynonymGroupResult, {
    description: 'Adds a group of terms that mean the same (administrators and network coordinators). Search uses it at once.',
  })
  createSynonymGroup(@Ctx() ctx: RequestContext, @Args('input') input: SynonymGroupInput): Promise<ResultOf<typeof SynonymGroupResult>> {
    return this.synonyms.create(ctx, input);
  }

  @Mutation(() => SynonymGroupResult, { description: "Replaces a group's terms (administrators and network coordinators)." })
  updateSynonymGroup(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SynonymGroupInput,
  ): Promise<ResultOf<typeof SynonymGroupResult>> {
    return this.synonyms.update(ctx, id, input);
  }

  @Mutation(() => DeleteSynonymGroupResult, { description: 'Removes a group (administrators and network coordinators).' })
  deleteSynonymGroup(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ResultOf<typeof DeleteSynonymGroupResult>> {
    return this.synonyms.delete(ctx, id);
  }
}
