import { graphql } from '../../gql';

/** The signed-in account's memberships: whether it is a key person anywhere (the menu entry "Ansøgninger"). */
export const MyKeyPersonRolesDocument = graphql(`
  query MyKeyPersonRoles {
    myNetworkMemberships {
      id
      status
      isKeyPerson
    }
  }
`);

/** Per membership as key person: the network, the party, and the applications waiting (the API shows a key person their party's only). */
export const KeyPersonApplicationsDocument = graphql(`
  query KeyPersonApplications {
    myNetworkMemberships {
      id
      status
      isKeyPerson
      party {
        id
        name
      }
      network {
        id
        name
        pending: members(filter: { status: PENDING }, first: 100) {
          edges {
            node {
              ...AdminMember
            }
          }
        }
      }
    }
  }
`);
