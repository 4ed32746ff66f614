import { Args, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Deleted, ForbiddenError, RequestContext, resultUnion, MUTATION_FAILURES, type ResultOf } from '#core';
import { Account } from '../accounts/account.entity.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { AuthenticationError, Session, SignedOut, SignInInput } from './session.types.js';
import { SessionsService } from './sessions.service.js';

export const SignInResult = resultUnion('SignInResult', [Session, AuthenticationError]);
export const EraseAccountResult = resultUnion('EraseAccountResult', [Deleted, ...MUTATION_FAILURES]);
export const SignOutEverywhereResult = resultUnion('SignOutEverywhereResult', [SignedOut, ForbiddenError]);

@InputType()
export class RefreshTokenInput {
  @Field() refreshToken: string;
}

@Resolver()
export class SessionResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsService,
  ) {}

  @Query(() => Account, { nullable: true, description: 'The signed-in account, or null for an anonymous caller.' })
  me(@Ctx() ctx: RequestContext): Promise<Account | null> {
    return ctx.accountId ? this.accounts.findById(ctx.accountId) : Promise.resolve(null);
  }

  @Mutation(() => SignInResult, { description: 'Signs in with e-mail and password.' })
  signIn(@Ctx() ctx: RequestContext, @Args('input') input: SignInInput): Promise<ResultOf<typeof SignInResult>> {
    return this.sessions.signIn(input.email, input.password, ctx.clientAddress);
  }

  @Mutation(() => SignInResult, { description: 'Exchanges a refresh token (single use) for a new session.' })
  refreshSession(@Args('input') input: RefreshTokenInput): Promise<ResultOf<typeof SignInResult>> {
    return this.sessions.refresh(input.refreshToken);
  }

  @Mutation(() => SignedOut, { description: 'Ends the session of this refresh token.' })
  async signOut(@Args('input') input: RefreshTokenInput): Promise<SignedOut> {
    return Object.assign(new SignedOut(), { sessions: await this.sessions.signOut(input.refreshToken) });
  }

  @Mutation(() => SignOutEverywhereResult, { description: 'Ends every session of the signed-in account.' })
  async signOutEverywhere(@Ctx() ctx: RequestContext): Promise<ResultOf<typeof SignOutEverywhereResult>> {
    if (!ctx.accountId) return ForbiddenError.of('Du skal være logget ind.');
    return Object.assign(new SignedOut(), { sessions: await this.sessions.signOutEverywhere(ctx.accountId) });
  }

  @Mutation(() => EraseAccountResult, {
    description: 'Erases an account and its personal data (the person themself, or an administrator).',
  })
  eraseAccount(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ResultOf<typeof EraseAccountResult>> {
    return this.accounts.erase(ctx, id);
  }
}
