import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, ErrorResult, type Grant } from '#core';
import { Account } from '../accounts/account.entity.js';

@ObjectType({ description: 'A signed-in session: send the access token as "Authorization: Bearer …".' })
export class Session {
  @Field({ description: 'Short-lived; renew it with refreshSession before it expires.' }) accessToken: string;
  @Field(() => DateTimeScalar) accessTokenExpiresAt: Date;
  @Field({ description: 'Single use: each refresh answers with a new one. Keep it secret.' }) refreshToken: string;
  @Field(() => DateTimeScalar) refreshTokenExpiresAt: Date;
  @Field(() => Account) account: Account;
  /** What the access token grants (not a GraphQL field: `me { grants }` answers that). */
  grants: Grant[];
}

@ObjectType({ implements: () => [ErrorResult] })
export class AuthenticationError implements ErrorResult {
  @Field(() => String) code: 'AUTHENTICATION_FAILED' | 'TOO_MANY_ATTEMPTS';
  @Field() message: string;

  static of(message = 'Forkert e-mail eller adgangskode.'): AuthenticationError {
    return Object.assign(new AuthenticationError(), { code: 'AUTHENTICATION_FAILED', message });
  }
}

@ObjectType()
export class SignedOut {
  @Field({ description: 'How many sessions were ended.' }) sessions: number;
}

@InputType()
export class SignInInput {
  @Field() email: string;
  @Field() password: string;
}
