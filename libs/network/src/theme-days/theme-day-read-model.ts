import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { defineLoader, type RequestContext } from '#core';
import { RegistrationsService } from './registrations.service.js';
import { ThemeDayRegistration } from './theme-day.entity.js';

type Counts = { confirmed: number; waitlisted: number };
const COUNTS = defineLoader<string, Counts>('network.themeDayCounts', async (dataSource, ids) => {
  const rows: { theme_day_id: string; confirmed: string; waitlisted: string }[] = await dataSource.query(
    `SELECT theme_day_id, count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed, count(*) FILTER (WHERE status = 'WAITLISTED') AS waitlisted
     FROM theme_day_registration WHERE theme_day_id = ANY($1) GROUP BY theme_day_id`,
    [ids],
  );
  const byDay = new Map(rows.map((r) => [r.theme_day_id, { confirmed: Number(r.confirmed), waitlisted: Number(r.waitlisted) }]));
  return ids.map((id) => byDay.get(id) ?? { confirmed: 0, waitlisted: 0 });
});

/** The viewer's latest registration for each theme day (`accountId`: the same for the whole request). */
const MINE = defineLoader<string, ThemeDayRegistration | null, { dataSource: DataSource; accountId: string }>(
  'network.myRegistration',
  async ({ dataSource, accountId }, ids) => {
    const rows = await dataSource
      .getRepository(ThemeDayRegistration)
      .createQueryBuilder('r')
      .where('r.theme_day_id = ANY(:ids) AND r.account_id = :accountId', { ids, accountId })
      .orderBy('r.seq', 'DESC')
      .getMany();
    return ids.map((id) => rows.find((r) => r.themeDayId === id) ?? null);
  },
);

/** Seat counts and registrations for reading, batched per request. */
@Injectable()
export class ThemeDayReadModel {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationsService,
  ) {}

  counts(ctx: RequestContext, themeDayId: string): Promise<Counts> {
    return ctx.load(COUNTS, this.dataSource, themeDayId);
  }

  mine(ctx: RequestContext, themeDayId: string): Promise<ThemeDayRegistration | null> {
    const accountId = ctx.accountId;
    if (!accountId) return Promise.resolve(null);
    return ctx.load(MINE, { dataSource: this.dataSource, accountId }, themeDayId);
  }

  all(themeDayId: string): Promise<ThemeDayRegistration[]> {
    return this.dataSource.getRepository(ThemeDayRegistration).find({ where: { themeDayId }, order: { seq: 'ASC' } });
  }

  position(registration: ThemeDayRegistration): Promise<number | null> {
    return this.registrations.position(this.dataSource.manager, registration);
  }
}
