import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConflictError, Ctx, ForbiddenError, NotFoundError, RequestContext, ValidationError, resultUnion, type ResultOf } from '#core';
import { MembersService } from './members.service.js';
import { Network, NetworkMember, NetworkParty } from './network.entity.js';
import { ApplyToNetworkInput, MemberRolesInput } from './network.inputs.js';
import { NetworksService } from './networks.service.js';

export const NetworkMemberResult = resultUnion('NetworkMemberResult', [
  NetworkMember,
  ValidationError,
  NotFoundError,
  ConflictError,
  ForbiddenError,
]);

@Resolver(() => NetworkMember)
export class MemberResolver {
  constructor(
    private readonly members: MembersService,
    private readonly networks: NetworksService,
  ) {}

  @Query(() => [NetworkMember], { description: "The signed-in account's memberships of networks, with their status." })
  myNetworkMemberships(@Ctx() ctx: RequestContext): Promise<NetworkMember[]> {
    return this.members.mine(ctx);
  }

  @Mutation(() => NetworkMemberResult, {
    description: 'Applies to join a network through one of its parties; a key person of the party decides.',
  })
  applyToNetwork(@Ctx() ctx: RequestContext, @Args('input') input: ApplyToNetworkInput): Promise<ResultOf<typeof NetworkMemberResult>> {
    return this.members.apply(ctx, input);
  }

  @Mutation(() => NetworkMemberResult, {
    description: "Approves an application (the party's key persons, coordinators); the applicant is told by mail.",
  })
  approveNetworkMember(
    @Ctx() ctx: RequestContext,
    @Args('memberId', { type: () => ID }) memberId: string,
  ): Promise<ResultOf<typeof NetworkMemberResult>> {
    return this.members.decide(ctx, memberId, true);
  }

  @Mutation(() => NetworkMemberResult, {
    description: "Rejects an application (the party's key persons, coordinators); the applicant is told by mail.",
  })
  rejectNetworkMember(
    @Ctx() ctx: RequestContext,
    @Args('memberId', { type: () => ID }) memberId: string,
  ): Promise<ResultOf<typeof NetworkMemberResult>> {
    return this.members.decide(ctx, memberId, false);
  }

  @Mutation(() => NetworkMemberResult, { description: 'Makes a member key person or steering group member, or not (coordinators).' })
  setNetworkMemberRoles(@Ctx() ctx: RequestContext, @Args('input') input: MemberRolesInput): Promise<ResultOf<typeof NetworkMemberResult>> {
    return this.members.setRoles(ctx, input);
  }

  @Mutation(() => NetworkMemberResult, { description: 'Leaves the network (the signed-in member).' })
  leaveNetwork(
    @Ctx() ctx: RequestContext,
    @Args('networkId', { type: () => ID }) networkId: string,
  ): Promise<ResultOf<typeof NetworkMemberResult>> {
    return this.members.leave(ctx, networkId);
  }

  @ResolveField(() => String, { description: "The member's name." })
  async name(@Ctx() ctx: RequestContext, @Parent() member: NetworkMember): Promise<string> {
    return (await this.members.person(ctx, member.accountId))?.displayName ?? '';
  }

  @ResolveField(() => String, { description: "The member's e-mail address." })
  async email(@Ctx() ctx: RequestContext, @Parent() member: NetworkMember): Promise<string> {
    return (await this.members.person(ctx, member.accountId))?.email ?? '';
  }

  @ResolveField(() => NetworkParty)
  async party(@Ctx() ctx: RequestContext, @Parent() member: NetworkMember): Promise<NetworkParty> {
    return (await this.networks.loadParty(ctx, member.partyId)) as NetworkParty;
  }

  @ResolveField(() => Network)
  async network(@Ctx() ctx: RequestContext, @Parent() member: NetworkMember): Promise<Network> {
    return (await this.networks.load(ctx, member.networkId)) as Network;
  }
}
