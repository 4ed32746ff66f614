import { z } from 'zod';
import { danishDate } from '../format.js';
import { html } from '../html.js';
import { button, htmlLayout, link, paragraph, textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';

const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
const httpUrl = z.url({ protocol: /^https?$/ });

export const verificationRequestData = z.object({
  recipientName: z.string().trim().min(1),
  organisationName: z.string().trim().min(1),
  records: z
    .array(
      z.object({
        kind: z.enum(['Kontakt', 'Tilbud']),
        name: z.string().trim().min(1),
        lastVerifiedAt: isoDate,
        confirmUrl: httpUrl,
        editUrl: httpUrl,
      }),
    )
    .min(1),
  dueDate: isoDate,
});
export type VerificationRequestData = z.infer<typeof verificationRequestData>;

const WHY =
  'Fagfolk i psykiatrien og i kommunerne slår op i Vejviser, når de skal finde den rette at give en borger videre til – ofte i en presset situation, for eksempel når en ung bliver udskrevet. Derfor må der ikke ske fejl: et gammelt telefonnummer eller en kontaktperson, der er holdt op, kan betyde, at ingen tager imod.';
const HANDOVER = 'Er det ikke længere dig, der har ansvaret, så ret posten og skriv, hvem der har overtaget.';

export const verificationRequest: MailTemplate<VerificationRequestData> = {
  name: 'verification-request',
  description: 'Samlet bed om at bekræfte, at kontakter og tilbud stadig er rigtige, til den ansvarlige i organisationen.',
  sample: {
    recipientName: 'Sofie Kjærgaard',
    organisationName: 'Eksempelby Kommune, Ungeenheden',
    records: [
      {
        kind: 'Kontakt',
        name: 'Udskrivningskoordinator, Ungeenheden',
        lastVerifiedAt: '2026-03-14',
        confirmUrl: 'https://vejviser.example.org/bekraeft/7c1e2a',
        editUrl: 'https://vejviser.example.org/kontakter/7c1e2a/ret',
      },
      {
        kind: 'Tilbud',
        name: 'Åben rådgivning for unge 15–25 år',
        lastVerifiedAt: '2025-11-02',
        confirmUrl: 'https://vejviser.example.org/bekraeft/91fd04',
        editUrl: 'https://vejviser.example.org/tilbud/91fd04/ret',
      },
    ],
    dueDate: '2027-03-01',
  },
  render(data) {
    const count = data.records.length;
    const these = count === 1 ? 'denne post' : `disse ${count} poster`;
    const layout = {
      title: 'Er oplysningerne stadig rigtige?',
      preheader: `Se ${these} om ${data.organisationName} igennem senest ${danishDate(data.dueDate)}.`,
      reason: `du står som ansvarlig for oplysninger om ${data.organisationName} i Vejviser.`,
    };
    const ask = `Du står som ansvarlig for ${these} om ${data.organisationName} i Vejviser. Vil du se ${count === 1 ? 'den' : 'dem'} igennem og bekræfte, at oplysningerne stadig er rigtige – eller rette det, der er ændret?`;
    const due = `Svar gerne senest ${danishDate(data.dueDate)}.`;
    const records = data.records.map(
      (record) =>
        html`<div style="margin:0 0 16px 0;padding:12px 16px;border:1px solid #cbd2d9;border-radius:4px;">
          <p style="margin:0 0 4px 0;"><strong>${record.kind}: ${record.name}</strong></p>
          <p style="margin:0 0 12px 0;color:#52606d;">Sidst bekræftet ${danishDate(record.lastVerifiedAt)}</p>
          <p style="margin:0;">
            ${button(record.confirmUrl, 'Ja, det er stadig rigtigt')}&nbsp;&nbsp; ${link(record.editUrl, 'Ret oplysningerne')}
          </p>
        </div>`,
    );
    const textRecords = data.records.map((record) =>
      [
        `* ${record.kind}: ${record.name}`,
        `  Sidst bekræftet ${danishDate(record.lastVerifiedAt)}`,
        `  Det er stadig rigtigt: ${record.confirmUrl}`,
        `  Ret oplysningerne: ${record.editUrl}`,
      ].join('\n'),
    );
    return {
      subject: `Bekræft venligst: Er oplysningerne om ${data.organisationName} stadig rigtige?`,
      html: htmlLayout(
        layout,
        html`${paragraph(`Hej ${data.recipientName},`)}${paragraph(ask)}${records}${paragraph(html`<strong>Hvorfor?</strong> ${WHY}`)}${paragraph(due)}${paragraph(HANDOVER)}`,
      ),
      text: textLayout(
        layout,
        [`Hej ${data.recipientName},`, '', ask, '', textRecords.join('\n\n'), '', `Hvorfor? ${WHY}`, '', due, '', HANDOVER].join('\n'),
      ),
    };
  },
};
