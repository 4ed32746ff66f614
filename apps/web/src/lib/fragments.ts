import { graphql } from '../gql';

/** A way to reach a contact or an offer, for lib/Channels.tsx. */
export const ChannelFields = graphql(`
  fragment ChannelFields on Channel {
    kind
    value
    label
    visibility
  }
`);

/** Open or closed at the moment asked about, for lib/OpeningStatus.tsx. */
export const StatusFields = graphql(`
  fragment StatusFields on OpeningStatus {
    openNow
    closesAt
    nextOpensAt
    holiday
  }
`);
