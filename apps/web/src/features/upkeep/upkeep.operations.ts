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
      ...MutationFailure
    }
  }
`);

export const VerifyOfferDocument = graphql(`
  mutation VerifyOfferStill($input: VerifyInput!) {
    verifyOffer(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

export const TurnoverPeopleDocument = graphql(`
  query TurnoverPeople($organisationId: ID!) {
    organisation(id: $organisationId) {
      id
      name
    }
    contacts(filter: { organisationId: $organisationId }, first: 100) {
      edges {
        node {
          id
          name
          kind
          roleTitle
          owner {
            kind
            accountId
          }
        }
      }
    }
  }
`);

export const HandOverPreviewDocument = graphql(`
  query HandOverPreview($input: HandOverRolesInput!) {
    handOverRolesPreview(input: $input) {
      ...HandOverOutcome
    }
  }
`);

export const HandOverDocument = graphql(`
  mutation HandOverRolesNow($input: HandOverRolesInput!) {
    handOverRoles(input: $input) {
      ...HandOverOutcome
    }
  }
`);

export const HandOverOutcomeFragment = graphql(`
  fragment HandOverOutcome on HandOverRolesResult {
    __typename
    ...MutationFailure
    ... on RoleHandover {
      coordinatorsNotified
      welcomed
      situationsAdded
      leaving {
        id
        name
      }
      successor {
        id
        name
      }
      deputiesRedirected {
        id
        name
      }
      contactsMoved {
        id
        name
      }
      offersMoved {
        id
        name
      }
      grants {
        role
        moved
      }
      memberships {
        networkName
        keyPerson
        steeringGroup
        newMembership
      }
    }
  }
`);
