import { z } from 'zod';
import { danishDate } from './format.js';
import { html, type SafeHtml } from './html.js';
import { button, link } from './layout.js';

const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
const httpUrl = z.url({ protocol: /^https?$/ });

/** One contact or offer to confirm, with its own single-use confirm link and an edit link. */
export const verificationRecord = z.object({
  kind: z.enum(['Kontakt', 'Tilbud']),
  name: z.string().trim().min(1),
  /** The organisation it belongs to, shown when a mail covers more than one. */
  organisationName: z.string().trim().min(1).optional(),
  /** Never confirmed: null (or left out). */
  lastVerifiedAt: isoDate.nullish(),
  /** When it must be confirmed again. */
  dueDate: isoDate.optional(),
  /** Who answers for it, e.g. "Sofie Kjærgaard" or "enheden Ungeteamet" (escalations). */
  owner: z.string().trim().min(1).optional(),
  confirmUrl: httpUrl,
  editUrl: httpUrl,
});
export type VerificationRecord = z.infer<typeof verificationRecord>;
export { isoDate as verificationDate };

function factsOf(record: VerificationRecord): string[] {
  return [
    record.organisationName,
    record.owner ? `Ansvarlig: ${record.owner}` : undefined,
    record.lastVerifiedAt ? `Sidst bekræftet ${danishDate(record.lastVerifiedAt)}` : 'Aldrig bekræftet',
    record.dueDate ? `Frist for bekræftelse: ${danishDate(record.dueDate)}` : undefined,
  ].filter((fact): fact is string => Boolean(fact));
}

export function recordCard(record: VerificationRecord): SafeHtml {
  return html`<div style="margin:0 0 16px 0;padding:12px 16px;border:1px solid #cbd2d9;border-radius:4px;">
    <p style="margin:0 0 4px 0;"><strong>${record.kind}: ${record.name}</strong></p>
    ${factsOf(record).map((fact) => html`<p style="margin:0 0 4px 0;color:#52606d;">${fact}</p>`)}
    <p style="margin:8px 0 0 0;">
      ${button(record.confirmUrl, 'Ja, det er stadig rigtigt')}&nbsp;&nbsp; ${link(record.editUrl, 'Ret oplysningerne')}
    </p>
  </div>`;
}

export function recordText(record: VerificationRecord): string {
  return [
    `* ${record.kind}: ${record.name}`,
    ...factsOf(record).map((fact) => `  ${fact}`),
    `  Det er stadig rigtigt: ${record.confirmUrl}`,
    `  Ret oplysningerne: ${record.editUrl}`,
  ].join('\n');
}

/** What the confirm button does, so nobody is surprised that the link asks once more. */
export function linkNote(linksValidUntil: string | undefined): string {
  const until = linksValidUntil ? ` Linkene virker til og med ${danishDate(linksValidUntil)}.` : '';
  return `Knappen "Ja, det er stadig rigtigt" virker uden login: den åbner en side, hvor du bekræfter med ét tryk. Hvert link bekræfter kun sin egen post og kan bruges én gang.${until}`;
}
