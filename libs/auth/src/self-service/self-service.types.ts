import { Field, InputType } from '@nestjs/graphql';
import { MUTATION_FAILURES, resultUnion } from '#core';
import { Account } from '../accounts/account.entity.js';

@InputType()
export class ChangePasswordInput {
  @Field({ description: 'The password in use now.' }) currentPassword: string;
  @Field({ description: 'The new password, at least 12 characters.' }) newPassword: string;
}

@InputType({ description: "The signed-in person's own name and work details; a field left out stays as it is." })
export class MyProfileInput {
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => String, { nullable: true, description: 'Job title; empty removes it.' }) jobTitle?: string | null;
  @Field(() => String, { nullable: true, description: 'Work phone; empty removes it.' }) workPhone?: string | null;
}

export const ChangePasswordResult = resultUnion('ChangePasswordResult', [Account, ...MUTATION_FAILURES]);
export const UpdateMyProfileResult = resultUnion('UpdateMyProfileResult', [Account, ...MUTATION_FAILURES]);
