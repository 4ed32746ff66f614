/** Pages in a PDF as Chromium writes it: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}
