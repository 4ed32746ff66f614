import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestContext } from '#core';
import { RegistrationsService } from './registrations.service.js';
import { ThemeDayRegistration } from './theme-day.entity.js';

/** Seat counts and registrations for reading, batched per request. */
@Injectable()
export class ThemeDayReadModel {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationsService,
  ) {}

  counts(ctx: RequestContext, themeDayId: string): Promise<{ confirmed: number; waitlisted: number }> {
    return ctx
      .loader<string, { confirmed: number; waitlisted: number }>('network.themeDayCounts', async (ids) => {
        const rows: { theme_day_id: string; confirmed: string; waitlisted: string }[] = await this.dataSource.query(
          `SELECT theme_day_id, count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed, count(*) FILTER (WHERE status = 'WAITLISTED') AS waitlisted
           FROM theme_day_registration WHERE theme_day_id = ANY($1) GROUP BY theme_day_id`,
          [ids],
        );
        const byDay = new Map(rows.map((r) => [r.theme_day_id, { confirmed: Number(r.confirmed), waitlisted: Number(r.waitlisted) }]));
        return ids.map((id) => byDay.get(id) ?? { confirmed: 0, waitlisted: 0 });
      })
      .load(themeDayId);
  }

  mine(ctx: RequestContext, themeDayId: string): Promise<ThemeDayRegistration | null> {
    const accountId = ctx.accountId;
    if (!accountId) return Promise.resolve(null);
    return ctx
      .loader<string, ThemeDayRegistration | null>('network.myRegistration', async (ids) => {
        const rows = await this.dataSource
          .getRepository(ThemeDayRegistration)
          .createQueryBuilder('r')
          .where('r.theme_day_id = ANY(:ids) AND r.account_id = :accountId', { ids, accountId })
          .orderBy('r.seq', 'DESC')
          .getMany();
        return ids.map((id) => rows.find((r) => r.themeDayId === id) ?? null);
      })
      .load(themeDayId);
  }

  all(themeDayId: string): Promise<ThemeDayRegistration[]> {
    return this.dataSource.getRepository(ThemeDayRegistration).find({ where: { themeDayId }, order: { seq: 'ASC' } });
  }

  position(registration: ThemeDayRegistration): Promise<number | null> {
    return this.registrations.position(this.dataSource.manager, registration);
  }
}
