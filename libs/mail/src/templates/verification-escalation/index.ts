import { z } from 'zod';
import { html } from '../html.js';
import { htmlLayout, paragraph, textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';
import { linkNote, recordCard, recordText, verificationDate, verificationRecord } from '../verification-record.js';

export const verificationEscalationData = z.object({
  recipientName: z.string().trim().min(1),
  /** The organisation(s) the records belong to. */
  organisationName: z.string().trim().min(1),
  /** Each record names its owner (`owner`), or says that nobody could be asked. */
  records: z.array(verificationRecord).min(1),
  /** Days past due before a record is escalated (VERIFICATION_ESCALATION_DAYS). */
  escalationDays: z.number().int().min(0),
  /** The recipient is an editor, told because the organisation has no key person. */
  asEditor: z.boolean().optional(),
  linksValidUntil: verificationDate.optional(),
});
export type VerificationEscalationData = z.infer<typeof verificationEscalationData>;

const ACT =
  'Vil du sørge for, at posterne bliver tjekket? Du kan selv bekræfte dem herunder, rette dem, eller give ansvaret til en anden – er den ansvarlige stoppet, så ret posten og sæt en ny ansvarlig på.';
const WHY =
  'Forældede poster bliver ved med at kunne findes, men de vises som forældede og rangeres lavere i søgningen. Fagfolk, der skal give en borger videre, har brug for at kunne stole på oplysningerne.';

export const verificationEscalation: MailTemplate<VerificationEscalationData> = {
  name: 'verification-escalation',
  description: 'Besked til organisationens nøglepersoner om kontakter og tilbud, som ingen har bekræftet i tide.',
  sample: {
    recipientName: 'Lone Nøgleperson',
    organisationName: 'Eksempelby Kommune',
    records: [
      {
        kind: 'Kontakt',
        name: 'Udskrivningskoordinator, Ungeenheden',
        lastVerifiedAt: '2026-03-14',
        dueDate: '2026-09-10',
        owner: 'Sofie Kjærgaard',
        confirmUrl: 'https://vejviser.example.org/bekraeft/2b8e41',
        editUrl: 'https://vejviser.example.org/kontakter/7c1e2a/ret',
      },
      {
        kind: 'Tilbud',
        name: 'Åben rådgivning for unge 15–25 år',
        lastVerifiedAt: null,
        dueDate: '2026-09-20',
        owner: 'ingen, der kan nås (kontoen er lukket)',
        confirmUrl: 'https://vejviser.example.org/bekraeft/c03d77',
        editUrl: 'https://vejviser.example.org/tilbud/91fd04/ret',
      },
    ],
    escalationDays: 14,
    linksValidUntil: '2026-10-24',
  },
  render(data) {
    const count = data.records.length;
    const these = count === 1 ? 'en post' : `${count} poster`;
    const role = data.asEditor ? 'redaktør (organisationen har ingen nøgleperson i Vejviser)' : 'nøgleperson';
    const layout = {
      title: count === 1 ? 'En post er ikke blevet bekræftet' : `${count} poster er ikke blevet bekræftet`,
      preheader: `${these} om ${data.organisationName} er forældede og mangler at blive tjekket.`,
      reason: `du er ${role} for ${data.organisationName} i Vejviser.`,
    };
    const what = `${count === 1 ? 'Denne post' : `Disse ${count} poster`} om ${data.organisationName} mangler at blive bekræftet: enten har de ansvarlige ikke svaret ${data.escalationDays} dage efter fristen, eller også er der ingen ansvarlig, der kan nås. Du får besked som ${role}.`;
    const note = linkNote(data.linksValidUntil);
    return {
      subject: `Forældede oplysninger om ${data.organisationName} i Vejviser: ${these} mangler bekræftelse`,
      html: htmlLayout(
        layout,
        html`${paragraph(`Hej ${data.recipientName},`)}${paragraph(what)}${paragraph(ACT)}${data.records.map(recordCard)}${paragraph(note)}${paragraph(html`<strong>Hvorfor?</strong> ${WHY}`)}`,
      ),
      text: textLayout(
        layout,
        [
          `Hej ${data.recipientName},`,
          '',
          what,
          '',
          ACT,
          '',
          data.records.map(recordText).join('\n\n'),
          '',
          note,
          '',
          `Hvorfor? ${WHY}`,
        ].join('\n'),
      ),
    };
  },
};
