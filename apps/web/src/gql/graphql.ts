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

/** PUBLIC for everyone; STAFF only for signed-in professionals. */
export type Visibility =
  | 'PUBLIC'
  | 'STAFF';

export type SignedInAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type SignedInAccountQuery = { me: { id: string, displayName: string, email: string } | null };

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

export const SignedInAccountDocument = new TypedDocumentString(`
    query SignedInAccount {
  me {
    id
    displayName
    email
  }
}
    `) as unknown as TypedDocumentString<SignedInAccountQuery, SignedInAccountQueryVariables>;
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