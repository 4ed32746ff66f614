import { graphql } from '../../gql';

export const AdminRightsDocument = graphql(`
  query AdminRights {
    me {
      id
      grants {
        role
      }
    }
  }
`);

export const AccountsDocument = graphql(`
  query Accounts($filter: AccountFilter, $first: Int, $after: String) {
    accounts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
          email
          status
          lastSignInAt
          grants {
            id
            role
          }
        }
      }
    }
  }
`);

export const AccountAdminDocument = graphql(`
  query AccountAdmin($id: ID!) {
    account(id: $id) {
      id
      displayName
      email
      status
      jobTitle
      workPhone
      organisationId
      createdAt
      lastSignInAt
      grants {
        id
        role
        organisationId
        unitId
        networkId
      }
    }
  }
`);

export const ScopeNamesDocument = graphql(`
  query ScopeNames($organisations: OrganisationFilter) {
    organisations(filter: $organisations, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    networks(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const AdminOrganisationUnitsDocument = graphql(`
  query AdminOrganisationUnits($organisationId: ID!) {
    units(filter: { organisationId: $organisationId }, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const GrantRoleDocument = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      __typename
      ... on RoleGrant {
        id
      }
      ...MutationFailure
    }
  }
`);

export const RevokeRoleDocument = graphql(`
  mutation RevokeRole($id: ID!) {
    revokeRole(id: $id) {
      __typename
      ...MutationFailure
    }
  }
`);

export const DeactivateAccountDocument = graphql(`
  mutation DeactivateAccount($id: ID!) {
    deactivateAccount(id: $id) {
      __typename
      ... on Account {
        id
        status
      }
      ...MutationFailure
    }
  }
`);

export const InviteAccountDocument = graphql(`
  mutation InviteAccount($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      __typename
      ... on Account {
        id
      }
      ...MutationFailure
    }
  }
`);

export const GrantScopeNameDocument = graphql(`
  query GrantScopeName(
    $organisationId: ID!
    $unitId: ID!
    $networkId: ID!
    $hasOrganisation: Boolean!
    $hasUnit: Boolean!
    $hasNetwork: Boolean!
  ) {
    organisation(id: $organisationId) @include(if: $hasOrganisation) {
      id
      name
    }
    unit(id: $unitId) @include(if: $hasUnit) {
      id
      name
    }
    network(id: $networkId) @include(if: $hasNetwork) {
      id
      name
    }
  }
`);
