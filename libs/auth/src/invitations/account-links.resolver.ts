import { Args, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, ValidationError, resultUnion, MUTATION_FAILURES, type ResultOf } from '#core';
import { Account } from '../accounts/account.entity.js';
import { Role } from '../accounts/role-grant.entity.js';
import { AuthenticationError, Session } from '../sessions/session.types.js';
import { AccountLinks } from './account-links.service.js';

export const InviteMemberResult = resultUnion('InviteMemberResult', [Account, ...MUTATION_FAILURES]);
export const MemberDecisionResult = resultUnion('MemberDecisionResult', [Account, ...MUTATION_FAILURES]);
export const RedeemLinkResult = resultUnion('RedeemLinkResult', [Session, AuthenticationError, ValidationError]);

@InputType()
export class InviteMemberInput {
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => ID) organisationId: string;
  @Field(() => Role, { nullable: true, description: 'EDITOR or KEY_PERSON of the organisation; none for a member (PROFESSIONAL).' })
  role?: Role | null;
}

@InputType()
export class RedeemLinkInput {
  @Field({ description: 'The token from the link in the mail.' }) token: string;
  @Field({ description: 'The new password, at least 12 characters.' }) password: string;
}

@InputType()
export class MembershipApplicationInput {
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => ID) organisationId: string;
}

@ObjectType({ description: 'The request was received; what follows comes by mail.' })
export class RequestAccepted {
  @Field({ description: 'Always true: whether the address has an account is not told.' }) accepted: boolean;
}

export const ApplyForMembershipResult = resultUnion('ApplyForMembershipResult', [RequestAccepted, ValidationError]);

@Resolver()
export class AccountLinksResolver {
  constructor(private readonly links: AccountLinks) {}

  @Mutation(() => InviteMemberResult, { description: 'Invites a person of the organisation by mail (its key persons, administrators).' })
  inviteMember(@Ctx() ctx: RequestContext, @Args('input') input: InviteMemberInput): Promise<ResultOf<typeof InviteMemberResult>> {
    return this.links.invite(ctx, input);
  }

  @Mutation(() => RedeemLinkResult, { description: 'Accepts an invitation with a new password and signs in.' })
  acceptInvitation(@Args('input') input: RedeemLinkInput): Promise<ResultOf<typeof RedeemLinkResult>> {
    return this.links.acceptInvitation(input.token, input.password);
  }

  @Mutation(() => RequestAccepted, {
    description: 'Mails a single-use link to choose a new password, if the address has an account.',
  })
  async requestPasswordReset(@Args('email') email: string): Promise<RequestAccepted> {
    await this.links.requestPasswordReset(email);
    return Object.assign(new RequestAccepted(), { accepted: true });
  }

  @Mutation(() => RedeemLinkResult, { description: 'Sets a new password with the link from the mail, ends other sessions and signs in.' })
  resetPassword(@Args('input') input: RedeemLinkInput): Promise<ResultOf<typeof RedeemLinkResult>> {
    return this.links.resetPassword(input.token, input.password);
  }

  @Mutation(() => ApplyForMembershipResult, {
    description: 'Asks to join an organisation; a key person approves (then an invitation is mailed) or rejects.',
  })
  async applyForMembership(@Args('input') input: MembershipApplicationInput): Promise<ResultOf<typeof ApplyForMembershipResult>> {
    const result = await this.links.apply(input);
    return result === true ? Object.assign(new RequestAccepted(), { accepted: true }) : result;
  }

  @Query(() => [Account], { description: 'Applications waiting for approval (key persons of the organisation, administrators).' })
  pendingMembers(@Ctx() ctx: RequestContext, @Args('organisationId', { type: () => ID }) organisationId: string): Promise<Account[]> {
    return this.links.pending(ctx, organisationId);
  }

  @Mutation(() => MemberDecisionResult, { description: 'Approves an application: the applicant gets an invitation by mail.' })
  approveMember(
    @Ctx() ctx: RequestContext,
    @Args('accountId', { type: () => ID }) accountId: string,
  ): Promise<ResultOf<typeof MemberDecisionResult>> {
    return this.links.decide(ctx, accountId, true);
  }

  @Mutation(() => MemberDecisionResult, { description: "Rejects an application; the applicant's details are deleted." })
  rejectMember(
    @Ctx() ctx: RequestContext,
    @Args('accountId', { type: () => ID }) accountId: string,
  ): Promise<ResultOf<typeof MemberDecisionResult>> {
    return this.links.decide(ctx, accountId, false);
  }
}
