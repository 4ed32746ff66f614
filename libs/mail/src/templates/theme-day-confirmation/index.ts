import { z } from 'zod';
import { danishDate, danishPeriod } from '../format.js';
import { html } from '../html.js';
import { button, facts, htmlLayout, link, paragraph, textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';
import { themeDayBase, themeDayInvitation } from '../theme-day.js';

export const themeDayConfirmationData = themeDayBase.extend({
  topic: z.string().trim().min(1),
  onlineUrl: z.url({ protocol: /^https?$/ }).optional(),
  cancelUrl: z.url({ protocol: /^https?$/ }),
  /** Calendar SEQUENCE: 0 for the first invitation, raised when the day is moved. */
  sequence: z.number().int().min(0).optional(),
  /** Why the message goes: a new registration (default), a seat freed from the waitlist, a change to the day, or a reminder. */
  occasion: z.enum(['CONFIRMED', 'PROMOTED', 'CHANGED', 'REMINDER']).optional(),
  /** For CHANGED: what changed, in Danish, e.g. "Tidspunktet er flyttet". */
  changes: z.array(z.string().trim().min(1)).optional(),
});
export type ThemeDayConfirmationData = z.infer<typeof themeDayConfirmationData>;

const OCCASIONS = {
  CONFIRMED: {
    title: 'Du er tilmeldt temadagen',
    subject: 'Tilmelding bekræftet',
    intro: (network: string) => `Tak for din tilmelding til temadagen i ${network}. Vi glæder os til at se dig.`,
  },
  PROMOTED: {
    title: 'Du har fået plads på temadagen',
    subject: 'Du har fået plads',
    intro: (network: string) => `Der er blevet en plads ledig på temadagen i ${network}, og den er din. Du er nu tilmeldt.`,
  },
  CHANGED: {
    title: 'Temadagen er ændret',
    subject: 'Ændring',
    intro: (network: string) => `Der er ændringer til temadagen i ${network}, som du er tilmeldt. Se de nye oplysninger herunder.`,
  },
  REMINDER: {
    title: 'Påmindelse om temadagen',
    subject: 'Påmindelse',
    intro: (network: string) => `Vi glæder os til at se dig til temadagen i ${network}. Her er oplysningerne igen.`,
  },
} as const;

export const themeDayConfirmation: MailTemplate<ThemeDayConfirmationData> = {
  name: 'theme-day-confirmation',
  description: 'Bekræftelse af tilmelding til en temadag, med kalenderinvitation.',
  sample: {
    attendeeName: 'Anna Bøgh Larsen',
    attendeeEmail: 'anna.larsen@example.org',
    title: 'Selvskade og selvmordstanker hos unge',
    topic: 'Hvordan taler vi med unge om selvskade – og hvem gør hvad, når en ung udskrives fra børne- og ungdomspsykiatrien?',
    startsAt: '2027-02-10T09:00:00+01:00',
    endsAt: '2027-02-10T15:30:00+01:00',
    venue: 'Medborgerhuset Eksempelby, Sal 2, Skolegade 4, 3000 Helsingør',
    onlineUrl: 'https://moede.example.org/temadag-selvskade',
    networkName: 'Netværk Nordkysten',
    organiserEmail: 'temadage@example.org',
    cancelUrl: 'https://vejviser.example.org/temadage/afmeld/eksempel',
    uid: 'temadag-4f2b9c@vejviser.example.org',
  },
  render(data) {
    const when = danishPeriod(data.startsAt, data.endsAt);
    const occasion = OCCASIONS[data.occasion ?? 'CONFIRMED'];
    const layout = {
      title: `${occasion.title}: ${data.title}`,
      preheader: `${when}, ${data.venue}`,
      reason: `du har tilmeldt dig en temadag i ${data.networkName}.`,
    };
    const thanks = [occasion.intro(data.networkName), ...(data.changes ?? [])].join(' ');
    const calendar = 'Kalenderinvitationen er vedhæftet, så du kan lægge dagen i din kalender.';
    const cancel = 'Kan du alligevel ikke komme? Meld fra, så en anden kan få pladsen.';
    const questions = `Har du spørgsmål, så skriv til ${data.organiserEmail}.`;
    const privacy = 'Vi gemmer kun din tilmelding, til temadagen er holdt og en fast frist er gået. Derefter bliver den slettet.';
    const description = [
      data.topic,
      '',
      `Arrangør: ${data.networkName} (${data.organiserEmail})`,
      data.onlineUrl && `Online: ${data.onlineUrl}`,
      `Meld fra: ${data.cancelUrl}`,
    ]
      .filter((line) => line !== undefined)
      .join('\n');
    return {
      subject: `${occasion.subject}: ${data.title}, ${danishDate(data.startsAt)}`,
      html: htmlLayout(
        layout,
        html`${paragraph(`Hej ${data.attendeeName},`)}${paragraph(thanks)}${facts([
          ['Emne', data.topic],
          ['Tid', when],
          ['Sted', data.venue],
          ['Online', data.onlineUrl && link(data.onlineUrl, data.onlineUrl)],
          ['Arrangør', html`${data.networkName}, ${link(`mailto:${data.organiserEmail}`, data.organiserEmail)}`],
        ])}${paragraph(calendar)}${paragraph(cancel)}${paragraph(button(data.cancelUrl, 'Meld fra'))}${paragraph(questions)}${paragraph(privacy)}`,
      ),
      text: textLayout(
        layout,
        [
          `Hej ${data.attendeeName},`,
          '',
          thanks,
          '',
          `Emne: ${data.topic}`,
          `Tid: ${when}`,
          `Sted: ${data.venue}`,
          ...(data.onlineUrl ? [`Online: ${data.onlineUrl}`] : []),
          `Arrangør: ${data.networkName}, ${data.organiserEmail}`,
          '',
          calendar,
          '',
          `${cancel} ${data.cancelUrl}`,
          '',
          questions,
          '',
          privacy,
        ].join('\n'),
      ),
      icalEvent: themeDayInvitation(data, 'REQUEST', data.sequence ?? 0, { description, url: data.onlineUrl }),
    };
  },
};
