import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AuditEvent, Ctx, RequestContext, byIdLoader } from '#core';
import { Account } from './account.entity.js';

/**
 * The name of who made a change, beside its account id. `history` already answers only editors of the
 * record and administrators; the name is never given to an anonymous viewer all the same.
 */
@Resolver(() => AuditEvent)
export class AuditActorResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'Display name of the account that made the change; null for a change by the system or the link in a mail.',
  })
  async accountName(@Ctx() ctx: RequestContext, @Parent() event: AuditEvent): Promise<string | null> {
    if (!event.accountId || ctx.viewer.kind === 'anonymous') return null;
    const account = await ctx.load(byIdLoader(Account), this.dataSource, event.accountId);
    return account?.displayName ?? null;
  }
}
