import { z } from 'zod';
import { danishDate, danishPeriod } from '../format.js';
import type { MailTemplate } from '../mail-template.js';
import { sessionMail, supervisionSessionBase, supervisionSessionSample } from '../supervision-session.js';

export const supervisionSessionReminderData = supervisionSessionBase.extend({
  /** "møde 4 af 12". */
  sessionNumber: z.number().int().min(1).optional(),
  sessionCount: z.number().int().min(1).optional(),
});
export type SupervisionSessionReminderData = z.infer<typeof supervisionSessionReminderData>;

export const supervisionSessionReminder: MailTemplate<SupervisionSessionReminderData> = {
  name: 'supervision-session-reminder',
  description: 'Påmindelse om et kommende møde i en supervisionsgruppe.',
  sample: {
    ...supervisionSessionSample,
    sessionNumber: 4,
    sessionCount: 12,
  },
  render(data) {
    const when = danishPeriod(data.startsAt, data.endsAt);
    const layout = {
      title: `Påmindelse: ${data.groupName} ${danishDate(data.startsAt)}`,
      preheader: `${when}${data.venue ? `, ${data.venue}` : ''}`,
      reason: `du har plads i en supervisionsgruppe i ${data.networkName}.`,
    };
    const number = data.sessionNumber ? `${data.sessionNumber}${data.sessionCount ? ` af ${data.sessionCount}` : ''}` : undefined;
    const rows = [
      ['Tid', when],
      ['Sted', data.venue],
      ['Møde', number],
      ['Supervisor', data.facilitatorName],
    ] as const;
    return sessionMail(
      layout,
      data.name,
      'Her er en påmindelse om gruppens næste møde.',
      rows,
      'Kan du ikke komme, så giv supervisor eller netværkets koordinator besked.',
    );
  },
};
