import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ConflictError,
  ConnectionType,
  Ctx,
  Deleted,
  ForbiddenError,
  LocalDateScalar,
  NotFoundError,
  PageArgs,
  RequestContext,
  ValidationError,
  resultUnion,
  todayInDenmark,
  MUTATION_FAILURES,
  type Connection,
  type ResultOf,
} from '#core';
import { Organisation, OrganisationsService, Unit, UnitsService } from '#directory';
import { Region } from '#geography';
import { isCoordinator } from '../shared/network-access.js';
import { MembersService } from './members.service.js';
import { Network, NetworkMember, NetworkParty } from './network.entity.js';
import { AddPartyInput, CreateNetworkInput, MemberFilter, UpdateNetworkInput } from './network.inputs.js';
import { NetworksService } from './networks.service.js';

export const NetworkConnection = ConnectionType(Network);
export const NetworkMemberConnection = ConnectionType(NetworkMember);
export const NetworkResult = resultUnion('NetworkResult', [Network, ValidationError, NotFoundError, ConflictError, ForbiddenError]);
export const NetworkPartyResult = resultUnion('NetworkPartyResult', [
  NetworkParty,
  ValidationError,
  NotFoundError,
  ConflictError,
  ForbiddenError,
]);
export const RemovePartyResult = resultUnion('RemovePartyResult', [Deleted, ...MUTATION_FAILURES]);

@Resolver(() => Network)
export class NetworkResolver {
  constructor(
    private readonly networks: NetworksService,
    private readonly members: MembersService,
  ) {}

  @Query(() => Network, { nullable: true })
  network(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Network | null> {
    return this.networks.load(ctx, id);
  }

  @Query(() => NetworkConnection, { name: 'networks', description: 'Every network, by name.' })
  listNetworks(@Args() page: PageArgs): Promise<Connection<Network>> {
    return this.networks.list(page);
  }

  @Mutation(() => NetworkResult, { description: 'Creates a network (administrators).' })
  createNetwork(@Ctx() ctx: RequestContext, @Args('input') input: CreateNetworkInput): Promise<ResultOf<typeof NetworkResult>> {
    return this.networks.create(ctx, input);
  }

  @Mutation(() => NetworkResult, { description: "Changes a network's name, description or address (its coordinators)." })
  updateNetwork(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateNetworkInput,
  ): Promise<ResultOf<typeof NetworkResult>> {
    return this.networks.update(ctx, id, input);
  }

  @Mutation(() => NetworkPartyResult, { description: 'Adds a municipality, regional unit or volunteer organisation (coordinators).' })
  addNetworkParty(@Ctx() ctx: RequestContext, @Args('input') input: AddPartyInput): Promise<ResultOf<typeof NetworkPartyResult>> {
    return this.networks.addParty(ctx, input);
  }

  @Mutation(() => RemovePartyResult, { description: 'Removes a party with no members left (coordinators).' })
  removeNetworkParty(
    @Ctx() ctx: RequestContext,
    @Args('partyId', { type: () => ID }) partyId: string,
  ): Promise<ResultOf<typeof RemovePartyResult>> {
    return this.networks.removeParty(ctx, partyId);
  }

  @Mutation(() => NetworkResult, {
    description: 'Makes an account a coordinator of the network, or no longer (administrators). Takes effect at its next sign-in.',
  })
  setNetworkCoordinator(
    @Ctx() ctx: RequestContext,
    @Args('networkId', { type: () => ID }) networkId: string,
    @Args('accountId', { type: () => ID }) accountId: string,
    @Args('coordinator', { defaultValue: true }) coordinator: boolean,
  ): Promise<ResultOf<typeof NetworkResult>> {
    return this.networks.setCoordinator(ctx, networkId, accountId, coordinator);
  }

  @ResolveField(() => [NetworkParty])
  parties(@Ctx() ctx: RequestContext, @Parent() network: Network): Promise<NetworkParty[]> {
    return this.networks.partiesOf(ctx, network.id);
  }

  @ResolveField(() => [Region], { description: "The parties' regions on a date (default today): after 2027-01-01 Region Østdanmark." })
  async regions(
    @Ctx() ctx: RequestContext,
    @Parent() network: Network,
    @Args('at', { type: () => LocalDateScalar, nullable: true }) at: string | null,
  ): Promise<Region[]> {
    const parties = await this.networks.partiesOf(ctx, network.id);
    const regions = await Promise.all(parties.map((p) => this.networks.regionOfParty(ctx, p, at ?? todayInDenmark())));
    const byKey = new Map(regions.filter((r): r is Region => r !== null).map((r) => [r.key, r]));
    return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  }

  @ResolveField(() => [String], { description: "The coordinators' names." })
  coordinators(@Parent() network: Network): Promise<string[]> {
    return this.networks.coordinatorNames(network.id);
  }

  @ResolveField(() => NetworkMemberConnection, {
    name: 'members',
    description: 'Members: coordinators see all; key persons also applications to their party; members see approved members.',
  })
  listMembers(
    @Ctx() ctx: RequestContext,
    @Parent() network: Network,
    @Args('filter', { type: () => MemberFilter, nullable: true }) filter: MemberFilter | null,
    @Args() page: PageArgs,
  ): Promise<Connection<NetworkMember>> {
    return this.members.list(ctx, network.id, filter ?? {}, page);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer coordinates this network.' })
  viewerIsCoordinator(@Ctx() ctx: RequestContext, @Parent() network: Network): boolean {
    return ctx.accountId !== null && isCoordinator(ctx, network.id);
  }
}

@Resolver(() => NetworkParty)
export class NetworkPartyResolver {
  constructor(
    private readonly networks: NetworksService,
    private readonly members: MembersService,
    private readonly organisations: OrganisationsService,
    private readonly units: UnitsService,
  ) {}

  @ResolveField(() => Network)
  async network(@Ctx() ctx: RequestContext, @Parent() party: NetworkParty): Promise<Network> {
    return (await this.networks.load(ctx, party.networkId)) as Network;
  }

  @ResolveField(() => Organisation)
  async organisation(@Ctx() ctx: RequestContext, @Parent() party: NetworkParty): Promise<Organisation> {
    return (await this.organisations.load(ctx, party.organisationId)) as Organisation;
  }

  @ResolveField(() => Unit, { nullable: true, description: 'For a regional unit: the unit.' })
  unit(@Ctx() ctx: RequestContext, @Parent() party: NetworkParty): Promise<Unit | null> {
    return party.unitId ? this.units.load(ctx, party.unitId) : Promise.resolve(null);
  }

  @ResolveField(() => String, { description: 'The unit name for a regional unit, else the organisation name.' })
  async name(@Ctx() ctx: RequestContext, @Parent() party: NetworkParty): Promise<string> {
    const unit = party.unitId ? await this.units.load(ctx, party.unitId) : null;
    const org = await this.organisations.load(ctx, party.organisationId);
    return unit ? `${unit.name} (${org?.name ?? ''})` : (org?.name ?? '');
  }

  @ResolveField(() => Int, { description: 'Approved members through this party.' })
  memberCount(@Ctx() ctx: RequestContext, @Parent() party: NetworkParty): Promise<number> {
    return this.members.memberCount(ctx, party.id);
  }

  @ResolveField(() => Region, { nullable: true, description: "The party's region on a date (default today)." })
  region(
    @Ctx() ctx: RequestContext,
    @Parent() party: NetworkParty,
    @Args('at', { type: () => LocalDateScalar, nullable: true }) at: string | null,
  ): Promise<Region | null> {
    return this.networks.regionOfParty(ctx, party, at ?? todayInDenmark());
  }
}
