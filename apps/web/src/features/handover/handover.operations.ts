import { graphql } from '../../gql';

/** What the questions offer: every municipality (for suggestions) and the situations with their Danish labels. */
export const HandoverChoices = graphql(`
  query HandoverChoices {
    municipalities {
      code
      name
    }
    taxonomy(kind: SITUATION) {
      key
      label
      parentKey
    }
  }
`);

/** One entry point of the answer: who, where, how to reach them and whether they are open at the moment asked about. */
export const EntryPointFields = graphql(`
  fragment EntryPointFields on HandoverEntryPoint {
    callNow
    contact {
      id
      kind
      name
      roleTitle
      helpText
      stale
      lastVerifiedAt
      organisation {
        name
      }
      unit {
        name
      }
      channels {
        ...ChannelFields
      }
    }
    openingStatus {
      ...StatusFields
    }
  }
`);

/** The answer, ranked for the moment by the API: call now, the municipality's others, the region's, offers, volunteers, theme days. */
export const HandoverAnswer = graphql(`
  query HandoverAnswer($municipality: String!, $age: Int, $situations: [String!], $at: DateTime) {
    handoverGuide(municipalityCode: $municipality, age: $age, situations: $situations, at: $at) {
      at
      age
      municipality {
        code
        name
        officialName
      }
      region {
        name
      }
      situations {
        key
        label
      }
      callNow {
        ...EntryPointFields
      }
      entryPoints {
        ...EntryPointFields
      }
      regionalEntryPoints {
        ...EntryPointFields
      }
      offers {
        id
        name
        accessRoute
        ageMin
        ageMax
        helpText
        description
        stale
        lastVerifiedAt
        organisation {
          name
        }
        channels {
          ...ChannelFields
        }
      }
      volunteerOrganisations {
        id
        name
        website
        description
        municipality {
          code
        }
      }
      themeDays {
        id
        title
        startsAt
        endsAt
        venue
      }
    }
  }
`);

export const SendHandoverSheet = graphql(`
  mutation SendHandoverSheet($input: SendHandoverSheetInput!) {
    sendHandoverSheet(input: $input) {
      __typename
      ... on HandoverSheetSent {
        to
        staffChannelsIncluded
      }
      ...MutationFailure
    }
  }
`);
