import { z } from 'zod';
import { textLayout } from '../layout.js';
import type { MailTemplate } from '../mail-template.js';

/**
 * The handover sheet a colleague sends: rendered by the handover lib with the same renderer as its
 * printable page (/overlevering/ark), delivered here as it is. Only the text part gets the common frame.
 */
export const handoverSheetMailData = z.object({
  subject: z.string().trim().min(1).max(200),
  /** The text part's title line. */
  title: z.string().trim().min(1),
  /** Why the recipient gets the mail. */
  reason: z.string().trim().min(1),
  /** A whole HTML document, escaped by its renderer. */
  html: z.string().trim().min(1),
  /** The text part's body. */
  text: z.string().trim().min(1),
});
export type HandoverSheetMailData = z.infer<typeof handoverSheetMailData>;

export const handoverSheet: MailTemplate<HandoverSheetMailData> = {
  name: 'handover-sheet',
  description: 'Overleveringsark (kontakter, tilbud, frivillige og temadage for en kommune og situation), sendt af en kollega.',
  sample: {
    subject: 'Overleveringsark for Eksempelby Kommune: Udskrivning fra børne- og ungdomspsykiatrien (BUP)',
    title: 'Overleveringsark – Eksempelby Kommune',
    reason: 'Mette Holm (mette.holm@example.org) har sendt dig et overleveringsark fra Vejviser.',
    html:
      '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8" /><title>Overleveringsark – Eksempelby Kommune</title></head>' +
      '<body><h1>Overleveringsark – Eksempelby Kommune</h1><h2>Ring nu</h2>' +
      '<p>Døgnåben vagttelefon – Socialvagten: +45 70 10 20 99</p><footer><p>Du får denne mail, fordi Mette Holm (mette.holm@example.org) ' +
      'har sendt dig et overleveringsark fra Vejviser. Mailen er sendt automatisk.</p></footer></body></html>',
    text: 'Kommune: Eksempelby Kommune (0217)\n\nRing nu\n-------\n* Døgnåben vagttelefon – Socialvagten\n  - Telefon: +45 70 10 20 99',
  },
  render(data) {
    return { subject: data.subject, html: data.html, text: textLayout({ title: data.title, reason: data.reason }, data.text) };
  },
};
