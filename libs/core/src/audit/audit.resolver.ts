import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '../context/request-context.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditTrail } from './audit-trail.js';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditTrail) {}

  @Query(() => [AuditEvent], { description: 'Who changed a record and how, newest first (editors of the record, administrators).' })
  history(@Ctx() ctx: RequestContext, @Args('entityId', { type: () => ID }) entityId: string): Promise<AuditEvent[]> {
    return this.audit.history(ctx, entityId);
  }
}
