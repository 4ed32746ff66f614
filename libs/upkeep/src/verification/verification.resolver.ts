import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConflictError, Ctx, NotFoundError, PageArgs, RequestContext, resultUnion, type Connection, type ResultOf } from '#core';
import { Contact, ContactsService, Offer, OffersService } from '#directory';
import { VerificationQueueService } from './verification-queue.service.js';
import {
  VERIFICATION_LEAD_DAYS,
  VerifiableRecordType,
  VerificationConfirmed,
  VerificationQueueConnection,
  VerificationQueueItem,
} from './verification.types.js';

export const ConfirmVerificationResult = resultUnion('ConfirmVerificationResult', [VerificationConfirmed, NotFoundError, ConflictError]);

@Resolver(() => VerificationQueueItem)
export class VerificationResolver {
  constructor(
    private readonly queue: VerificationQueueService,
    private readonly contacts: ContactsService,
    private readonly offers: OffersService,
  ) {}

  @Query(() => VerificationQueueConnection, {
    description:
      "Contacts and offers of an organisation that are overdue or due within `withinDays`, soonest first, with their owner and whether they were escalated. For administrators and the organisation's editors and key persons; unit editors see their units' records, owners their own.",
  })
  verificationQueue(
    @Ctx() ctx: RequestContext,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('withinDays', { type: () => Int, defaultValue: VERIFICATION_LEAD_DAYS }) withinDays: number,
    @Args() page: PageArgs,
  ): Promise<Connection<VerificationQueueItem>> {
    return this.queue.queue(ctx, organisationId, withinDays, page);
  }

  @Mutation(() => ConfirmVerificationResult, {
    description:
      'Confirms one record as still correct with the token of a confirm link from a verification mail (the part after /bekraeft/). Needs no sign-in; each token works once.',
  })
  confirmVerification(@Args('token') token: string): Promise<ResultOf<typeof ConfirmVerificationResult>> {
    return this.queue.confirm(token);
  }

  @ResolveField(() => Contact, { nullable: true })
  contact(@Ctx() ctx: RequestContext, @Parent() item: VerificationQueueItem): Promise<Contact | null> | null {
    return item.recordType === VerifiableRecordType.CONTACT ? this.contacts.load(ctx, item.id) : null;
  }

  @ResolveField(() => Offer, { nullable: true })
  offer(@Ctx() ctx: RequestContext, @Parent() item: VerificationQueueItem): Promise<Offer | null> | null {
    return item.recordType === VerifiableRecordType.OFFER ? this.offers.load(ctx, item.id) : null;
  }
}
