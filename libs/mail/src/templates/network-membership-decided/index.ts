import { z } from 'zod';
import { html } from '../html.js';
import { htmlLayout, paragraph, textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';

export const networkMembershipDecidedData = z.object({
  name: z.string().trim().min(1),
  networkName: z.string().trim().min(1),
  approved: z.boolean(),
});
export type NetworkMembershipDecidedData = z.infer<typeof networkMembershipDecidedData>;

export const networkMembershipDecided: MailTemplate<NetworkMembershipDecidedData> = {
  name: 'network-membership-decided',
  description: 'Svar på en ansøgning om at blive medlem af et netværk (godkendt eller afvist).',
  sample: { name: 'Lærke Østergaard', networkName: 'Livsmod', approved: true },
  render(data) {
    const title = data.approved ? `Du er nu medlem af ${data.networkName}` : `Din ansøgning til ${data.networkName}`;
    const layout = { title, preheader: title, reason: `du har søgt om at blive medlem af ${data.networkName} i Vejviser.` };
    const body = data.approved
      ? `Din nøgleperson har godkendt dig som medlem af ${data.networkName}. Du kan nu se netværkets medlemmer, tilmelde dig temadage og søge om plads i supervisionsgrupper i Vejviser.`
      : `Din nøgleperson har ikke godkendt din ansøgning til ${data.networkName}. Kontakt nøglepersonen i din kommune eller organisation, hvis du har spørgsmål.`;
    return {
      subject: title,
      html: htmlLayout(layout, html`${paragraph(`Hej ${data.name},`)}${paragraph(body)}`),
      text: textLayout(layout, [`Hej ${data.name},`, '', body].join('\n')),
    };
  },
};
