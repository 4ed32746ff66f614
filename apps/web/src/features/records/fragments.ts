import { graphql } from '../../gql';

/** What every contact and offer page shows about trust: verified, stale, owner. */
export const RecordTrustFields = graphql(`
  fragment RecordTrustFields on Contact {
    lastVerifiedAt
    lastVerifiedBy
    stale
    verificationDue
    owner {
      kind
      accountId
      unitId
    }
  }
`);

export const OfferTrustFields = graphql(`
  fragment OfferTrustFields on Offer {
    lastVerifiedAt
    lastVerifiedBy
    stale
    verificationDue
    owner {
      kind
      accountId
      unitId
    }
  }
`);

export const HoursFields = graphql(`
  fragment HoursFields on OpeningHours {
    alwaysOpen
    openOnHolidays
    note
    weekly {
      day
      opens
      closes
    }
    exceptions {
      date
      closed
      opens
      closes
      note
    }
  }
`);

/** The organisation of a contact or an offer, with what its page links to. */
export const PlaceFields = graphql(`
  fragment PlaceFields on Organisation {
    id
    name
    sector
    municipality {
      code
      name
    }
    region {
      key
      name
    }
  }
`);
