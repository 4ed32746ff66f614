import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '../context/request-context.js';
import { ConnectionType, PageArgs, pageWindow, toConnection, type Connection } from '../pagination/connection.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditTrail } from './audit-trail.js';

export const AuditEventConnection = ConnectionType(AuditEvent);

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditTrail) {}

  @Query(() => [AuditEvent], { description: 'Who changed a record and how, newest first (editors of the record, administrators).' })
  history(@Ctx() ctx: RequestContext, @Args('entityId', { type: () => ID }) entityId: string): Promise<AuditEvent[]> {
    return this.audit.history(ctx, entityId);
  }

  @Query(() => AuditEventConnection, {
    description: 'The changes the signed-in account made, newest first (Mine data); empty for an anonymous caller.',
  })
  async myAuditEvents(@Ctx() ctx: RequestContext, @Args() page: PageArgs): Promise<Connection<AuditEvent>> {
    const window = pageWindow(page);
    const { items, total } = await this.audit.mine(ctx, window);
    return toConnection(items, total, window);
  }
}
