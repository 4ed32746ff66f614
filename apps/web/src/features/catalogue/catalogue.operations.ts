import { graphql } from '../../gql';

/** The signed-in account's roles: who may create and edit organisations and units. */
export const CatalogueRightsDocument = graphql(`
  query CatalogueRights {
    me {
      id
      grants {
        role
        organisationId
        unitId
      }
    }
  }
`);

/** An organisation with its units (all of them, for choosing a unit's place). */
export const OrganisationEditDocument = graphql(`
  query OrganisationEdit($id: ID!) {
    organisation(id: $id) {
      id
      name
      sector
      description
      address
      website
      verificationIntervalDays
      municipality {
        code
      }
      region {
        key
      }
    }
    units(filter: { organisationId: $id }, first: 100) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const UnitEditDocument = graphql(`
  query UnitEdit($id: ID!) {
    unit(id: $id) {
      id
      name
      kind
      description
      address
      organisation {
        id
        name
      }
      parent {
        id
        parent {
          id
          parent {
            id
          }
        }
      }
      children {
        id
      }
      contacts {
        id
      }
      offers {
        id
      }
    }
  }
`);

export const CreateOrganisationDocument = graphql(`
  mutation CreateOrganisationForm($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      __typename
      ... on Organisation {
        id
      }
      ...MutationFailure
    }
  }
`);

export const UpdateOrganisationDocument = graphql(`
  mutation UpdateOrganisationForm($id: ID!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

export const CreateUnitDocument = graphql(`
  mutation CreateUnitForm($input: CreateUnitInput!) {
    createUnit(input: $input) {
      __typename
      ... on Unit {
        id
      }
      ...MutationFailure
    }
  }
`);

export const UpdateUnitDocument = graphql(`
  mutation UpdateUnitForm($id: ID!, $input: UpdateUnitInput!) {
    updateUnit(id: $id, input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

/** Every organisation by name (the administrators' overview). */
export const AllOrganisationsDocument = graphql(`
  query AllOrganisations {
    organisations(first: 100) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateOfferDocument = graphql(`
  mutation CreateOfferForm($input: CreateOfferInput!) {
    createOffer(input: $input) {
      __typename
      ... on Offer {
        id
      }
      ...MutationFailure
    }
  }
`);
