import { z } from 'zod';
import { html } from '../html.js';
import { button, htmlLayout, paragraph, textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';

export const accountInvitationData = z.object({
  recipientName: z.string().trim().min(1),
  invitedBy: z.string().trim().min(1),
  organisationName: z.string().trim().min(1),
  acceptUrl: z.url().refine((u) => /^https?:\/\//.test(u), 'Kun http(s)-links.'),
  /** Danish date and time the link stops working, e.g. "30. november 2026 kl. 12.00". */
  expiresAt: z.string().trim().min(1),
});
export type AccountInvitationData = z.infer<typeof accountInvitationData>;

export const accountInvitation: MailTemplate<AccountInvitationData> = {
  name: 'account-invitation',
  description: 'Invitation til en ny bruger fra en nøgleperson eller administrator, med et engangslink.',
  sample: {
    recipientName: 'Lærke Østergaard',
    invitedBy: 'Jonas Brandt (nøgleperson)',
    organisationName: 'Helsingør Kommune',
    acceptUrl: 'https://vejviser.example.org/konto/invitation?token=eksempel',
    expiresAt: '30. november 2026 kl. 12.00',
  },
  render(data) {
    const layout = {
      title: 'Du er inviteret til Vejviser',
      preheader: `${data.invitedBy} har inviteret dig til Vejviser for ${data.organisationName}.`,
      reason: `${data.invitedBy} har inviteret dig til Vejviser. Har du ikke ventet den, kan du se bort fra den.`,
    };
    const intro = `${data.invitedBy} har inviteret dig til Vejviser, hvor fagfolk finder den rette samarbejdspartner i kommuner og regioner, for ${data.organisationName}.`;
    const how = `Vælg en adgangskode via linket. Linket virker én gang og udløber ${data.expiresAt}.`;
    return {
      subject: `Invitation til Vejviser – ${data.organisationName}`,
      html: htmlLayout(
        layout,
        html`${paragraph(`Hej ${data.recipientName},`)}${paragraph(intro)}${paragraph(how)}${button(data.acceptUrl, 'Opret min adgang')}`,
      ),
      text: textLayout(layout, [`Hej ${data.recipientName},`, '', intro, '', how, '', data.acceptUrl].join('\n')),
    };
  },
};
