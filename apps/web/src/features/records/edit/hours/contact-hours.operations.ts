import { graphql } from '../../../../gql';

export const AddContactWeeklyHoursDocument = graphql(`
  mutation AddContactWeeklyHours($contactId: ID!, $input: WeeklyHoursInput!) {
    addContactWeeklyHours(contactId: $contactId, input: $input) {
      __typename
      ... on Contact {
        openingHours {
          ...EditableHours
        }
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

export const UpdateContactWeeklyHoursDocument = graphql(`
  mutation UpdateContactWeeklyHours($contactId: ID!, $weeklyHoursId: ID!, $input: WeeklyHoursInput!) {
    updateContactWeeklyHours(contactId: $contactId, weeklyHoursId: $weeklyHoursId, input: $input) {
      __typename
      ... on Contact {
        openingHours {
          ...EditableHours
        }
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

export const RemoveContactWeeklyHoursDocument = graphql(`
  mutation RemoveContactWeeklyHours($contactId: ID!, $weeklyHoursId: ID!) {
    removeContactWeeklyHours(contactId: $contactId, weeklyHoursId: $weeklyHoursId) {
      __typename
      ... on Contact {
        openingHours {
          ...EditableHours
        }
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

export const AddContactHoursExceptionDocument = graphql(`
  mutation AddContactHoursException($contactId: ID!, $input: HoursExceptionInput!) {
    addContactHoursException(contactId: $contactId, input: $input) {
      __typename
      ... on Contact {
        openingHours {
          ...EditableHours
        }
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

export const UpdateContactHoursExceptionDocument = graphql(`
  mutation UpdateContactHoursException($contactId: ID!, $exceptionId: ID!, $input: HoursExceptionInput!) {
    updateContactHoursException(contactId: $contactId, exceptionId: $exceptionId, input: $input) {
      __typename
      ... on Contact {
        openingHours {
          ...EditableHours
        }
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

export const RemoveContactHoursExceptionDocument = graphql(`
  mutation RemoveContactHoursException($contactId: ID!, $exceptionId: ID!) {
    removeContactHoursException(contactId: $contactId, exceptionId: $exceptionId) {
      __typename
      ... on Contact {
        openingHours {
          ...EditableHours
        }
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

export const SetContactHoursSettingsDocument = graphql(`
  mutation SetContactHoursSettings($contactId: ID!, $input: HoursSettingsInput!) {
    setContactHoursSettings(contactId: $contactId, input: $input) {
      __typename
      ... on Contact {
        openingHours {
          ...EditableHours
        }
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
