import { graphql } from '../../gql';

export const MyAccountDocument = graphql(`
  query MyAccount {
    me {
      id
      displayName
      email
      jobTitle
      workPhone
      organisationId
      status
      createdAt
      lastSignInAt
      grants {
        role
        organisationId
        unitId
        networkId
      }
    }
  }
`);

export const MyDataDocument = graphql(`
  query MyData {
    me {
      id
      displayName
      email
      jobTitle
      workPhone
      organisationId
      status
      createdAt
      lastSignInAt
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
      name
      email
      jobTitle
      motivation
      appliedAt
      decidedAt
      isKeyPerson
      inSteeringGroup
      network {
        id
        name
      }
    }
    myThemeDayRegistrations {
      id
      themeDayId
      themeDayTitle
      themeDayStartsAt
      networkName
      name
      email
      workplace
      status
      registeredAt
      cancelledAt
      attended
    }
    mySupervisionParticipations {
      id
      groupId
      groupName
      networkName
      status
      motivation
      appliedAt
      decidedAt
    }
    mySupervisionHours {
      memberId
      totalHours
      goalHours
      sessionsAttended
      groups {
        groupId
        groupName
        sessionsAttended
        hours
      }
    }
    myAuditEvents(first: 100) {
      totalCount
      edges {
        node {
          id
          occurredAt
          entityType
          entityId
          action
          changes {
            field
            before
            after
          }
        }
      }
    }
    myChangeSubscriptions {
      id
      createdAt
      lastSentAt
      municipalityCodes
      network {
        id
        name
      }
    }
  }
`);

export const UpdateMyProfileDocument = graphql(`
  mutation UpdateMyProfile($input: MyProfileInput!) {
    updateMyProfile(input: $input) {
      __typename
      ... on Account {
        id
        displayName
        jobTitle
        workPhone
      }
      ...MutationFailure
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

export const EraseMyAccountDocument = graphql(`
  mutation EraseMyAccount($id: ID!) {
    eraseAccount(id: $id) {
      __typename
      ...MutationFailure
    }
  }
`);

export const MyAuditEventsDocument = graphql(`
  query MyAuditEvents($after: String) {
    myAuditEvents(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          occurredAt
          entityType
          entityId
          action
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);
