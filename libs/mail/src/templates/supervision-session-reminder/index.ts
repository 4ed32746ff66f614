import { z } from 'zod';
import { danishDate, danishPeriod } from '../format.js';
import { html } from '../html.js';
import { facts, htmlLayout, paragraph, textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';

const instant = z.iso.datetime({ offset: true });

export const supervisionSessionReminderData = z.object({
  name: z.string().trim().min(1),
  groupName: z.string().trim().min(1),
  networkName: z.string().trim().min(1),
  facilitatorName: z.string().trim().min(1),
  startsAt: instant,
  endsAt: instant,
  venue: z.string().trim().min(1).optional(),
  /** "møde 4 af 12". */
  sessionNumber: z.number().int().min(1).optional(),
  sessionCount: z.number().int().min(1).optional(),
});
export type SupervisionSessionReminderData = z.infer<typeof supervisionSessionReminderData>;

export const supervisionSessionReminder: MailTemplate<SupervisionSessionReminderData> = {
  name: 'supervision-session-reminder',
  description: 'Påmindelse om et kommende møde i en supervisionsgruppe.',
  sample: {
    name: 'Lærke Østergaard',
    groupName: 'Supervisionsgruppe: angst',
    networkName: 'Livsmod',
    facilitatorName: 'Jonas Kragh (demo), specialist i psykoterapi',
    startsAt: '2027-03-30T13:00:00+02:00',
    endsAt: '2027-03-30T16:00:00+02:00',
    venue: 'Sundhedshuset Eksempelby, lokale 2',
    sessionNumber: 4,
    sessionCount: 12,
  },
  render(data) {
    const when = danishPeriod(data.startsAt, data.endsAt);
    const title = `Påmindelse: ${data.groupName} ${danishDate(data.startsAt)}`;
    const layout = {
      title,
      preheader: `${when}${data.venue ? `, ${data.venue}` : ''}`,
      reason: `du har plads i en supervisionsgruppe i ${data.networkName}.`,
    };
    const intro = 'Her er en påmindelse om gruppens næste møde.';
    const absent = 'Kan du ikke komme, så giv supervisor eller netværkets koordinator besked.';
    const number = data.sessionNumber ? `${data.sessionNumber}${data.sessionCount ? ` af ${data.sessionCount}` : ''}` : undefined;
    const rows = [
      ['Tid', when],
      ['Sted', data.venue],
      ['Møde', number],
      ['Supervisor', data.facilitatorName],
    ] as const;
    return {
      subject: title,
      html: htmlLayout(layout, html`${paragraph(`Hej ${data.name},`)}${paragraph(intro)}${facts(rows)}${paragraph(absent)}`),
      text: textLayout(
        layout,
        [
          `Hej ${data.name},`,
          '',
          intro,
          '',
          ...rows.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`),
          '',
          absent,
        ].join('\n'),
      ),
    };
  },
};
