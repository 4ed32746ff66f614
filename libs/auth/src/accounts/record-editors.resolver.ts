import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '#core';
import { EditorName, RecordEditors } from './record-editors.js';

@Resolver()
export class RecordEditorsResolver {
  constructor(private readonly editors: RecordEditors) {}

  @Query(() => [EditorName], {
    nullable: true,
    description:
      'The accounts that may edit records of the organisation (in the unit, when given), by name: whom an owner can be. ' +
      'Null for anyone who may not edit there.',
  })
  recordEditors(
    @Ctx() ctx: RequestContext,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string | null,
  ): Promise<EditorName[] | null> {
    return this.editors.of(ctx, organisationId, unitId ?? null);
  }
}
