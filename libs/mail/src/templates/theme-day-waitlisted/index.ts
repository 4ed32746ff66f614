import { z } from 'zod';
import { danishDate, danishPeriod } from '../format.js';
import { html } from '../html.js';
import { button, facts, htmlLayout, paragraph, textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';
import { themeDayBase } from '../theme-day.js';

export const themeDayWaitlistedData = themeDayBase.extend({
  /** 1 for the first on the waitlist. */
  position: z.number().int().min(1),
  cancelUrl: z.url({ protocol: /^https?$/ }),
});
export type ThemeDayWaitlistedData = z.infer<typeof themeDayWaitlistedData>;

export const themeDayWaitlisted: MailTemplate<ThemeDayWaitlistedData> = {
  name: 'theme-day-waitlisted',
  description: 'Besked om, at temadagen er fuld, og at man står på venteliste.',
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
    position: 3,
    cancelUrl: 'https://vejviser.example.org/temadage/afmeld/eksempel',
  },
  render(data) {
    const when = danishPeriod(data.startsAt, data.endsAt);
    const layout = {
      title: `Du er på venteliste: ${data.title}`,
      preheader: `Nummer ${data.position} på ventelisten.`,
      reason: `du har tilmeldt dig en temadag i ${data.networkName}.`,
    };
    const full = `Temadagen er fuld, så du står på ventelisten som nummer ${data.position}. Bliver der en plads ledig, får du den automatisk og får besked på mail med en kalenderinvitation.`;
    const cancel = 'Vil du ikke længere stå på ventelisten, kan du melde fra her:';
    return {
      subject: `Venteliste: ${data.title}, ${danishDate(data.startsAt)}`,
      html: htmlLayout(
        layout,
        html`${paragraph(`Hej ${data.attendeeName},`)}${paragraph(full)}${facts([
          ['Tid', when],
          ['Sted', data.venue],
          ['Plads på ventelisten', String(data.position)],
        ])}${paragraph(cancel)}${paragraph(button(data.cancelUrl, 'Meld fra'))}`,
      ),
      text: textLayout(
        layout,
        [`Hej ${data.attendeeName},`, '', full, '', `Tid: ${when}`, `Sted: ${data.venue}`, '', `${cancel} ${data.cancelUrl}`].join('\n'),
      ),
    };
  },
};
