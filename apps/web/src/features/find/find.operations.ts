import { graphql } from '../../gql';

/** One page of hits with what was understood, the facets and each hit's kind, place, opening and phones. */
export const FIND_SEARCH = graphql(`
  query FindSearch($input: SearchInput!) {
    search(input: $input) {
      totalCount
      correctedQuery
      pageInfo {
        hasNextPage
        endCursor
      }
      understood {
        text
        age
        municipalities {
          code
          name
        }
        situations {
          key
          label
        }
      }
      facets {
        field
        values {
          value
          label
          count
        }
      }
      edges {
        cursor
        type
        stale
        openingStatus {
          ...StatusFields
        }
        node {
          __typename
          ... on Contact {
            id
            name
            kind
            roleTitle
            lastVerifiedAt
            channels {
              ...ChannelFields
            }
            organisation {
              name
              municipality {
                name
              }
              region {
                name
              }
            }
          }
          ... on Offer {
            id
            name
            helpText
            lastVerifiedAt
            channels {
              ...ChannelFields
            }
            organisation {
              name
              municipality {
                name
              }
              region {
                name
              }
            }
          }
          ... on Organisation {
            id
            name
            lastVerifiedAt
            municipality {
              name
            }
            region {
              name
            }
          }
          ... on Unit {
            id
            name
            lastVerifiedAt
            organisation {
              id
              name
              municipality {
                name
              }
              region {
                name
              }
            }
          }
        }
      }
    }
  }
`);

/** Names to complete the word being typed with. */
export const FIND_SUGGEST = graphql(`
  query FindSuggest($prefix: String!) {
    suggest(prefix: $prefix, first: 8) {
      kind
      label
      code
      detail
    }
  }
`);
