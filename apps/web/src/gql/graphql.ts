/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type RedeemLinkInput = {
  /** The new password, at least 12 characters. */
  password: string;
  /** The token from the link in the mail. */
  token: string;
};

export type RefreshTokenInput = {
  refreshToken: string;
};

export type AcceptInvitationMutationVariables = Exact<{
  input: RedeemLinkInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'Session', refreshToken: string, account: { email: string } }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type ResetPasswordMutationVariables = Exact<{
  input: RedeemLinkInput;
}>;


export type ResetPasswordMutation = { resetPassword:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'Session', refreshToken: string, account: { email: string } }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type EndLinkSessionMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type EndLinkSessionMutation = { signOut: { sessions: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: RedeemLinkInput!) {
  acceptInvitation(input: $input) {
    __typename
    ... on Session {
      refreshToken
      account {
        email
      }
    }
    ... on ErrorResult {
      code
      message
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: RedeemLinkInput!) {
  resetPassword(input: $input) {
    __typename
    ... on Session {
      refreshToken
      account {
        email
      }
    }
    ... on ErrorResult {
      code
      message
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const EndLinkSessionDocument = new TypedDocumentString(`
    mutation EndLinkSession($input: RefreshTokenInput!) {
  signOut(input: $input) {
    sessions
  }
}
    `) as unknown as TypedDocumentString<EndLinkSessionMutation, EndLinkSessionMutationVariables>;