import { graphql } from '../../../../gql';

/** A record's opening hours with each item's id, for the item operations. */
export const EditableHoursFields = graphql(`
  fragment EditableHours on OpeningHours {
    alwaysOpen
    openOnHolidays
    note
    weekly {
      id
      day
      opens
      closes
    }
    exceptions {
      id
      date
      closed
      opens
      closes
      note
    }
  }
`);

/** What an opening-hours operation on an offer answers: its hours after the change, or why not (MutationFailure: lib/fragments.ts). */
export const OfferHoursAnswerFields = graphql(`
  fragment OfferHoursAnswer on OfferResult {
    __typename
    ... on Offer {
      openingHours {
        ...EditableHours
      }
    }
    ...MutationFailure
  }
`);

export const AddOfferWeeklyHoursDocument = graphql(`
  mutation AddOfferWeeklyHours($offerId: ID!, $input: WeeklyHoursInput!) {
    addOfferWeeklyHours(offerId: $offerId, input: $input) {
      ...OfferHoursAnswer
    }
  }
`);

export const UpdateOfferWeeklyHoursDocument = graphql(`
  mutation UpdateOfferWeeklyHours($offerId: ID!, $weeklyHoursId: ID!, $input: WeeklyHoursInput!) {
    updateOfferWeeklyHours(offerId: $offerId, weeklyHoursId: $weeklyHoursId, input: $input) {
      ...OfferHoursAnswer
    }
  }
`);

export const RemoveOfferWeeklyHoursDocument = graphql(`
  mutation RemoveOfferWeeklyHours($offerId: ID!, $weeklyHoursId: ID!) {
    removeOfferWeeklyHours(offerId: $offerId, weeklyHoursId: $weeklyHoursId) {
      ...OfferHoursAnswer
    }
  }
`);

export const AddOfferHoursExceptionDocument = graphql(`
  mutation AddOfferHoursException($offerId: ID!, $input: HoursExceptionInput!) {
    addOfferHoursException(offerId: $offerId, input: $input) {
      ...OfferHoursAnswer
    }
  }
`);

export const UpdateOfferHoursExceptionDocument = graphql(`
  mutation UpdateOfferHoursException($offerId: ID!, $exceptionId: ID!, $input: HoursExceptionInput!) {
    updateOfferHoursException(offerId: $offerId, exceptionId: $exceptionId, input: $input) {
      ...OfferHoursAnswer
    }
  }
`);

export const RemoveOfferHoursExceptionDocument = graphql(`
  mutation RemoveOfferHoursException($offerId: ID!, $exceptionId: ID!) {
    removeOfferHoursException(offerId: $offerId, exceptionId: $exceptionId) {
      ...OfferHoursAnswer
    }
  }
`);

export const SetOfferHoursSettingsDocument = graphql(`
  mutation SetOfferHoursSettings($offerId: ID!, $input: HoursSettingsInput!) {
    setOfferHoursSettings(offerId: $offerId, input: $input) {
      ...OfferHoursAnswer
    }
  }
`);
