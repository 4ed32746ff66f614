import { z } from 'zod';
import { danishPeriod } from '../format.js';
import { html } from '../html.js';
import { facts, htmlLayout, paragraph, textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';

const instant = z.iso.datetime({ offset: true });

export const supervisionApplicationDecidedData = z.object({
  name: z.string().trim().min(1),
  groupName: z.string().trim().min(1),
  focus: z.string().trim().min(1),
  networkName: z.string().trim().min(1),
  facilitatorName: z.string().trim().min(1),
  /** APPROVED: a seat; WAITLISTED: approved but the group is full; REJECTED; SEAT_FREED: moved from the waitlist to a seat. */
  outcome: z.enum(['APPROVED', 'WAITLISTED', 'REJECTED', 'SEAT_FREED']),
  /** The next session, for those with a seat. */
  nextSessionStartsAt: instant.optional(),
  nextSessionEndsAt: instant.optional(),
  venue: z.string().trim().min(1).optional(),
  /** 1 for the first on the waitlist. */
  waitlistPosition: z.number().int().min(1).optional(),
});
export type SupervisionApplicationDecidedData = z.infer<typeof supervisionApplicationDecidedData>;

const TITLES: Record<SupervisionApplicationDecidedData['outcome'], (group: string) => string> = {
  APPROVED: (group) => `Du har fået plads i ${group}`,
  SEAT_FREED: (group) => `Der er blevet plads til dig i ${group}`,
  WAITLISTED: (group) => `Du er på venteliste til ${group}`,
  REJECTED: (group) => `Svar på din ansøgning til ${group}`,
};

export const supervisionApplicationDecided: MailTemplate<SupervisionApplicationDecidedData> = {
  name: 'supervision-application-decided',
  description: 'Svar på en ansøgning om plads i en supervisionsgruppe: plads, venteliste, afslag eller en plads, der er blevet ledig.',
  sample: {
    name: 'Lærke Østergaard',
    groupName: 'Supervisionsgruppe: selvmordstruede og selvskadende adfærd',
    focus: 'Selvmordstruede og selvskadende adfærd',
    networkName: 'Livsmod',
    facilitatorName: 'Mette Skovgaard (demo), autoriseret psykolog',
    outcome: 'APPROVED',
    nextSessionStartsAt: '2027-02-02T13:00:00+01:00',
    nextSessionEndsAt: '2027-02-02T16:00:00+01:00',
    venue: 'Rådhuset Eksempelby, mødelokale 3',
  },
  render(data) {
    const title = TITLES[data.outcome](data.groupName);
    const layout = { title, preheader: title, reason: `du har søgt om plads i en supervisionsgruppe i ${data.networkName}.` };
    const seated = data.outcome === 'APPROVED' || data.outcome === 'SEAT_FREED';
    const body = {
      APPROVED: `Netværkets koordinator har godkendt din ansøgning, og du har fået plads i gruppen.`,
      SEAT_FREED: `En deltager har meldt fra, og du var den næste på ventelisten. Du har nu plads i gruppen.`,
      WAITLISTED: `Netværkets koordinator har godkendt din ansøgning, men gruppen er fuld${
        data.waitlistPosition ? `, og du er nummer ${data.waitlistPosition} på ventelisten` : ''
      }. Du får besked, så snart der bliver plads til dig.`,
      REJECTED: `Netværkets koordinator har desværre ikke kunnet give dig plads i gruppen. Kontakt koordinatoren, hvis du har spørgsmål.`,
    }[data.outcome];
    const next =
      seated && data.nextSessionStartsAt && data.nextSessionEndsAt
        ? danishPeriod(data.nextSessionStartsAt, data.nextSessionEndsAt)
        : undefined;
    const hours = seated
      ? 'Fremmødet registreres ved hvert møde. Supervisionen kan tælle med i de 160 timer, der kræves til autorisation som psykolog, og du kan hente en udskrivbar oversigt over dine timer i Vejviser.'
      : undefined;
    const rows = [
      ['Gruppe', data.groupName],
      ['Fokus', data.focus],
      ['Supervisor', data.facilitatorName],
      ['Næste møde', next],
      ['Sted', seated ? data.venue : undefined],
    ] as const;
    return {
      subject: title,
      html: htmlLayout(layout, html`${paragraph(`Hej ${data.name},`)}${paragraph(body)}${facts(rows)}${hours && paragraph(hours)}`),
      text: textLayout(
        layout,
        [
          `Hej ${data.name},`,
          '',
          body,
          '',
          ...rows.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`),
          ...(hours ? ['', hours] : []),
        ].join('\n'),
      ),
    };
  },
};
