import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Account } from './account.entity.js';
import { RoleGrant } from './role-grant.entity.js';

@Resolver(() => Account)
export class AccountResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => [RoleGrant], { description: 'Roles beyond PROFESSIONAL, each for its scope.' })
  grants(@Parent() account: Account): Promise<RoleGrant[]> {
    return this.dataSource.getRepository(RoleGrant).find({ where: { accountId: account.id }, order: { role: 'ASC' } });
  }
}
