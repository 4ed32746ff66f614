import { graphql } from '../../gql';

export const SupervisionGroupsDocument = graphql(`
  query SupervisionGroups($networkId: ID!) {
    network(id: $networkId) {
      id
      name
    }
    supervisionGroups(networkId: $networkId, first: 100) {
      edges {
        node {
          id
          name
          focus
          status
          seatsTaken
          maxSeats
          pendingCount
          waitlistCount
          sessions {
            id
            startsAt
            cancelled
          }
        }
      }
    }
  }
`);

export const SupervisionGroupAdminDocument = graphql(`
  query SupervisionGroupAdmin($id: ID!) {
    supervisionGroup(id: $id) {
      id
      name
      focus
      description
      facilitatorName
      facilitatorEmail
      venue
      status
      minSeats
      maxSeats
      partyCap
      sectorCaps {
        sector
        max
      }
      recurrence
      firstSessionAt
      sessionMinutes
      exceptions
      seatsTaken
      network {
        id
        name
      }
      sessions {
        id
        startsAt
        endsAt
        cancelled
        durationMinutes
        attendance {
          participantId
          attended
        }
      }
      participants {
        id
        status
        appliedAt
        motivation
        waitlistPosition
        memberId
        member {
          name
          email
          party {
            name
          }
        }
      }
    }
  }
`);

export const CreateSupervisionGroupDocument = graphql(`
  mutation CreateSupervisionGroup($input: CreateSupervisionGroupInput!) {
    createSupervisionGroup(input: $input) {
      __typename
      ... on SupervisionGroup {
        id
      }
      ...MutationFailure
    }
  }
`);

export const UpdateSupervisionGroupDocument = graphql(`
  mutation UpdateSupervisionGroup($id: ID!, $input: UpdateSupervisionGroupInput!) {
    updateSupervisionGroup(id: $id, input: $input) {
      __typename
      ... on SupervisionGroup {
        id
      }
      ...MutationFailure
    }
  }
`);

export const DecideSupervisionApplicationDocument = graphql(`
  mutation DecideSupervisionApplication($participantId: ID!, $approve: Boolean!) {
    decideSupervisionApplication(participantId: $participantId, approve: $approve) {
      __typename
      ... on SupervisionParticipant {
        status
      }
      ...MutationFailure
    }
  }
`);

export const CancelSupervisionSessionDocument = graphql(`
  mutation CancelSupervisionSession($sessionId: ID!) {
    cancelSupervisionSession(sessionId: $sessionId) {
      __typename
      ...MutationFailure
    }
  }
`);

export const MarkSupervisionAttendanceDocument = graphql(`
  mutation MarkSupervisionAttendance($sessionId: ID!, $participantIds: [ID!]!, $attended: Boolean!) {
    markSupervisionAttendance(sessionId: $sessionId, participantIds: $participantIds, attended: $attended) {
      __typename
      ...MutationFailure
    }
  }
`);

export const SupervisionHoursDocument = graphql(`
  query SupervisionHours($memberId: ID!) {
    supervisionHours(memberId: $memberId) {
      memberId
      member {
        name
        jobTitle
        party {
          name
        }
        network {
          id
          name
        }
      }
      goalHours
      sessionsAttended
      totalHours
      totalMinutes
      groups {
        groupId
        groupName
        focus
        facilitatorName
        hours
        sessionsAttended
      }
    }
  }
`);
