import { graphql } from '../../../../gql';

/** What an opening-hours operation on an contact answers: its hours after the change, or why not (MutationFailure: lib/fragments.ts). */
export const ContactHoursAnswerFields = graphql(`
  fragment ContactHoursAnswer on ContactResult {
    __typename
    ... on Contact {
      openingHours {
        ...EditableHours
      }
    }
    ...MutationFailure
  }
`);

export const AddContactWeeklyHoursDocument = graphql(`
  mutation AddContactWeeklyHours($contactId: ID!, $input: WeeklyHoursInput!) {
    addContactWeeklyHours(contactId: $contactId, input: $input) {
      ...ContactHoursAnswer
    }
  }
`);

export const UpdateContactWeeklyHoursDocument = graphql(`
  mutation UpdateContactWeeklyHours($contactId: ID!, $weeklyHoursId: ID!, $input: WeeklyHoursInput!) {
    updateContactWeeklyHours(contactId: $contactId, weeklyHoursId: $weeklyHoursId, input: $input) {
      ...ContactHoursAnswer
    }
  }
`);

export const RemoveContactWeeklyHoursDocument = graphql(`
  mutation RemoveContactWeeklyHours($contactId: ID!, $weeklyHoursId: ID!) {
    removeContactWeeklyHours(contactId: $contactId, weeklyHoursId: $weeklyHoursId) {
      ...ContactHoursAnswer
    }
  }
`);

export const AddContactHoursExceptionDocument = graphql(`
  mutation AddContactHoursException($contactId: ID!, $input: HoursExceptionInput!) {
    addContactHoursException(contactId: $contactId, input: $input) {
      ...ContactHoursAnswer
    }
  }
`);

export const UpdateContactHoursExceptionDocument = graphql(`
  mutation UpdateContactHoursException($contactId: ID!, $exceptionId: ID!, $input: HoursExceptionInput!) {
    updateContactHoursException(contactId: $contactId, exceptionId: $exceptionId, input: $input) {
      ...ContactHoursAnswer
    }
  }
`);

export const RemoveContactHoursExceptionDocument = graphql(`
  mutation RemoveContactHoursException($contactId: ID!, $exceptionId: ID!) {
    removeContactHoursException(contactId: $contactId, exceptionId: $exceptionId) {
      ...ContactHoursAnswer
    }
  }
`);

export const SetContactHoursSettingsDocument = graphql(`
  mutation SetContactHoursSettings($contactId: ID!, $input: HoursSettingsInput!) {
    setContactHoursSettings(contactId: $contactId, input: $input) {
      ...ContactHoursAnswer
    }
  }
`);
