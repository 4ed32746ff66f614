import { graphql } from '../../../../gql';

export const DeleteOfferDocument = graphql(`
  mutation DeleteOffer($id: ID!) {
    deleteOffer(id: $id) {
      __typename
      ...MutationFailure
    }
  }
`);

export const DeleteContactDocument = graphql(`
  mutation DeleteContact($id: ID!) {
    deleteContact(id: $id) {
      __typename
      ...MutationFailure
    }
  }
`);

export const DeleteUnitDocument = graphql(`
  mutation DeleteUnit($id: ID!) {
    deleteUnit(id: $id) {
      __typename
      ...MutationFailure
    }
  }
`);

export const DeleteOrganisationDocument = graphql(`
  mutation DeleteOrganisation($id: ID!) {
    deleteOrganisation(id: $id) {
      __typename
      ...MutationFailure
    }
  }
`);

/** What a delete would take with it, or what blocks it, from the API (nothing is written). */
export const DeletionPreviewDocument = graphql(`
  query DeletionPreview($id: ID!) {
    deletionPreview(id: $id) {
      id
      name
      goes {
        key
        label
        count
      }
      blockedBy {
        key
        label
        count
      }
    }
  }
`);
