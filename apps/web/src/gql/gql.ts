/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AcceptInvitation($input: RedeemLinkInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on Session {\n        refreshToken\n        account {\n          email\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: RedeemLinkInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on Session {\n        refreshToken\n        account {\n          email\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation EndLinkSession($input: RefreshTokenInput!) {\n    signOut(input: $input) {\n      sessions\n    }\n  }\n": typeof types.EndLinkSessionDocument,
};
const documents: Documents = {
    "\n  mutation AcceptInvitation($input: RedeemLinkInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on Session {\n        refreshToken\n        account {\n          email\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: RedeemLinkInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on Session {\n        refreshToken\n        account {\n          email\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation EndLinkSession($input: RefreshTokenInput!) {\n    signOut(input: $input) {\n      sessions\n    }\n  }\n": types.EndLinkSessionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: RedeemLinkInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on Session {\n        refreshToken\n        account {\n          email\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: RedeemLinkInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on Session {\n        refreshToken\n        account {\n          email\n        }\n      }\n      ... on ErrorResult {\n        code\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndLinkSession($input: RefreshTokenInput!) {\n    signOut(input: $input) {\n      sessions\n    }\n  }\n"): typeof import('./graphql').EndLinkSessionDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
