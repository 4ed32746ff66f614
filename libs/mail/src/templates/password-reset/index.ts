import { z } from 'zod';
import { html } from '../html.js';
import { button, htmlLayout, paragraph, textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';

export const passwordResetData = z.object({
  recipientName: z.string().trim().min(1),
  resetUrl: z.url().refine((u) => /^https?:\/\//.test(u), 'Kun http(s)-links.'),
  expiresAt: z.string().trim().min(1),
});
export type PasswordResetData = z.infer<typeof passwordResetData>;

export const passwordReset: MailTemplate<PasswordResetData> = {
  name: 'password-reset',
  description: 'Link til at vælge en ny adgangskode, efter brugeren har bedt om det.',
  sample: {
    recipientName: 'Søren Åby',
    resetUrl: 'https://vejviser.example.org/konto/nulstil?token=eksempel',
    expiresAt: '23. november 2026 kl. 15.30',
  },
  render(data) {
    const layout = {
      title: 'Ny adgangskode til Vejviser',
      preheader: 'Vælg en ny adgangskode via linket.',
      reason:
        'nogen har bedt om en ny adgangskode til din konto. Var det ikke dig, kan du se bort fra den; din adgangskode er ikke ændret.',
    };
    const how = `Linket virker én gang og udløber ${data.expiresAt}. Når du har valgt en ny adgangskode, bliver du logget ud alle andre steder.`;
    return {
      subject: 'Vælg en ny adgangskode til Vejviser',
      html: htmlLayout(
        layout,
        html`${paragraph(`Hej ${data.recipientName},`)}${paragraph(how)}${button(data.resetUrl, 'Vælg ny adgangskode')}`,
      ),
      text: textLayout(layout, [`Hej ${data.recipientName},`, '', how, '', data.resetUrl].join('\n')),
    };
  },
};
