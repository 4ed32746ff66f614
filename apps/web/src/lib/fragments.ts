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

/**
 * Why a mutation was refused: every typed failure's code and Danish message, and a ValidationError's messages per
 * field. Every mutation's operation spreads it on its result (`...MutationFailure`); form-errors.ts reads it.
 */
export const MutationFailureFields = graphql(`
  fragment MutationFailure on ErrorResult {
    code
    message
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
`);
