import { graphql } from '../../gql';

export const RecordHistoryDocument = graphql(`
  query RecordHistory($id: ID!, $isContact: Boolean!) {
    contact(id: $id) @include(if: $isContact) {
      id
      name
    }
    offer(id: $id) @skip(if: $isContact) {
      id
      name
    }
    history(entityId: $id) {
      id
      action
      occurredAt
      accountId
      accountName
      changes {
        field
        before
        after
      }
    }
  }
`);

export const MyGrantsDocument = graphql(`
  query MyGrants {
    me {
      id
      displayName
      grants {
        role
        organisationId
        unitId
        networkId
      }
    }
    myNetworkMemberships {
      id
      status
      network {
        id
        name
      }
    }
  }
`);

export const UpkeepPlacesDocument = graphql(`
  query UpkeepPlaces($all: Boolean!) {
    organisations(first: 100) @include(if: $all) {
      edges {
        node {
          id
          name
        }
      }
    }
    networks(first: 100) @include(if: $all) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const PlaceNameDocument = graphql(`
  query PlaceName($organisationId: ID!, $networkId: ID!, $isOrganisation: Boolean!) {
    organisation(id: $organisationId) @include(if: $isOrganisation) {
      id
      name
    }
    network(id: $networkId) @skip(if: $isOrganisation) {
      id
      name
    }
  }
`);

export const VerificationQueueDocument = graphql(`
  query VerificationQueue($organisationId: ID!, $withinDays: Int!) {
    organisation(id: $organisationId) {
      id
      name
    }
    me {
      id
      displayName
    }
    verificationQueue(organisationId: $organisationId, withinDays: $withinDays, first: 100) {
      totalCount
      edges {
        node {
          id
          recordType
          name
          overdue
          verificationDue
          lastVerifiedAt
          escalatedAt
          owner {
            kind
          }
        }
      }
    }
  }
`);

export const VerifyContactDocument = graphql(`
  mutation VerifyContactStill($input: VerifyInput!) {
    verifyContact(input: $input) {
      __typename
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const VerifyOfferDocument = graphql(`
  mutation VerifyOfferStill($input: VerifyInput!) {
    verifyOffer(input: $input) {
      __typename
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
