import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Deleted, RequestContext, resultUnion, MUTATION_FAILURES, type ResultOf } from '#core';
import { TaxonomyService, TaxonomyTerm } from '#directory';
import { GeographyService, Municipality } from '#geography';
import { Network, NetworksService } from '#network';
import { ChangeSubscription } from './change-subscription.entity.js';
import { SubscribeToChangesInput } from './change-subscription.inputs.js';
import { ChangeSubscriptionsService } from './change-subscriptions.service.js';

export const ChangeSubscriptionResult = resultUnion('ChangeSubscriptionResult', [ChangeSubscription, ...MUTATION_FAILURES]);
export const UnsubscribeFromChangesResult = resultUnion('UnsubscribeFromChangesResult', [Deleted, ...MUTATION_FAILURES]);

@Resolver(() => ChangeSubscription)
export class ChangeSubscriptionResolver {
  constructor(
    private readonly subscriptions: ChangeSubscriptionsService,
    private readonly networks: NetworksService,
    private readonly geography: GeographyService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Query(() => [ChangeSubscription], { description: 'Your subscriptions to the weekly change digest (signed in).' })
  myChangeSubscriptions(@Ctx() ctx: RequestContext): Promise<ChangeSubscription[]> {
    return this.subscriptions.mine(ctx);
  }

  @Mutation(() => ChangeSubscriptionResult, {
    description:
      "Subscribes you to a weekly digest of changed contacts and offers in chosen municipalities and situations, or replaces your choice for the network (the network's approved members and coordinators).",
  })
  subscribeToChanges(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SubscribeToChangesInput,
  ): Promise<ResultOf<typeof ChangeSubscriptionResult>> {
    return this.subscriptions.subscribe(ctx, input);
  }

  @Mutation(() => UnsubscribeFromChangesResult, { description: 'Ends your change digest for the network.' })
  unsubscribeFromChanges(
    @Ctx() ctx: RequestContext,
    @Args('networkId', { type: () => ID }) networkId: string,
  ): Promise<ResultOf<typeof UnsubscribeFromChangesResult>> {
    return this.subscriptions.unsubscribe(ctx, networkId);
  }

  @ResolveField(() => Network, { nullable: true })
  network(@Ctx() ctx: RequestContext, @Parent() subscription: ChangeSubscription): Promise<Network | null> {
    return this.networks.load(ctx, subscription.networkId);
  }

  @ResolveField(() => [Municipality])
  async municipalities(@Ctx() ctx: RequestContext, @Parent() subscription: ChangeSubscription): Promise<Municipality[]> {
    const found = await Promise.all(subscription.municipalityCodes.map((code) => this.geography.findMunicipality(ctx, code)));
    return found.filter((m): m is Municipality => m !== null);
  }

  @ResolveField(() => [TaxonomyTerm], { description: 'Each includes its sub-situations. Empty: every situation.' })
  situations(@Parent() subscription: ChangeSubscription): Promise<TaxonomyTerm[]> {
    return this.taxonomy.findMany(subscription.situationKeys);
  }
}
