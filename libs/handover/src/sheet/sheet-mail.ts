import { z } from 'zod';
import type { HandoverSheetMailData } from '../messages.js';
import { handoverSheetData, type HandoverSheetData } from './sheet-data.js';
import { renderHandoverSheet } from './sheet-html.js';
import { handoverSheetText } from './sheet-text.js';

const mailInput = z.object({
  sheet: handoverSheetData,
  /** The colleague who sent it: display name and address. */
  senderName: z.string().trim().min(1),
  /** A short note from the sender (checked for CPR numbers before it gets here). */
  message: z.string().trim().min(1).max(500).nullable(),
});

/**
 * The sheet as the mail to a colleague, rendered here: the mail lib delivers a pre-rendered body as
 * it is. Throws on data the sheet would not show (a link that is not http(s), a malformed instant).
 */
export function handoverSheetMail(input: { sheet: HandoverSheetData; senderName: string; message: string | null }): HandoverSheetMailData {
  const parsed = mailInput.safeParse(input);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${['data', ...issue.path.map(String)].join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Ugyldige data til overleveringsarket: ${fields}`);
  }
  const { sheet, senderName, message } = parsed.data;
  const mail = { senderName, message };
  const situation = sheet.situations.length ? `: ${sheet.situations.join(', ')}` : '';
  return {
    subject: `Overleveringsark for ${sheet.municipality}${situation}`.slice(0, 200),
    title: `Overleveringsark – ${sheet.municipality}`,
    reason: `${senderName} har sendt dig et overleveringsark fra Vejviser.`,
    html: renderHandoverSheet(sheet, mail),
    text: handoverSheetText(sheet, mail),
  };
}
