import { graphql } from '../../gql';

/** The volunteer organisations with their local branches and the theme days each hosts (members-only ones too, for coordinators). */
export const VolunteerOrganisationsDocument = graphql(`
  query VolunteerOrganisations {
    volunteerOrganisations(first: 100) {
      edges {
        node {
          id
          name
          website
          parentOrganisation {
            id
          }
          municipality {
            name
          }
          branches {
            id
            name
            municipality {
              name
            }
            hostedThemeDays {
              ...HostedDay
            }
          }
          hostedThemeDays {
            ...HostedDay
          }
        }
      }
    }
  }
`);

export const HostedDayFragment = graphql(`
  fragment HostedDay on ThemeDay {
    id
    title
    startsAt
    status
    visibility
    network {
      name
    }
  }
`);
