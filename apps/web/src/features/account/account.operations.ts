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
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
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
`);

export const EraseMyAccountDocument = graphql(`
  mutation EraseMyAccount($id: ID!) {
    eraseAccount(id: $id) {
      __typename
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
