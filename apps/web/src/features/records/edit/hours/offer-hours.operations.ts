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

export const AddOfferWeeklyHoursDocument = graphql(`
  mutation AddOfferWeeklyHours($offerId: ID!, $input: WeeklyHoursInput!) {
    addOfferWeeklyHours(offerId: $offerId, input: $input) {
      __typename
      ... on Offer {
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

export const UpdateOfferWeeklyHoursDocument = graphql(`
  mutation UpdateOfferWeeklyHours($offerId: ID!, $weeklyHoursId: ID!, $input: WeeklyHoursInput!) {
    updateOfferWeeklyHours(offerId: $offerId, weeklyHoursId: $weeklyHoursId, input: $input) {
      __typename
      ... on Offer {
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

export const RemoveOfferWeeklyHoursDocument = graphql(`
  mutation RemoveOfferWeeklyHours($offerId: ID!, $weeklyHoursId: ID!) {
    removeOfferWeeklyHours(offerId: $offerId, weeklyHoursId: $weeklyHoursId) {
      __typename
      ... on Offer {
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

export const AddOfferHoursExceptionDocument = graphql(`
  mutation AddOfferHoursException($offerId: ID!, $input: HoursExceptionInput!) {
    addOfferHoursException(offerId: $offerId, input: $input) {
      __typename
      ... on Offer {
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

export const UpdateOfferHoursExceptionDocument = graphql(`
  mutation UpdateOfferHoursException($offerId: ID!, $exceptionId: ID!, $input: HoursExceptionInput!) {
    updateOfferHoursException(offerId: $offerId, exceptionId: $exceptionId, input: $input) {
      __typename
      ... on Offer {
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

export const RemoveOfferHoursExceptionDocument = graphql(`
  mutation RemoveOfferHoursException($offerId: ID!, $exceptionId: ID!) {
    removeOfferHoursException(offerId: $offerId, exceptionId: $exceptionId) {
      __typename
      ... on Offer {
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

export const SetOfferHoursSettingsDocument = graphql(`
  mutation SetOfferHoursSettings($offerId: ID!, $input: HoursSettingsInput!) {
    setOfferHoursSettings(offerId: $offerId, input: $input) {
      __typename
      ... on Offer {
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
