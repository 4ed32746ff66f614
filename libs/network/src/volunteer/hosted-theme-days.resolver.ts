import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Ctx, RequestContext, groupByKeys } from '#core';
import { Organisation } from '#directory';
import { networksOfViewer } from '../shared/network-access.js';
import { ThemeDay, ThemeDayVisibility } from '../theme-days/theme-day.entity.js';

/** The theme days an organisation (often a volunteer organisation) hosts, on the directory's Organisation type. */
@Resolver(() => Organisation)
export class HostedThemeDaysResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => [ThemeDay], {
    description:
      'Theme days the organisation hosts, by start: public ones for everyone, members-only ones for members and coordinators of their network.',
  })
  async hostedThemeDays(
    @Ctx() ctx: RequestContext,
    @Parent() organisation: Organisation,
    @Args('upcomingOnly', { type: () => Boolean, defaultValue: true, description: 'Only days that have not ended.' }) upcomingOnly: boolean,
  ): Promise<ThemeDay[]> {
    const networks = await this.viewerNetworks(ctx);
    return ctx
      .loader<string, ThemeDay[]>(`network.hostedThemeDays:${upcomingOnly}`, async (ids) => {
        const query = this.dataSource
          .getRepository(ThemeDay)
          .createQueryBuilder('d')
          .where('d.host_organisation_id IN (:...ids)', { ids })
          .orderBy('d.starts_at')
          .addOrderBy('d.id');
        if (upcomingOnly) query.andWhere('d.ends_at >= :now', { now: new Date() });
        if (!ctx.isAdmin) {
          query.andWhere('(d.visibility = :public OR d.network_id = ANY(:networks))', {
            public: ThemeDayVisibility.PUBLIC,
            networks,
          });
        }
        return groupByKeys(ids, await query.getMany(), (d) => d.hostOrganisationId as string);
      })
      .load(organisation.id);
  }

  /** Networks whose members-only days the viewer may see; asked once per request. */
  private viewerNetworks(ctx: RequestContext): Promise<string[]> {
    return ctx
      .loader<'viewer', string[]>('network.viewerNetworks', async (keys) => {
        const networks = await networksOfViewer(this.dataSource.manager, ctx);
        return keys.map(() => networks);
      })
      .load('viewer');
  }
}
