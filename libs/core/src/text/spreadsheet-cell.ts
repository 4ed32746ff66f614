/**
 * A cell a spreadsheet would read as a formula (=, +, -, @, and the tab and carriage return some read the same
 * way) gets a leading apostrophe, so text from a record can never run as a formula in Excel or LibreOffice
 * (OWASP's advice on CSV injection). The web app has the same rule for its theme-day attendee list
 * (apps/web/src/features/theme-days/attendee-csv.ts): apps/web may import no lib, so it keeps its own copy.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
