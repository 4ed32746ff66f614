import type { DecisionOutcome } from './supervision/supervision-mails.js';

/**
 * The network's events: published in the transaction of the change, heard after commit (and by the
 * outbox inside it, so a mail is stored with the change it tells of).
 */
declare module '#core' {
  interface DomainEventCatalogue {
    ThemeDayCreated: { themeDayId: string; networkId: string };
    /** `told`: what attendees are told changed (time, place, title); empty when nothing they need to hear. */
    ThemeDayChanged: { themeDayId: string; networkId: string; told: string[] };
    /** `registrationIds`: the registrations the cancellation ended, in their order. */
    ThemeDayCancelled: { themeDayId: string; networkId: string; reason: string | null; registrationIds: string[] };
    /** A seat at once. */
    ThemeDayRegistrationConfirmed: { registrationId: string; themeDayId: string };
    /** No free seat: on the waitlist, at `position` (1 is next in line). */
    ThemeDayRegistrationWaitlisted: { registrationId: string; themeDayId: string; position: number };
    /** Moved from the waitlist to a seat that became free. */
    ThemeDayRegistrationPromoted: { registrationId: string; themeDayId: string };
    /** The attendee cancelled (by the link in the mail, or signed in). */
    ThemeDayRegistrationCancelled: { registrationId: string; themeDayId: string; hadSeat: boolean };
    NetworkMemberApplied: { memberId: string; networkId: string; accountId: string };
    NetworkMembershipDecided: { memberId: string; networkId: string; accountId: string; approved: boolean };
    NetworkMemberLeft: { memberId: string; networkId: string; accountId: string };
    SupervisionGroupCreated: { groupId: string; networkId: string };
    SupervisionGroupChanged: { groupId: string; networkId: string; rescheduled: boolean };
    SupervisionSessionCancelled: { sessionId: string; groupId: string };
    SupervisionApplied: { participantId: string; groupId: string; memberId: string };
    /** A coordinator's decision, or (SEAT_FREED) a seat given to the first who fits on the waitlist, `at` that moment. */
    SupervisionApplicationDecided: { participantId: string; groupId: string; memberId: string; outcome: DecisionOutcome; at: Date };
    SupervisionWithdrawn: { participantId: string; groupId: string; memberId: string };
  }
}

export {};
