import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConflictError, Ctx, ForbiddenError, NotFoundError, RequestContext, ValidationError, resultUnion, type ResultOf } from '#core';
import { Contact, ContactsService } from '#directory';
import { HandOverRolesInput } from './turnover.inputs.js';
import { RoleHandover } from './turnover.types.js';
import { TurnoverService } from './turnover.service.js';

export const HandOverRolesResult = resultUnion('HandOverRolesResult', [
  RoleHandover,
  ValidationError,
  NotFoundError,
  ConflictError,
  ForbiddenError,
]);

@Resolver(() => RoleHandover)
export class TurnoverResolver {
  constructor(private readonly turnover: TurnoverService) {}

  @Mutation(() => HandOverRolesResult, {
    description:
      "A person left: their situations, deputyships, records, roles and network memberships go to the successor (a person or a function line) in one transaction, searches for them lead to the successor, and the networks' coordinators are told. Editors of the organisation.",
  })
  handOverRoles(@Ctx() ctx: RequestContext, @Args('input') input: HandOverRolesInput): Promise<ResultOf<typeof HandOverRolesResult>> {
    return this.turnover.handOver(ctx, input);
  }

  @Query(() => HandOverRolesResult, {
    description:
      'What handOverRoles would do with the same input, with the same checks and answers, without doing it: nothing is written, no mail is sent. For the preview before the hand-over.',
  })
  handOverRolesPreview(
    @Ctx() ctx: RequestContext,
    @Args('input') input: HandOverRolesInput,
  ): Promise<ResultOf<typeof HandOverRolesResult>> {
    return this.turnover.preview(ctx, input);
  }
}

@Resolver(() => Contact)
export class ContactSuccessorResolver {
  constructor(private readonly contacts: ContactsService) {}

  @ResolveField(() => Contact, {
    nullable: true,
    description: 'Who took over after a person who left (see leftAt): follow it from an old bookmark or search.',
  })
  successor(@Ctx() ctx: RequestContext, @Parent() contact: Contact): Promise<Contact | null> {
    return contact.successorId ? this.contacts.load(ctx, contact.successorId) : Promise.resolve(null);
  }
}
