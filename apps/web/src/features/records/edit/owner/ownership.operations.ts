import { graphql } from '../../../../gql';

/**
 * Whom a record's owner and deputy can be: the accounts that may edit it (by name), the signed-in account, the
 * organisation's units and its live contacts.
 */
export const OwnershipChoicesDocument = graphql(`
  query OwnershipChoices($organisationId: ID!, $unitId: ID) {
    me {
      id
      displayName
    }
    recordEditors(organisationId: $organisationId, unitId: $unitId) {
      id
      displayName
    }
    organisation(id: $organisationId) {
      id
      name
      units {
        id
        name
      }
    }
    contacts(filter: { organisationId: $organisationId }, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const SetOfferOwnerDocument = graphql(`
  mutation SetOfferOwner($id: ID!, $input: UpdateOfferInput!) {
    updateOffer(id: $id, input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

export const SetContactOwnerDocument = graphql(`
  mutation SetContactOwner($id: ID!, $input: UpdateContactInput!) {
    updateContact(id: $id, input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);
