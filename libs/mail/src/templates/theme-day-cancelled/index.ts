import { z } from 'zod';
import { danishDate, danishPeriod } from '../format.js';
import { html } from '../html.js';
import { htmlLayout, paragraph, textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';
import { themeDayBase, themeDayInvitation } from '../theme-day.js';

export const themeDayCancelledData = themeDayBase.extend({
  /** Optional words on why, shown as they are. */
  reason: z.string().trim().min(1).optional(),
  /** Calendar SEQUENCE: higher than that of the last invitation sent for this uid (default 1). */
  sequence: z.number().int().min(1).optional(),
  /** The attendee cancelled their own registration (the day itself goes ahead). */
  byAttendee: z.boolean().optional(),
});
export type ThemeDayCancelledData = z.infer<typeof themeDayCancelledData>;

export const themeDayCancelled: MailTemplate<ThemeDayCancelledData> = {
  name: 'theme-day-cancelled',
  description: 'Besked om, at en temadag er aflyst, med aflysning til kalenderen.',
  sample: {
    attendeeName: 'Anna Bøgh Larsen',
    attendeeEmail: 'anna.larsen@example.org',
    title: 'Selvskade og selvmordstanker hos unge',
    startsAt: '2027-02-10T09:00:00+01:00',
    endsAt: '2027-02-10T15:30:00+01:00',
    venue: 'Medborgerhuset Eksempelby, Sal 2, Skolegade 4, 3000 Helsingør',
    networkName: 'Netværk Nordkysten',
    organiserEmail: 'temadage@example.org',
    uid: 'temadag-4f2b9c@vejviser.example.org',
    reason: 'To af oplægsholderne er blevet syge.',
    sequence: 1,
  },
  render(data) {
    const when = danishPeriod(data.startsAt, data.endsAt);
    const byAttendee = data.byAttendee === true;
    const layout = {
      title: byAttendee ? `Du er meldt fra temadagen: ${data.title}` : `Temadagen er aflyst: ${data.title}`,
      preheader: byAttendee ? `Din plads ${when} er givet videre.` : `Temadagen ${when} er aflyst.`,
      reason: `du var tilmeldt en temadag i ${data.networkName}.`,
    };
    const sorry = byAttendee
      ? `Du er nu meldt fra temadagen ${when} i ${data.venue}. Tak, fordi du gav besked – pladsen går til den første på ventelisten.`
      : `Vi må desværre aflyse temadagen, som skulle have været ${when} i ${data.venue}.`;
    const why = data.reason && `Årsag: ${data.reason}`;
    const nothingToDo =
      'Din tilmelding er annulleret, og du skal ikke gøre mere. Har du lagt dagen i din kalender, kan du fjerne den med den vedhæftede aflysning.';
    const subject = byAttendee ? 'Framelding bekræftet' : 'Temadag aflyst';
    const questions = `Har du spørgsmål, så skriv til ${data.organiserEmail}.`;
    return {
      subject: `${subject}: ${data.title}, ${danishDate(data.startsAt)}`,
      html: htmlLayout(
        layout,
        html`${paragraph(`Hej ${data.attendeeName},`)}${paragraph(sorry)}${why && paragraph(why)}${paragraph(nothingToDo)}${paragraph(questions)}`,
      ),
      text: textLayout(
        layout,
        [`Hej ${data.attendeeName},`, '', sorry, ...(why ? ['', why] : []), '', nothingToDo, '', questions].join('\n'),
      ),
      icalEvent: themeDayInvitation(data, 'CANCEL', data.sequence ?? 1, {
        description: [byAttendee ? 'Du er meldt fra.' : 'Temadagen er aflyst.', why].filter((line) => line !== undefined).join('\n'),
      }),
    };
  },
};
