/**
 * The data of the messages the network lib asks the outbox for, by template name. The mail lib checks
 * it against each template's schema when it is queued; apps/api ties these types to those schemas.
 * Instants are ISO 8601 strings with an offset.
 */

export interface KeyPersonWelcomeData {
  recipientName: string;
  /** The person they took over from, when it was a handover. */
  predecessorName?: string;
  /** The organisation they became key person of in Vejviser. */
  organisationName?: string;
  networks: {
    name: string;
    description?: string;
    /** The party they represent, e.g. "Helsingør Kommune". */
    partyName: string;
    keyPerson: boolean;
    steeringGroup: boolean;
    coordinatorEmail?: string;
    themeDays: { title: string; startsAt: string }[];
    supervisionGroups: { name: string; focus: string }[];
    calendarUrl: string;
  }[];
  publicUrl: string;
}

/** A participant and one session of a supervision group. */
interface SupervisionSessionData {
  name: string;
  groupName: string;
  networkName: string;
  facilitatorName: string;
  startsAt: string;
  endsAt: string;
  venue?: string;
}

export interface SupervisionApplicationDecidedData {
  name: string;
  groupName: string;
  focus: string;
  networkName: string;
  facilitatorName: string;
  /** APPROVED: a seat; WAITLISTED: approved but the group is full; REJECTED; SEAT_FREED: moved from the waitlist to a seat. */
  outcome: 'APPROVED' | 'WAITLISTED' | 'REJECTED' | 'SEAT_FREED';
  nextSessionStartsAt?: string;
  nextSessionEndsAt?: string;
  venue?: string;
  /** 1 for the first on the waitlist. */
  waitlistPosition?: number;
}

export interface SupervisionSessionCancelledData extends SupervisionSessionData {
  /** The group's next session that goes ahead, if any. */
  nextSessionStartsAt?: string;
  nextSessionEndsAt?: string;
}

export interface SupervisionSessionReminderData extends SupervisionSessionData {
  /** "møde 4 af 12". */
  sessionNumber?: number;
  sessionCount?: number;
}
