import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Ctx, RequestContext, byIdLoader } from '#core';
import { NetworkMember } from '../networks/network.entity.js';
import { SupervisionGroupsService } from './supervision-groups.service.js';
import { SupervisionReadService } from './supervision-read.service.js';
import {
  SupervisionAttendance,
  SupervisionGroup,
  SupervisionHours,
  SupervisionParticipant,
  SupervisionSession,
} from './supervision.entity.js';

@Resolver(() => SupervisionSession)
export class SupervisionSessionResolver {
  constructor(
    private readonly groups: SupervisionGroupsService,
    private readonly read: SupervisionReadService,
  ) {}

  @ResolveField(() => SupervisionGroup, { nullable: true })
  group(@Ctx() ctx: RequestContext, @Parent() session: SupervisionSession): Promise<SupervisionGroup | null> {
    return this.groups.load(ctx, session.groupId);
  }

  @ResolveField(() => Int)
  durationMinutes(@Parent() session: SupervisionSession): number {
    return Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000);
  }

  @ResolveField(() => [SupervisionAttendance], { description: "Coordinators see everyone's attendance; a member only their own." })
  async attendance(@Ctx() ctx: RequestContext, @Parent() session: SupervisionSession): Promise<SupervisionAttendance[]> {
    const group = await this.groups.load(ctx, session.groupId);
    return group ? this.read.attendanceOf(ctx, session, group) : [];
  }
}

@Resolver(() => SupervisionParticipant)
export class SupervisionParticipantResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groups: SupervisionGroupsService,
    private readonly read: SupervisionReadService,
  ) {}

  @ResolveField(() => SupervisionGroup, { nullable: true })
  group(@Ctx() ctx: RequestContext, @Parent() participant: SupervisionParticipant): Promise<SupervisionGroup | null> {
    return this.groups.load(ctx, participant.groupId);
  }

  @ResolveField(() => NetworkMember, { description: 'The network member: name, party, e-mail.' })
  async member(@Ctx() ctx: RequestContext, @Parent() participant: SupervisionParticipant): Promise<NetworkMember> {
    const member = await ctx.load(byIdLoader(NetworkMember), this.dataSource, participant.memberId);
    return member as NetworkMember;
  }

  @ResolveField(() => Int, { nullable: true, description: '1 for the first on the waitlist; null when not waitlisted.' })
  waitlistPosition(@Parent() participant: SupervisionParticipant): Promise<number | null> {
    return this.read.waitlistPosition(participant);
  }
}

@Resolver(() => SupervisionHours)
export class SupervisionHoursResolver {
  constructor(private readonly dataSource: DataSource) {}

  /** Whose hours: the query already let only the member and the network's coordinators see them. */
  @ResolveField(() => NetworkMember, { description: 'The network member the hours are for: name, party, e-mail.' })
  async member(@Ctx() ctx: RequestContext, @Parent() hours: SupervisionHours): Promise<NetworkMember> {
    return (await ctx.load(byIdLoader(NetworkMember), this.dataSource, hours.memberId)) as NetworkMember;
  }
}
