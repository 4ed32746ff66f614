import { stringify } from 'csv-stringify/browser/esm/sync';
import { saveBlob } from '../../lib/download';

export interface Attendee {
  name?: string | null;
  email?: string | null;
  workplace?: string | null;
  status: string;
  waitlistPosition?: number | null;
  attended?: boolean | null;
}

const STATUS: Record<string, string> = { CONFIRMED: 'Bekræftet', WAITLISTED: 'Venteliste', CANCELLED: 'Afmeldt' };

/**
 * A cell a spreadsheet would read as a formula (=, +, -, @, and the tab and carriage return some read the
 * same way) gets a leading apostrophe, so a registrant's name can never run as a formula in Excel. The server's
 * copy of this rule is neutraliseFormula in libs/core/src/text/spreadsheet-cell.ts (the web app may import no lib).
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The attendee list as CSV for Excel: semicolons (Danish Excel's separator), a BOM so æøå read right, CRLF lines. */
export function attendeeCsv(attendees: readonly Attendee[]): string {
  const rows = attendees
    .filter((a) => a.status !== 'CANCELLED')
    .map((a) => [
      a.name ?? '',
      a.email ?? '',
      a.workplace ?? '',
      STATUS[a.status] ?? a.status,
      a.waitlistPosition == null ? '' : String(a.waitlistPosition),
      a.attended == null ? '' : a.attended ? 'Ja' : 'Nej',
    ]);
  const header = ['Navn', 'E-mail', 'Arbejdssted', 'Status', 'Plads på venteliste', 'Mødt'];
  return stringify([header, ...rows.map((row) => row.map(neutralise))], { delimiter: ';', bom: true, record_delimiter: 'windows' });
}

/** Hands the CSV to the browser as a download. */
export function downloadCsv(fileName: string, csv: string): void {
  saveBlob(fileName, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}
