import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, type ResultOf } from '#core';
import { SelfService } from './self-service.service.js';
import { ChangePasswordInput, ChangePasswordResult, MyProfileInput, UpdateMyProfileResult } from './self-service.types.js';

@Resolver()
export class SelfServiceResolver {
  constructor(private readonly self: SelfService) {}

  @Mutation(() => ChangePasswordResult, {
    description:
      "Changes the signed-in account's password; needs the current one. Every other session of the account ends; this one stays signed in.",
  })
  changePassword(@Ctx() ctx: RequestContext, @Args('input') input: ChangePasswordInput): Promise<ResultOf<typeof ChangePasswordResult>> {
    return this.self.changePassword(ctx, input);
  }

  @Mutation(() => UpdateMyProfileResult, { description: "Changes the signed-in person's own name and work details." })
  updateMyProfile(@Ctx() ctx: RequestContext, @Args('input') input: MyProfileInput): Promise<ResultOf<typeof UpdateMyProfileResult>> {
    return this.self.updateProfile(ctx, input);
  }
}
