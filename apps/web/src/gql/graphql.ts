/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How a citizen gets the offer. */
export type AccessRoute =
  /** Anonym: ingen henvisning, ingen registrering. */
  | 'ANONYMOUS'
  /** Kræver henvisning (fx egen læge, hospital, sagsbehandler). */
  | 'REFERRAL'
  /** Borgeren kan selv henvende sig. */
  | 'SELF_REFERRAL'
  /** Kræver en kommunal afgørelse (visitation). */
  | 'VISITATION';

export type ChannelKind =
  | 'CHAT'
  | 'DROP_IN'
  | 'EMAIL'
  | 'PHONE'
  | 'SMS'
  | 'VIDEO'
  | 'WEB';

/** A named PERSON or a FUNCTION (team line, duty phone). */
export type ContactKind =
  | 'FUNCTION'
  | 'PERSON';

/** A point in Denmark and a radius around it. */
export type NearInput = {
  /** Latitude, e.g. 56.033. */
  latitude: number;
  /** Longitude, e.g. 12.613. */
  longitude: number;
  /** Radius in km, at most 500 (default 25). */
  radiusKm?: number | null | undefined;
};

export type OfferStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PAUSED';

/** A part of the query text search can understand (SearchConnection.understood). */
export type QueryPart =
  | 'AGE'
  | 'MUNICIPALITY'
  | 'SITUATION';

export type RedeemLinkInput = {
  /** The new password, at least 12 characters. */
  password: string;
  /** The token from the link in the mail. */
  token: string;
};

export type RefreshTokenInput = {
  refreshToken: string;
};

export type SearchInput = {
  accessRoutes?: Array<AccessRoute> | null | undefined;
  after?: string | null | undefined;
  /** Only records whose age range includes this age. */
  age?: number | null | undefined;
  /** Page size, at most 50 (default 10). */
  first?: number | null | undefined;
  /** Parts of `query` to take as plain words instead of understanding them (default: none). A client that shows `understood` as chips removes a chip by sending its part here (or by removing its words from `query`). */
  literal?: Array<QueryPart> | null | undefined;
  /** Municipality codes; regional records of their region match too. */
  municipalityCodes?: Array<string> | null | undefined;
  /** Near a point: within radiusKm of it, or covering the municipality the point lies in (its nearest town hall town). */
  near?: NearInput | null | undefined;
  /** Near a municipality (code, e.g. "0217"): within 25 km of its town hall town, or covering the municipality. */
  nearMunicipality?: string | null | undefined;
  /** Only contacts and offers open at this moment (Copenhagen time, public holidays and exceptions included). */
  openAt?: string | null | undefined;
  /** Problem tag keys (with sub-tags). */
  problemTags?: Array<string> | null | undefined;
  /** Words to find, in any inflection; typos are tolerated. Empty: browse with filters. */
  query?: string | null | undefined;
  /** Region keys or codes. */
  regions?: Array<string> | null | undefined;
  sectors?: Array<Sector> | null | undefined;
  /** Situation keys (with sub-situations). */
  situations?: Array<string> | null | undefined;
  /** RELEVANCE (default) or DISTANCE (needs near or nearMunicipality). */
  sortBy?: SearchSort | null | undefined;
  statuses?: Array<OfferStatus> | null | undefined;
  types?: Array<SearchType> | null | undefined;
};

export type SearchSort =
  /** Nearest first from `near` or `nearMunicipality`; records without a location last. */
  | 'DISTANCE'
  /** Best match first (default). */
  | 'RELEVANCE';

export type SearchType =
  | 'CONTACT'
  | 'OFFER'
  | 'ORGANISATION'
  | 'UNIT';

/** Kommunal, regional, statslig, civilsamfund eller privat. */
export type Sector =
  | 'CIVIL_SOCIETY'
  | 'MUNICIPAL'
  | 'PRIVATE'
  | 'REGIONAL'
  | 'STATE';

/** The handover question and a colleague to mail the sheet to. Nothing about the citizen. */
export type SendHandoverSheetInput = {
  age?: number | null | undefined;
  /** The moment the sheet is about (default: now). */
  at?: string | null | undefined;
  /** A short note to the colleague, at most 500 characters. Never citizen data. */
  message?: string | null | undefined;
  /** Municipality code ("0217") or name. */
  municipalityCode: string;
  /** Situation keys; none: all. */
  situations?: Array<string> | null | undefined;
  /** The colleague's e-mail address (one recipient). */
  to: string;
};

/** What a suggestion names. */
export type SuggestionKind =
  | 'MUNICIPALITY'
  | 'OFFER'
  | 'ORGANISATION'
  | 'SITUATION';

/** PUBLIC for everyone; STAFF only for signed-in professionals. */
export type Visibility =
  | 'PUBLIC'
  | 'STAFF';

export type AcceptInvitationMutationVariables = Exact<{
  input: RedeemLinkInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'Session', refreshToken: string, account: { email: string } }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type ResetPasswordMutationVariables = Exact<{
  input: RedeemLinkInput;
}>;


export type ResetPasswordMutation = { resetPassword:
    | { __typename: 'AuthenticationError', code: string, message: string }
    | { __typename: 'Session', refreshToken: string, account: { email: string } }
    | { __typename: 'ValidationError', code: string, message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export type EndLinkSessionMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type EndLinkSessionMutation = { signOut: { sessions: number } };

export type FindSearchQueryVariables = Exact<{
  input: SearchInput;
}>;


export type FindSearchQuery = { search: { totalCount: number, correctedQuery: string | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, understood: { text: string, age: number | null, municipalities: Array<{ code: string, name: string }>, situations: Array<{ key: string, label: string }> }, facets: Array<{ field: string, values: Array<{ value: string, label: string, count: number }> }>, edges: Array<{ cursor: string, type: SearchType, stale: boolean, openingStatus: { openNow: boolean, closesAtLocal: string | null, nextOpensAtLocal: string | null } | null, node:
        | { __typename: 'Contact', id: string, name: string, kind: ContactKind, roleTitle: string | null, lastVerifiedAt: string | null, channels: Array<{ kind: ChannelKind, label: string | null, value: string }>, organisation: { name: string, municipality: { name: string } | null, region: { name: string } | null } }
        | { __typename: 'Offer', id: string, name: string, helpText: string | null, lastVerifiedAt: string | null, channels: Array<{ kind: ChannelKind, label: string | null, value: string }>, organisation: { name: string, municipality: { name: string } | null, region: { name: string } | null } }
        | { __typename: 'Organisation', id: string, name: string, lastVerifiedAt: string | null, municipality: { name: string } | null, region: { name: string } | null }
        | { __typename: 'Unit', id: string, name: string, lastVerifiedAt: string | null, organisation: { name: string, municipality: { name: string } | null, region: { name: string } | null } }
       }> } };

export type FindSuggestQueryVariables = Exact<{
  prefix: string;
}>;


export type FindSuggestQuery = { suggest: Array<{ kind: SuggestionKind, label: string, code: string | null, detail: string | null }> };

export type HandoverChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoverChoicesQuery = { municipalities: Array<{ code: string, name: string }>, taxonomy: Array<{ key: string, label: string, parentKey: string | null }> };

export type HandoverAnswerQueryVariables = Exact<{
  municipality: string;
  age?: number | null | undefined;
  situations?: Array<string> | string | null | undefined;
  at?: string | null | undefined;
}>;


export type HandoverAnswerQuery = { handoverGuide: { at: string, age: number | null, municipality: { code: string, name: string, officialName: string }, region: { name: string } | null, situations: Array<{ key: string, label: string }>, callNow: Array<{ callNow: boolean, contact: { id: string, kind: ContactKind, name: string, roleTitle: string | null, helpText: string | null, stale: boolean, lastVerifiedAt: string | null, organisation: { name: string }, unit: { name: string } | null, channels: Array<{ kind: ChannelKind, label: string | null, value: string, visibility: Visibility }> }, openingStatus: { openNow: boolean, closesAt: string | null, nextOpensAt: string | null, holiday: string | null } | null }>, entryPoints: Array<{ callNow: boolean, contact: { id: string, kind: ContactKind, name: string, roleTitle: string | null, helpText: string | null, stale: boolean, lastVerifiedAt: string | null, organisation: { name: string }, unit: { name: string } | null, channels: Array<{ kind: ChannelKind, label: string | null, value: string, visibility: Visibility }> }, openingStatus: { openNow: boolean, closesAt: string | null, nextOpensAt: string | null, holiday: string | null } | null }>, regionalEntryPoints: Array<{ callNow: boolean, contact: { id: string, kind: ContactKind, name: string, roleTitle: string | null, helpText: string | null, stale: boolean, lastVerifiedAt: string | null, organisation: { name: string }, unit: { name: string } | null, channels: Array<{ kind: ChannelKind, label: string | null, value: string, visibility: Visibility }> }, openingStatus: { openNow: boolean, closesAt: string | null, nextOpensAt: string | null, holiday: string | null } | null }>, offers: Array<{ id: string, name: string, accessRoute: AccessRoute, ageMin: number | null, ageMax: number | null, helpText: string | null, description: string | null, stale: boolean, lastVerifiedAt: string | null, organisation: { name: string }, channels: Array<{ kind: ChannelKind, label: string | null, value: string, visibility: Visibility }> }>, volunteerOrganisations: Array<{ id: string, name: string, website: string | null, description: string | null, municipality: { code: string } | null }>, themeDays: Array<{ id: string, title: string, startsAt: string, endsAt: string, venue: string | null }> } };

export type SendHandoverSheetMutationVariables = Exact<{
  input: SendHandoverSheetInput;
}>;


export type SendHandoverSheetMutation = { sendHandoverSheet:
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'HandoverSheetSent', to: string, staffChannelsIncluded: boolean }
    | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ path: string, message: string }> }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: RedeemLinkInput!) {
  acceptInvitation(input: $input) {
    __typename
    ... on Session {
      refreshToken
      account {
        email
      }
    }
    ... on ErrorResult {
      code
      message
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: RedeemLinkInput!) {
  resetPassword(input: $input) {
    __typename
    ... on Session {
      refreshToken
      account {
        email
      }
    }
    ... on ErrorResult {
      code
      message
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const EndLinkSessionDocument = new TypedDocumentString(`
    mutation EndLinkSession($input: RefreshTokenInput!) {
  signOut(input: $input) {
    sessions
  }
}
    `) as unknown as TypedDocumentString<EndLinkSessionMutation, EndLinkSessionMutationVariables>;
export const FindSearchDocument = new TypedDocumentString(`
    query FindSearch($input: SearchInput!) {
  search(input: $input) {
    totalCount
    correctedQuery
    pageInfo {
      hasNextPage
      endCursor
    }
    understood {
      text
      age
      municipalities {
        code
        name
      }
      situations {
        key
        label
      }
    }
    facets {
      field
      values {
        value
        label
        count
      }
    }
    edges {
      cursor
      type
      stale
      openingStatus {
        openNow
        closesAtLocal
        nextOpensAtLocal
      }
      node {
        __typename
        ... on Contact {
          id
          name
          kind
          roleTitle
          lastVerifiedAt
          channels {
            kind
            label
            value
          }
          organisation {
            name
            municipality {
              name
            }
            region {
              name
            }
          }
        }
        ... on Offer {
          id
          name
          helpText
          lastVerifiedAt
          channels {
            kind
            label
            value
          }
          organisation {
            name
            municipality {
              name
            }
            region {
              name
            }
          }
        }
        ... on Organisation {
          id
          name
          lastVerifiedAt
          municipality {
            name
          }
          region {
            name
          }
        }
        ... on Unit {
          id
          name
          lastVerifiedAt
          organisation {
            name
            municipality {
              name
            }
            region {
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FindSearchQuery, FindSearchQueryVariables>;
export const FindSuggestDocument = new TypedDocumentString(`
    query FindSuggest($prefix: String!) {
  suggest(prefix: $prefix, first: 8) {
    kind
    label
    code
    detail
  }
}
    `) as unknown as TypedDocumentString<FindSuggestQuery, FindSuggestQueryVariables>;
export const HandoverChoicesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<HandoverChoicesQuery, HandoverChoicesQueryVariables>;
export const HandoverAnswerDocument = new TypedDocumentString(`
    query HandoverAnswer($municipality: String!, $age: Int, $situations: [String!], $at: DateTime) {
  handoverGuide(
    municipalityCode: $municipality
    age: $age
    situations: $situations
    at: $at
  ) {
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
          kind
          label
          value
          visibility
        }
      }
      openingStatus {
        openNow
        closesAt
        nextOpensAt
        holiday
      }
    }
    entryPoints {
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
          kind
          label
          value
          visibility
        }
      }
      openingStatus {
        openNow
        closesAt
        nextOpensAt
        holiday
      }
    }
    regionalEntryPoints {
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
          kind
          label
          value
          visibility
        }
      }
      openingStatus {
        openNow
        closesAt
        nextOpensAt
        holiday
      }
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
        kind
        label
        value
        visibility
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
    `) as unknown as TypedDocumentString<HandoverAnswerQuery, HandoverAnswerQueryVariables>;
export const SendHandoverSheetDocument = new TypedDocumentString(`
    mutation SendHandoverSheet($input: SendHandoverSheetInput!) {
  sendHandoverSheet(input: $input) {
    __typename
    ... on HandoverSheetSent {
      to
      staffChannelsIncluded
    }
    ... on ErrorResult {
      message
    }
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SendHandoverSheetMutation, SendHandoverSheetMutationVariables>;