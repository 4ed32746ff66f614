import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, PageArgs, RequestContext, type Connection, type ResultOf } from '#core';
import { Account } from '../accounts/account.entity.js';
import { AccountAdmin } from './account-admin.service.js';
import {
  AccountConnection,
  AccountFilter,
  AccountResult,
  GrantRoleInput,
  GrantRoleResult,
  RevokeRoleResult,
} from './account-admin.types.js';

@Resolver()
export class AccountAdminResolver {
  constructor(private readonly admin: AccountAdmin) {}

  @Query(() => AccountConnection, { description: 'Every account, by name then e-mail (administrators).' })
  accounts(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => AccountFilter, nullable: true }) filter: AccountFilter | null,
    @Args() page: PageArgs,
  ): Promise<Connection<Account>> {
    return this.admin.list(ctx, filter, page);
  }

  @Query(() => Account, { nullable: true, description: 'One account with its grants (administrators).' })
  account(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Account | null> {
    return this.admin.find(ctx, id);
  }

  @Mutation(() => AccountResult, {
    description: 'Stops an account from signing in and ends its sessions; its history stays (administrators).',
  })
  deactivateAccount(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ResultOf<typeof AccountResult>> {
    return this.admin.deactivate(ctx, id);
  }

  @Mutation(() => GrantRoleResult, { description: 'Gives an account a role for an organisation, unit or network (administrators).' })
  grantRole(@Ctx() ctx: RequestContext, @Args('input') input: GrantRoleInput): Promise<ResultOf<typeof GrantRoleResult>> {
    return this.admin.grant(ctx, input);
  }

  @Mutation(() => RevokeRoleResult, { description: 'Takes a role grant away (administrators).' })
  revokeRole(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ResultOf<typeof RevokeRoleResult>> {
    return this.admin.revoke(ctx, id);
  }
}
