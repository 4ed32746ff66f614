import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, Ctx, PageArgs, RequestContext, resultUnion, MUTATION_FAILURES, type Connection, type ResultOf } from '#core';
import { Network } from '../networks/network.entity.js';
import { NetworksService } from '../networks/networks.service.js';
import { isCoordinator } from '../shared/network-access.js';
import { SupervisionAttendanceService } from './supervision-attendance.service.js';
import { SupervisionGroupsService } from './supervision-groups.service.js';
import { SupervisionParticipantsService } from './supervision-participants.service.js';
import { SupervisionReadService } from './supervision-read.service.js';
import {
  ParticipantStatus,
  SectorCap,
  SupervisionGroup,
  SupervisionHours,
  SupervisionParticipant,
  SupervisionSession,
} from './supervision.entity.js';
import { CreateSupervisionGroupInput, UpdateSupervisionGroupInput } from './supervision.inputs.js';

export const SupervisionGroupConnection = ConnectionType(SupervisionGroup);
export const SupervisionGroupResult = resultUnion('SupervisionGroupResult', [SupervisionGroup, ...MUTATION_FAILURES]);
export const SupervisionSessionResult = resultUnion('SupervisionSessionResult', [SupervisionSession, ...MUTATION_FAILURES]);
export const SupervisionParticipantResult = resultUnion('SupervisionParticipantResult', [SupervisionParticipant, ...MUTATION_FAILURES]);

@Resolver(() => SupervisionGroup)
export class SupervisionGroupResolver {
  constructor(
    private readonly groups: SupervisionGroupsService,
    private readonly applications: SupervisionParticipantsService,
    private readonly attendance: SupervisionAttendanceService,
    private readonly read: SupervisionReadService,
    private readonly networks: NetworksService,
  ) {}

  @Query(() => SupervisionGroup, { nullable: true, description: "A supervision group, for its network's members and coordinators." })
  supervisionGroup(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<SupervisionGroup | null> {
    return this.groups.load(ctx, id);
  }

  @Query(() => SupervisionGroupConnection, {
    description: "A network's supervision groups, for its members and coordinators; empty for anyone else.",
  })
  supervisionGroups(
    @Ctx() ctx: RequestContext,
    @Args('networkId', { type: () => ID }) networkId: string,
    @Args() page: PageArgs,
  ): Promise<Connection<SupervisionGroup>> {
    return this.groups.list(ctx, networkId, page);
  }

  @Query(() => SupervisionHours, {
    nullable: true,
    description:
      "Hours of supervision a network member attended, in total and per group. Only the member and the network's coordinators; null for anyone else, as for an unknown member.",
  })
  supervisionHours(@Ctx() ctx: RequestContext, @Args('memberId', { type: () => ID }) memberId: string): Promise<SupervisionHours | null> {
    return this.attendance.hours(ctx, memberId);
  }

  @Query(() => String, {
    nullable: true,
    description:
      'Printable record (an HTML document) of the supervision sessions and hours a member attended; also at GET /supervision/record/:memberId. Same access as supervisionHours.',
  })
  supervisionRecord(@Ctx() ctx: RequestContext, @Args('memberId', { type: () => ID }) memberId: string): Promise<string | null> {
    return this.attendance.record(ctx, memberId);
  }

  @Mutation(() => SupervisionGroupResult, { description: 'Creates a supervision group with its sessions through a year (coordinators).' })
  createSupervisionGroup(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateSupervisionGroupInput,
  ): Promise<ResultOf<typeof SupervisionGroupResult>> {
    return this.groups.create(ctx, input);
  }

  @Mutation(() => SupervisionGroupResult, {
    description: 'Changes a supervision group (coordinators); a new schedule regenerates the future sessions nobody has attended.',
  })
  updateSupervisionGroup(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSupervisionGroupInput,
  ): Promise<ResultOf<typeof SupervisionGroupResult>> {
    return this.groups.update(ctx, id, input);
  }

  @Mutation(() => SupervisionSessionResult, { description: 'Cancels one session that has not begun (coordinators).' })
  cancelSupervisionSession(
    @Ctx() ctx: RequestContext,
    @Args('sessionId', { type: () => ID }) sessionId: string,
  ): Promise<ResultOf<typeof SupervisionSessionResult>> {
    return this.groups.cancelSession(ctx, sessionId);
  }

  @Mutation(() => SupervisionParticipantResult, {
    description: "Applies for a seat (approved members of the group's network); a coordinator decides.",
  })
  applyToSupervisionGroup(
    @Ctx() ctx: RequestContext,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('motivation', { type: () => String, nullable: true }) motivation: string | null,
  ): Promise<ResultOf<typeof SupervisionParticipantResult>> {
    return this.applications.apply(ctx, groupId, motivation);
  }

  @Mutation(() => SupervisionParticipantResult, {
    description:
      'Approves (a seat when the group, party cap and sector cap allow, else the waitlist) or rejects an application (coordinators). The applicant is told by mail.',
  })
  decideSupervisionApplication(
    @Ctx() ctx: RequestContext,
    @Args('participantId', { type: () => ID }) participantId: string,
    @Args('approve') approve: boolean,
  ): Promise<ResultOf<typeof SupervisionParticipantResult>> {
    return this.applications.decide(ctx, participantId, approve);
  }

  @Mutation(() => SupervisionParticipantResult, {
    description: "Withdraws the signed-in member's application or seat; a freed seat goes to the first waitlisted applicant who fits.",
  })
  withdrawFromSupervisionGroup(
    @Ctx() ctx: RequestContext,
    @Args('groupId', { type: () => ID }) groupId: string,
  ): Promise<ResultOf<typeof SupervisionParticipantResult>> {
    return this.applications.withdraw(ctx, groupId);
  }

  @Mutation(() => SupervisionSessionResult, {
    description: 'Marks participants as attending a session or not (coordinators), once it has begun.',
  })
  markSupervisionAttendance(
    @Ctx() ctx: RequestContext,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('participantIds', { type: () => [ID] }) participantIds: string[],
    @Args('attended', { defaultValue: true }) attended: boolean,
  ): Promise<ResultOf<typeof SupervisionSessionResult>> {
    return this.attendance.mark(ctx, sessionId, participantIds, attended);
  }

  @ResolveField(() => Network)
  async network(@Ctx() ctx: RequestContext, @Parent() group: SupervisionGroup): Promise<Network> {
    return (await this.networks.load(ctx, group.networkId)) as Network;
  }

  @ResolveField(() => [SectorCap], { description: 'At most this many seats per sector of the parties.' })
  sectorCaps(@Parent() group: SupervisionGroup): SectorCap[] {
    return Object.entries(group.sectorCapMap).map(([sector, max]) => Object.assign(new SectorCap(), { sector, max }));
  }

  @ResolveField(() => [SupervisionSession], { description: 'Every session, cancelled ones too, by time.' })
  sessions(@Ctx() ctx: RequestContext, @Parent() group: SupervisionGroup): Promise<SupervisionSession[]> {
    return this.read.sessionsOf(ctx, group.id);
  }

  @ResolveField(() => [SupervisionParticipant], {
    description: 'Coordinators see every participant in application order; a member sees only their own participation.',
  })
  participants(
    @Ctx() ctx: RequestContext,
    @Parent() group: SupervisionGroup,
    @Args('status', { type: () => ParticipantStatus, nullable: true }) status: ParticipantStatus | null,
  ): Promise<SupervisionParticipant[]> {
    return this.read.participantsOf(ctx, group, status);
  }

  @ResolveField(() => SupervisionParticipant, { nullable: true, description: "The viewer's application or seat, if any." })
  myParticipation(@Ctx() ctx: RequestContext, @Parent() group: SupervisionGroup): Promise<SupervisionParticipant | null> {
    return this.read.mine(ctx, group.id);
  }

  @ResolveField(() => Int, { description: 'Participants with a seat.' })
  async seatsTaken(@Ctx() ctx: RequestContext, @Parent() group: SupervisionGroup): Promise<number> {
    return (await this.read.counts(ctx, group.id)).seatsTaken;
  }

  @ResolveField(() => Int, { description: 'Approved applicants waiting for a seat.' })
  async waitlistCount(@Ctx() ctx: RequestContext, @Parent() group: SupervisionGroup): Promise<number> {
    return (await this.read.counts(ctx, group.id)).waitlistCount;
  }

  @ResolveField(() => Int, { description: 'Applications waiting for a decision.' })
  async pendingCount(@Ctx() ctx: RequestContext, @Parent() group: SupervisionGroup): Promise<number> {
    return (await this.read.counts(ctx, group.id)).pendingCount;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer coordinates the group’s network.' })
  viewerIsCoordinator(@Ctx() ctx: RequestContext, @Parent() group: SupervisionGroup): boolean {
    return ctx.accountId !== null && isCoordinator(ctx, group.networkId);
  }
}
