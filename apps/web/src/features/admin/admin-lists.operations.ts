import { graphql } from '../../gql';

export const MailLogDocument = graphql(`
  query MailLog($status: MailStatus, $first: Int, $after: String) {
    mailMessages(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          template
          subject
          recipients
          status
          attempts
          maxAttempts
          lastError
          createdAt
          sentAt
          updatedAt
        }
      }
    }
  }
`);

export const SynonymGroupsDocument = graphql(`
  query SynonymGroups {
    synonymGroups {
      id
      terms
      updatedAt
    }
  }
`);

export const CreateSynonymGroupDocument = graphql(`
  mutation CreateSynonymGroup($input: SynonymGroupInput!) {
    createSynonymGroup(input: $input) {
      __typename
      ... on SynonymGroup {
        id
      }
      ...MutationFailure
    }
  }
`);

export const DeleteSynonymGroupDocument = graphql(`
  mutation DeleteSynonymGroup($id: ID!) {
    deleteSynonymGroup(id: $id) {
      __typename
      ...MutationFailure
    }
  }
`);

export const RetryMailDocument = graphql(`
  mutation RetryMail($id: ID!) {
    retryMail(id: $id) {
      __typename
      ... on MailMessage {
        id
        status
      }
      ...MutationFailure
    }
  }
`);
