import { graphql } from '../../gql';

export const ImportOrganisationDocument = graphql(`
  query ImportOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
    }
  }
`);

export const ImportSpreadsheetDocument = graphql(`
  mutation ImportSpreadsheet($input: ImportSpreadsheetInput!) {
    importSpreadsheet(input: $input) {
      __typename
      ... on ImportReport {
        importId
        dryRun
        applied
        format
        encoding
        delimiter
        created
        updated
        unchanged
        failed
        columns {
          header
          field
        }
        rows {
          rowNumber
          kind
          name
          action
          recordId
          changedFields
        }
        problems {
          rowNumber
          column
          message
        }
        warnings {
          rowNumber
          column
          message
        }
      }
      ...MutationFailure
    }
  }
`);
