import { Field, ID, InputType } from '@nestjs/graphql';
import { ConnectionType, Deleted, MUTATION_FAILURES, resultUnion } from '#core';
import { Account, AccountStatus } from '../accounts/account.entity.js';
import { Role, RoleGrant } from '../accounts/role-grant.entity.js';

export const AccountConnection = ConnectionType(Account);

@InputType({ description: 'Which accounts to list; every field narrows the list.' })
export class AccountFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or e-mail address.' }) text?: string | null;
  @Field(() => AccountStatus, { nullable: true }) status?: AccountStatus | null;
  @Field(() => Role, { nullable: true, description: 'Only accounts holding this role somewhere.' }) role?: Role | null;
}

@InputType({
  description:
    'A role for one scope: ADMIN everywhere (no scope); EDITOR an organisation (or one of its units); KEY_PERSON an organisation; NETWORK_COORDINATOR a network.',
})
export class GrantRoleInput {
  @Field(() => ID) accountId: string;
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => ID, { nullable: true }) organisationId?: string | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => ID, { nullable: true }) networkId?: string | null;
}

export const AccountResult = resultUnion('AccountResult', [Account, ...MUTATION_FAILURES]);
export const GrantRoleResult = resultUnion('GrantRoleResult', [RoleGrant, ...MUTATION_FAILURES]);
export const RevokeRoleResult = resultUnion('RevokeRoleResult', [Deleted, ...MUTATION_FAILURES]);
