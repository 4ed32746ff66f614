/**
 * The data of the messages the upkeep lib asks the outbox for, by template name. The mail lib checks
 * it against each template's schema when it is queued; apps/api ties these types to those schemas.
 * Instants are ISO 8601 strings with an offset; dates may also be plain ISO dates.
 */

export interface ChangeDigestData {
  recipientName: string;
  networkName: string;
  /** The period: changes after `from` up to `to`. */
  from: string;
  to: string;
  municipalities: string[];
  /** Situation labels; empty means every situation. */
  situations: string[];
  groups: {
    organisationName: string;
    records: { kind: 'Kontakt' | 'Tilbud'; name: string; changes: string[] }[];
  }[];
  /** Changed records left out of a long digest. */
  more: number;
  manageUrl: string;
  unsubscribeUrl: string;
}

export interface ContactHandedOverData {
  /** Absent for the network's shared address. */
  recipientName?: string;
  leavingName: string;
  leavingRoleTitle?: string;
  organisationName: string;
  successorName: string;
  /** The successor is a function line (a duty phone, a team) rather than a person. */
  successorIsFunction: boolean;
  successorRoleTitle?: string;
  leftOn: string;
  networks: {
    name: string;
    /** The roles the leaving person had in the network. */
    roles: ('KEY_PERSON' | 'STEERING_GROUP')[];
    /** The account that took the roles over; absent: they are vacant. */
    takenOverBy?: string;
  }[];
  /** The editor's own words (no citizen data). */
  note?: string;
  publicUrl: string;
}

export interface CoverageGapsData {
  recipientName: string;
  networkName: string;
  municipalityName: string;
  gaps: {
    label: string;
    status: 'MISSING' | 'STALE';
    /** Where to add a contact for the situation (missing entry points). */
    addUrl: string;
    /** The stale entry points, to confirm or correct. */
    entryPoints: { kind: 'Funktion' | 'Person'; name: string; verificationDue: string; editUrl: string }[];
  }[];
  overviewUrl: string;
}

/** One contact or offer to confirm in a verification request or escalation. */
export interface VerificationRecord {
  kind: 'Kontakt' | 'Tilbud';
  name: string;
  /** The organisation it belongs to, shown when a mail covers more than one. */
  organisationName?: string;
  /** Never confirmed: null (or left out). */
  lastVerifiedAt?: string | null;
  /** When it must be confirmed again. */
  dueDate?: string;
  /** Who answers for it (escalations). */
  owner?: string;
  confirmUrl: string;
  editUrl: string;
}
