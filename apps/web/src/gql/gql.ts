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
    "\n  query SignedInAccount {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.SignedInAccountDocument,
    "\n  query FindSearch($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      correctedQuery\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      understood {\n        text\n        age\n        municipalities {\n          code\n          name\n        }\n        situations {\n          key\n          label\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n      edges {\n        cursor\n        type\n        stale\n        openingStatus {\n          openNow\n          closesAtLocal\n          nextOpensAtLocal\n        }\n        node {\n          __typename\n          ... on Contact {\n            id\n            name\n            kind\n            roleTitle\n            lastVerifiedAt\n            channels {\n              kind\n              label\n              value\n            }\n            organisation {\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n          ... on Offer {\n            id\n            name\n            helpText\n            lastVerifiedAt\n            channels {\n              kind\n              label\n              value\n            }\n            organisation {\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n          ... on Organisation {\n            id\n            name\n            lastVerifiedAt\n            municipality {\n              name\n            }\n            region {\n              name\n            }\n          }\n          ... on Unit {\n            id\n            name\n            lastVerifiedAt\n            organisation {\n              id\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FindSearchDocument,
    "\n  query FindSuggest($prefix: String!) {\n    suggest(prefix: $prefix, first: 8) {\n      kind\n      label\n      code\n      detail\n    }\n  }\n": typeof types.FindSuggestDocument,
};
const documents: Documents = {
    "\n  query SignedInAccount {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n": types.SignedInAccountDocument,
    "\n  query FindSearch($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      correctedQuery\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      understood {\n        text\n        age\n        municipalities {\n          code\n          name\n        }\n        situations {\n          key\n          label\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n      edges {\n        cursor\n        type\n        stale\n        openingStatus {\n          openNow\n          closesAtLocal\n          nextOpensAtLocal\n        }\n        node {\n          __typename\n          ... on Contact {\n            id\n            name\n            kind\n            roleTitle\n            lastVerifiedAt\n            channels {\n              kind\n              label\n              value\n            }\n            organisation {\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n          ... on Offer {\n            id\n            name\n            helpText\n            lastVerifiedAt\n            channels {\n              kind\n              label\n              value\n            }\n            organisation {\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n          ... on Organisation {\n            id\n            name\n            lastVerifiedAt\n            municipality {\n              name\n            }\n            region {\n              name\n            }\n          }\n          ... on Unit {\n            id\n            name\n            lastVerifiedAt\n            organisation {\n              id\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FindSearchDocument,
    "\n  query FindSuggest($prefix: String!) {\n    suggest(prefix: $prefix, first: 8) {\n      kind\n      label\n      code\n      detail\n    }\n  }\n": types.FindSuggestDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignedInAccount {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n"): typeof import('./graphql').SignedInAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindSearch($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      correctedQuery\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      understood {\n        text\n        age\n        municipalities {\n          code\n          name\n        }\n        situations {\n          key\n          label\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n      edges {\n        cursor\n        type\n        stale\n        openingStatus {\n          openNow\n          closesAtLocal\n          nextOpensAtLocal\n        }\n        node {\n          __typename\n          ... on Contact {\n            id\n            name\n            kind\n            roleTitle\n            lastVerifiedAt\n            channels {\n              kind\n              label\n              value\n            }\n            organisation {\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n          ... on Offer {\n            id\n            name\n            helpText\n            lastVerifiedAt\n            channels {\n              kind\n              label\n              value\n            }\n            organisation {\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n          ... on Organisation {\n            id\n            name\n            lastVerifiedAt\n            municipality {\n              name\n            }\n            region {\n              name\n            }\n          }\n          ... on Unit {\n            id\n            name\n            lastVerifiedAt\n            organisation {\n              id\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FindSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindSuggest($prefix: String!) {\n    suggest(prefix: $prefix, first: 8) {\n      kind\n      label\n      code\n      detail\n    }\n  }\n"): typeof import('./graphql').FindSuggestDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
