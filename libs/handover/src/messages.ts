/**
 * The handover sheet mailed to a colleague (template "handover-sheet"): rendered by the handover lib
 * (sheet/sheet-mail.ts, the same renderer as the printable page), delivered by the mail lib as it is.
 * apps/api ties this type to the template's schema.
 */
export interface HandoverSheetMailData {
  subject: string;
  /** The text part's title line. */
  title: string;
  /** Why the recipient gets the mail ("… har sendt dig et overleveringsark fra Vejviser."). */
  reason: string;
  /** A whole HTML document. */
  html: string;
  /** The text part's body, without its title. */
  text: string;
}
