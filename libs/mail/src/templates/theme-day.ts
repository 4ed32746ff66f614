import { z } from 'zod';
import { buildCalendar } from '#core';
import type { RenderedMail } from './mail-template.js';

const instant = z.iso.datetime({ offset: true });

/** What every message about one theme day and one attendee needs. */
export const themeDayBase = z.object({
  attendeeName: z.string().trim().min(1),
  attendeeEmail: z.email(),
  title: z.string().trim().min(1),
  /** ISO 8601 with an offset, e.g. "2027-02-10T09:00:00+01:00". */
  startsAt: instant,
  endsAt: instant,
  venue: z.string().trim().min(1),
  networkName: z.string().trim().min(1),
  organiserEmail: z.email(),
  /** The calendar UID of the theme day: the same in the invitation, every update and the cancellation. */
  uid: z.string().trim().min(1),
});
export type ThemeDayBase = z.infer<typeof themeDayBase>;

/** The text/calendar part about the theme day for this attendee. */
export function themeDayInvitation(
  data: ThemeDayBase,
  method: 'REQUEST' | 'CANCEL',
  sequence: number,
  details: { description: string; url?: string },
): NonNullable<RenderedMail['icalEvent']> {
  const content = buildCalendar({
    method,
    uid: data.uid,
    sequence,
    startsAt: data.startsAt,
    endsAt: data.endsAt,
    summary: data.title,
    description: details.description,
    location: data.venue,
    url: details.url,
    organizer: { email: data.organiserEmail, name: data.networkName },
    attendees: [{ email: data.attendeeEmail, name: data.attendeeName }],
  });
  return { method, filename: method === 'CANCEL' ? 'aflysning.ics' : 'invitation.ics', content };
}
