import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Ctx, RequestContext, defineLoader, groupByKeys } from '#core';
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
    const networks = await ctx.load(VIEWER_NETWORKS, { dataSource: this.dataSource, ctx }, 'viewer');
    const viewing = { dataSource: this.dataSource, seesAll: ctx.isAdmin, networks };
    const days = await ctx.load(upcomingOnly ? UPCOMING_HOSTED : ALL_HOSTED, viewing, organisation.id);
    // A day leaves the upcoming ones once it has ended.
    if (upcomingOnly) for (const day of days) ctx.holdsUntil(day.endsAt.getTime() + 1);
    return days;
  }
}

/** Networks whose members-only days the viewer may see; asked once per request. */
const VIEWER_NETWORKS = defineLoader<'viewer', string[], { dataSource: DataSource; ctx: RequestContext }>(
  'network.viewerNetworks',
  async ({ dataSource, ctx }, keys) => {
    const networks = await networksOfViewer(dataSource.manager, ctx);
    return keys.map(() => networks);
  },
);

/** What the viewer may see: every day (administrators), or public days and those of `networks`. */
type Viewing = { dataSource: DataSource; seesAll: boolean; networks: string[] };

function hostedThemeDays(upcomingOnly: boolean) {
  return defineLoader<string, ThemeDay[], Viewing>(`network.hostedThemeDays:${upcomingOnly}`, async (viewing, ids) => {
    const query = viewing.dataSource
      .getRepository(ThemeDay)
      .createQueryBuilder('d')
      .where('d.host_organisation_id IN (:...ids)', { ids })
      .orderBy('d.starts_at')
      .addOrderBy('d.id');
    if (upcomingOnly) query.andWhere('d.ends_at >= :now', { now: new Date() });
    if (!viewing.seesAll) {
      query.andWhere('(d.visibility = :public OR d.network_id = ANY(:networks))', {
        public: ThemeDayVisibility.PUBLIC,
        networks: viewing.networks,
      });
    }
    return groupByKeys(ids, await query.getMany(), (d) => d.hostOrganisationId as string);
  });
}
const UPCOMING_HOSTED = hostedThemeDays(true);
const ALL_HOSTED = hostedThemeDays(false);
