import { graphql } from '../../gql';

/** The networks the account may see, with what the coordinators' overview shows. */
export const NetworkOverviewDocument = graphql(`
  query NetworkOverview {
    networks(first: 100) {
      edges {
        node {
          id
          name
          viewerIsCoordinator
          parties {
            id
          }
          pending: members(filter: { status: PENDING }, first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

export const NetworkAdminDocument = graphql(`
  query NetworkAdmin($id: ID!) {
    network(id: $id) {
      id
      name
      description
      contactEmail
      coordinators
      viewerIsCoordinator
      parties {
        id
        kind
        name
        joinedOn
        memberCount
      }
      pending: members(filter: { status: PENDING }, first: 100) {
        edges {
          node {
            ...AdminMember
          }
        }
      }
      approved: members(filter: { status: APPROVED }, first: 100) {
        totalCount
        edges {
          node {
            ...AdminMember
          }
        }
      }
    }
  }
`);

export const AdminMemberFragment = graphql(`
  fragment AdminMember on NetworkMember {
    id
    name
    email
    jobTitle
    motivation
    appliedAt
    status
    isKeyPerson
    inSteeringGroup
    party {
      id
      name
    }
  }
`);

export const UpdateNetworkDocument = graphql(`
  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) {
    updateNetwork(id: $id, input: $input) {
      __typename
      ... on Network {
        id
      }
      ...MutationFailure
    }
  }
`);

export const CreateNetworkDocument = graphql(`
  mutation CreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      __typename
      ... on Network {
        id
      }
      ...MutationFailure
    }
  }
`);

export const ApproveNetworkMemberDocument = graphql(`
  mutation ApproveNetworkMember($memberId: ID!) {
    approveNetworkMember(memberId: $memberId) {
      __typename
      ...MutationFailure
    }
  }
`);

export const RejectNetworkMemberDocument = graphql(`
  mutation RejectNetworkMember($memberId: ID!) {
    rejectNetworkMember(memberId: $memberId) {
      __typename
      ...MutationFailure
    }
  }
`);

export const SetMemberRolesDocument = graphql(`
  mutation SetMemberRoles($input: MemberRolesInput!) {
    setNetworkMemberRoles(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

export const PartyCandidatesDocument = graphql(`
  query PartyCandidates($sector: Sector!) {
    organisations(filter: { sector: $sector }, first: 100) {
      edges {
        node {
          id
          name
          units {
            id
            name
          }
        }
      }
    }
  }
`);

export const AddNetworkPartyDocument = graphql(`
  mutation AddNetworkParty($input: AddPartyInput!) {
    addNetworkParty(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

export const RemoveNetworkPartyDocument = graphql(`
  mutation RemoveNetworkParty($partyId: ID!) {
    removeNetworkParty(partyId: $partyId) {
      __typename
      ...MutationFailure
    }
  }
`);
