import { Injectable } from '@nestjs/common';
import { Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Ctx, DateTimeScalar, RequestContext } from '#core';
import { SupervisionAttendanceService } from '../supervision/supervision-attendance.service.js';
import { ParticipantStatus, SupervisionHours } from '../supervision/supervision.entity.js';
import { RegistrationStatus } from '../theme-days/theme-day.entity.js';

@ObjectType({ description: "One of the signed-in person's own theme-day registrations, with the day it is for (Mine data)." })
export class MyThemeDayRegistration {
  @Field(() => ID) id: string;
  @Field(() => ID) themeDayId: string;
  @Field() themeDayTitle: string;
  @Field(() => DateTimeScalar) themeDayStartsAt: Date;
  @Field() networkName: string;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) workplace: string | null;
  @Field(() => RegistrationStatus) status: RegistrationStatus;
  @Field(() => DateTimeScalar) registeredAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) cancelledAt: Date | null;
  @Field(() => Boolean, { nullable: true }) attended: boolean | null;
}

@ObjectType({ description: "The signed-in person's own application to, seat in or waitlist place of a supervision group (Mine data)." })
export class MySupervisionParticipation {
  @Field(() => ID) id: string;
  @Field(() => ID) groupId: string;
  @Field() groupName: string;
  @Field() networkName: string;
  @Field(() => ParticipantStatus) status: ParticipantStatus;
  @Field(() => String, { nullable: true }) motivation: string | null;
  @Field(() => DateTimeScalar) appliedAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) decidedAt: Date | null;
}

/** What the network holds about the signed-in person beyond memberships: theme-day registrations and supervision. */
@Injectable()
export class MyNetworkData {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attendance: SupervisionAttendanceService,
  ) {}

  async registrations(ctx: RequestContext): Promise<MyThemeDayRegistration[]> {
    if (!ctx.accountId) return [];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT r.id, r.theme_day_id, d.title, d.starts_at, n.name AS network_name, r.name, r.email, r.workplace, r.status,
              r.registered_at, r.cancelled_at, r.attended
         FROM theme_day_registration r JOIN theme_day d ON d.id = r.theme_day_id JOIN network n ON n.id = d.network_id
        WHERE r.account_id = $1 ORDER BY d.starts_at DESC, r.id`,
      [ctx.accountId],
    );
    return rows.map((r) =>
      Object.assign(new MyThemeDayRegistration(), {
        id: r.id,
        themeDayId: r.theme_day_id,
        themeDayTitle: r.title,
        themeDayStartsAt: new Date(r.starts_at as string),
        networkName: r.network_name,
        name: r.name,
        email: r.email,
        workplace: r.workplace,
        status: r.status,
        registeredAt: new Date(r.registered_at as string),
        cancelledAt: r.cancelled_at ? new Date(r.cancelled_at as string) : null,
        attended: r.attended,
      }),
    );
  }

  async participations(ctx: RequestContext): Promise<MySupervisionParticipation[]> {
    if (!ctx.accountId) return [];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT p.id, p.group_id, g.name AS group_name, n.name AS network_name, p.status, p.motivation, p.applied_at, p.decided_at
         FROM supervision_participant p
         JOIN network_member m ON m.id = p.member_id
         JOIN supervision_group g ON g.id = p.group_id
         JOIN network n ON n.id = g.network_id
        WHERE m.account_id = $1 ORDER BY p.applied_at DESC, p.id`,
      [ctx.accountId],
    );
    return rows.map((r) =>
      Object.assign(new MySupervisionParticipation(), {
        id: r.id,
        groupId: r.group_id,
        groupName: r.group_name,
        networkName: r.network_name,
        status: r.status,
        motivation: r.motivation,
        appliedAt: new Date(r.applied_at as string),
        decidedAt: r.decided_at ? new Date(r.decided_at as string) : null,
      }),
    );
  }

  /** Hours attended per network membership that has any supervision at all. */
  async hours(ctx: RequestContext): Promise<SupervisionHours[]> {
    if (!ctx.accountId) return [];
    const members: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT m.id FROM network_member m JOIN supervision_participant p ON p.member_id = m.id WHERE m.account_id = $1 ORDER BY m.id`,
      [ctx.accountId],
    );
    const hours = await Promise.all(members.map((m) => this.attendance.hours(ctx, m.id)));
    return hours.filter((h): h is SupervisionHours => h !== null);
  }
}

@Resolver()
export class MyNetworkDataResolver {
  constructor(private readonly mine: MyNetworkData) {}

  @Query(() => [MyThemeDayRegistration], { description: "The signed-in account's own theme-day registrations, newest day first." })
  myThemeDayRegistrations(@Ctx() ctx: RequestContext): Promise<MyThemeDayRegistration[]> {
    return this.mine.registrations(ctx);
  }

  @Query(() => [MySupervisionParticipation], { description: "The signed-in account's own supervision-group applications and seats." })
  mySupervisionParticipations(@Ctx() ctx: RequestContext): Promise<MySupervisionParticipation[]> {
    return this.mine.participations(ctx);
  }

  @Query(() => [SupervisionHours], { description: "The signed-in account's supervision hours, one record per network membership." })
  mySupervisionHours(@Ctx() ctx: RequestContext): Promise<SupervisionHours[]> {
    return this.mine.hours(ctx);
  }
}
