import { graphql } from '../../../gql';

export const OfferEditDocument = graphql(`
  query OfferEdit($id: ID!) {
    offer(id: $id) {
      id
      name
      description
      helpText
      ageMin
      ageMax
      waitingTime
      cost
      address
      openingHours {
        ...EditableHours
      }
      organisation {
        id
      }
      unit {
        id
      }
      owner {
        kind
        accountId
        unitId
      }
      channels {
        id
        kind
        value
        label
        visibility
      }
    }
  }
`);

export const ContactEditDocument = graphql(`
  query ContactEdit($id: ID!) {
    contact(id: $id) {
      id
      name
      roleTitle
      helpText
      deputy {
        id
      }
      openingHours {
        ...EditableHours
      }
      organisation {
        id
      }
      unit {
        id
      }
      owner {
        kind
        accountId
        unitId
      }
      channels {
        id
        kind
        value
        label
        visibility
      }
    }
  }
`);

export const UpdateOfferDocument = graphql(`
  mutation UpdateOfferFields($id: ID!, $input: UpdateOfferInput!) {
    updateOffer(id: $id, input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

export const UpdateContactDocument = graphql(`
  mutation UpdateContactFields($id: ID!, $input: UpdateContactInput!) {
    updateContact(id: $id, input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

export const CreateContactDocument = graphql(`
  mutation CreateContactForm($input: CreateContactInput!) {
    createContact(input: $input) {
      __typename
      ... on Contact {
        id
      }
      ...MutationFailure
    }
  }
`);
