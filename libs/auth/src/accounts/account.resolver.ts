import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource, In } from 'typeorm';
import { Ctx, RequestContext, defineLoader, groupByKeys } from '#core';
import { Account } from './account.entity.js';
import { RoleGrant } from './role-grant.entity.js';

/** The grants of many accounts in one query (a page of the administrators' account list). */
const GRANTS_OF_ACCOUNT = defineLoader<string, RoleGrant[]>('RoleGrant.byAccount', async (dataSource, ids) => {
  const rows = await dataSource.getRepository(RoleGrant).find({ where: { accountId: In([...ids]) }, order: { role: 'ASC', id: 'ASC' } });
  return groupByKeys(ids, rows, (row) => row.accountId);
});

@Resolver(() => Account)
export class AccountResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => [RoleGrant], { description: 'Roles beyond PROFESSIONAL, each for its scope.' })
  grants(@Ctx() ctx: RequestContext, @Parent() account: Account): Promise<RoleGrant[]> {
    return ctx.load(GRANTS_OF_ACCOUNT, this.dataSource, account.id);
  }
}
