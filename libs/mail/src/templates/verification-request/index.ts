import { z } from 'zod';
import { danishDate } from '../format.js';
import { html } from '../html.js';
import { htmlLayout, paragraph, textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';
import { linkNote, recordCard, recordText, verificationDate, verificationRecord } from '../verification-record.js';

export const verificationRequestData = z.object({
  recipientName: z.string().trim().min(1),
  /** The organisation(s) the records belong to, e.g. "Helsingør Kommune" or "Helsingør Kommune og Region Hovedstaden". */
  organisationName: z.string().trim().min(1),
  records: z.array(verificationRecord).min(1),
  /** The earliest due date among the records. */
  dueDate: verificationDate,
  /** The last day the links work. */
  linksValidUntil: verificationDate.optional(),
  /** Not the first time the recipient is asked about some of these records. */
  reminder: z.boolean().optional(),
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
    organisationName: 'Eksempelby Kommune',
    records: [
      {
        kind: 'Kontakt',
        name: 'Udskrivningskoordinator, Ungeenheden',
        lastVerifiedAt: '2026-03-14',
        dueDate: '2026-09-10',
        confirmUrl: 'https://vejviser.example.org/bekraeft/7c1e2a',
        editUrl: 'https://vejviser.example.org/kontakter/7c1e2a/ret',
      },
      {
        kind: 'Tilbud',
        name: 'Åben rådgivning for unge 15–25 år',
        lastVerifiedAt: null,
        dueDate: '2026-09-20',
        confirmUrl: 'https://vejviser.example.org/bekraeft/91fd04',
        editUrl: 'https://vejviser.example.org/tilbud/91fd04/ret',
      },
    ],
    dueDate: '2026-09-10',
    linksValidUntil: '2026-10-01',
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
    const reminder = data.reminder ? 'Vi har spurgt før, men har ikke fået svar på alle posterne endnu.' : undefined;
    const due = `Svar gerne senest ${danishDate(data.dueDate)}. Bliver en post ikke bekræftet, vises den som forældet, og organisationens nøgleperson får besked.`;
    const note = linkNote(data.linksValidUntil);
    return {
      subject: `${data.reminder ? 'Påmindelse: ' : ''}Bekræft venligst: Er oplysningerne om ${data.organisationName} stadig rigtige?`,
      html: htmlLayout(
        layout,
        html`${paragraph(`Hej ${data.recipientName},`)}${paragraph(ask)}${reminder ? paragraph(reminder) : ''}${data.records.map(recordCard)}${paragraph(note)}${paragraph(html`<strong>Hvorfor?</strong> ${WHY}`)}${paragraph(due)}${paragraph(HANDOVER)}`,
      ),
      text: textLayout(
        layout,
        [
          `Hej ${data.recipientName},`,
          '',
          ask,
          ...(reminder ? ['', reminder] : []),
          '',
          data.records.map(recordText).join('\n\n'),
          '',
          note,
          '',
          `Hvorfor? ${WHY}`,
          '',
          due,
          '',
          HANDOVER,
        ].join('\n'),
      ),
    };
  },
};
