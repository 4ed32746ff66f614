import { z } from 'zod';
import { danishDate, danishPeriod } from '../format.js';
import type { MailTemplate } from '../mail-template.js';
import { sessionMail, supervisionSessionBase, supervisionSessionSample } from '../supervision-session.js';

const instant = z.iso.datetime({ offset: true });

/** startsAt and endsAt are those of the cancelled session. */
export const supervisionSessionCancelledData = supervisionSessionBase.extend({
  /** The group's next session that goes ahead, if any. */
  nextSessionStartsAt: instant.optional(),
  nextSessionEndsAt: instant.optional(),
});
export type SupervisionSessionCancelledData = z.infer<typeof supervisionSessionCancelledData>;

export const supervisionSessionCancelled: MailTemplate<SupervisionSessionCancelledData> = {
  name: 'supervision-session-cancelled',
  description: 'Besked om, at et møde i en supervisionsgruppe er aflyst.',
  sample: {
    ...supervisionSessionSample,
    nextSessionStartsAt: '2027-04-20T13:00:00+02:00',
    nextSessionEndsAt: '2027-04-20T16:00:00+02:00',
  },
  render(data) {
    const when = danishPeriod(data.startsAt, data.endsAt);
    const layout = {
      title: `Møde aflyst: ${data.groupName}, ${danishDate(data.startsAt)}`,
      preheader: `Mødet ${when} er aflyst.`,
      reason: `du har plads i en supervisionsgruppe i ${data.networkName}.`,
    };
    const next =
      data.nextSessionStartsAt && data.nextSessionEndsAt ? danishPeriod(data.nextSessionStartsAt, data.nextSessionEndsAt) : undefined;
    const rows = [
      ['Aflyst møde', when],
      ['Næste møde', next],
      ['Supervisor', data.facilitatorName],
    ] as const;
    return sessionMail(
      layout,
      data.name,
      `Netværkets koordinator har desværre aflyst gruppens møde ${when}${data.venue ? ` i ${data.venue}` : ''}.`,
      rows,
      'Din plads i gruppen er uændret, og du skal ikke gøre noget. Har du spørgsmål, så kontakt netværkets koordinator.',
    );
  },
};
