import { z } from 'zod';
import { html } from '../html.js';
import { facts, htmlLayout, paragraph, textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';

export const testMessageData = z.object({
  recipientName: z.string().trim().min(1).optional(),
  /** Who pressed "send testmail". */
  sentBy: z.string().trim().min(1),
  /** Which installation sent it, e.g. "test" or "produktion". */
  environment: z.string().trim().min(1),
});
export type TestMessageData = z.infer<typeof testMessageData>;

export const testMessage: MailTemplate<TestMessageData> = {
  name: 'test-message',
  description: 'Testmail, som en administrator sender for at kontrollere mailopsætningen.',
  sample: { recipientName: 'Mette Holm', sentBy: 'Jonas Brandt (administrator)', environment: 'test' },
  render(data) {
    const layout = {
      title: 'Testmail fra Vejviser',
      preheader: 'Mailopsætningen virker, når du kan læse denne mail.',
      reason: `${data.sentBy} har sendt en testmail fra Vejviser (${data.environment}) for at kontrollere mailopsætningen.`,
    };
    const greeting = data.recipientName ? `Hej ${data.recipientName}` : 'Hej';
    const intro = 'Når du kan læse denne mail, kan Vejviser sende mail med de nuværende indstillinger.';
    const check = 'Kontrollér gerne, at æ, ø og å står rigtigt her: Æblegrød, Ørestad og Århus.';
    return {
      subject: 'Testmail fra Vejviser',
      html: htmlLayout(
        layout,
        html`${paragraph(`${greeting},`)}${paragraph(intro)}${facts([
          ['Sendt af', data.sentBy],
          ['Miljø', data.environment],
        ])}${paragraph(check)}${paragraph('Du behøver ikke at svare på mailen.')}`,
      ),
      text: textLayout(
        layout,
        [
          `${greeting},`,
          '',
          intro,
          '',
          `Sendt af: ${data.sentBy}`,
          `Miljø: ${data.environment}`,
          '',
          check,
          '',
          'Du behøver ikke at svare på mailen.',
        ].join('\n'),
      ),
    };
  },
};
