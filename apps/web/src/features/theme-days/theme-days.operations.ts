import { graphql } from '../../gql';

/** What the signed-in account may do with theme days: the networks it coordinates (all, for administrators). */
export const CoordinatorRightsDocument = graphql(`
  query CoordinatorRights {
    me {
      id
      grants {
        role
        networkId
      }
    }
  }
`);

export const CoordinatedNetworksDocument = graphql(`
  query CoordinatedNetworks {
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

export const CoordinatedThemeDaysDocument = graphql(`
  query CoordinatedThemeDays {
    themeDays(filter: { includeCancelled: true }, first: 100) {
      edges {
        node {
          id
          title
          status
          startsAt
          capacity
          seatsTaken
          waitlistCount
          network {
            id
            name
          }
        }
      }
    }
  }
`);

export const ThemeDayAdminDocument = graphql(`
  query ThemeDayAdmin($id: ID!) {
    themeDay(id: $id) {
      id
      title
      topic
      description
      kind
      status
      cancellationReason
      startsAt
      endsAt
      venue
      onlineUrl
      capacity
      seatsTaken
      waitlistCount
      registrationOpensAt
      registrationClosesAt
      visibility
      network {
        id
        name
      }
      registrations {
        id
        name
        email
        workplace
        status
        registeredAt
        waitlistPosition
        attended
      }
    }
  }
`);

export const CreateThemeDayDocument = graphql(`
  mutation CreateThemeDay($input: CreateThemeDayInput!) {
    createThemeDay(input: $input) {
      __typename
      ... on ThemeDay {
        id
      }
      ...MutationFailure
    }
  }
`);

export const UpdateThemeDayDocument = graphql(`
  mutation UpdateThemeDay($id: ID!, $input: UpdateThemeDayInput!) {
    updateThemeDay(id: $id, input: $input) {
      __typename
      ... on ThemeDay {
        id
      }
      ...MutationFailure
    }
  }
`);

export const CancelThemeDayDocument = graphql(`
  mutation CancelThemeDay($id: ID!, $reason: String) {
    cancelThemeDay(id: $id, reason: $reason) {
      __typename
      ... on ThemeDay {
        id
        status
      }
      ...MutationFailure
    }
  }
`);

export const CancelRegistrationOnBehalfDocument = graphql(`
  mutation CancelRegistrationOnBehalf($registrationId: ID!) {
    cancelThemeDayRegistrationOnBehalf(registrationId: $registrationId) {
      __typename
      ... on ThemeDayRegistration {
        id
        status
      }
      ...MutationFailure
    }
  }
`);

export const MarkAttendanceDocument = graphql(`
  mutation MarkThemeDayAttendance($themeDayId: ID!, $registrationIds: [ID!]!, $attended: Boolean!) {
    markThemeDayAttendance(themeDayId: $themeDayId, registrationIds: $registrationIds, attended: $attended) {
      __typename
      ... on AttendanceMarked {
        registrations {
          id
          attended
        }
      }
      ...MutationFailure
    }
  }
`);
