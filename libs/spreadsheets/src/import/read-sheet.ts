import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { SheetRejected } from './sheet-rejected.js';
import { checkZipSize } from './zip-guard.js';

export { SheetRejected };

/** The bounds of one import (issue 18): a bigger file or sheet is refused before anything is read. */
export const IMPORT_LIMITS = { bytes: 10 * 1024 * 1024, rows: 5000, unpackedBytes: 100 * 1024 * 1024, zipEntries: 2000 };

/** The cells of a sheet as text: the header row and the data rows (row numbers as a spreadsheet shows them). */
export interface Sheet {
  format: 'CSV' | 'XLSX';
  encoding: string | null;
  delimiter: string | null;
  headers: string[];
  rows: { rowNumber: number; cells: string[] }[];
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Reads a CSV (`;`, `,` or tab; UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252) or an XLSX (first sheet or `sheetName`). */
export async function readSheet(file: Buffer, sheetName?: string | null): Promise<Sheet> {
  if (file.length === 0) throw new SheetRejected('Filen er tom.');
  if (file.length > IMPORT_LIMITS.bytes) throw new SheetRejected('Filen er større end 10 MB.');
  return file.subarray(0, 4).equals(ZIP_MAGIC) ? readXlsx(file, sheetName) : readCsv(file);
}

/** The text of a CSV file and the encoding it was written in. */
export function decodeText(file: Buffer): { text: string; encoding: string } {
  if (file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf) return { text: file.subarray(3).toString('utf8'), encoding: 'UTF-8 (BOM)' };
  if (file[0] === 0xff && file[1] === 0xfe) return { text: iconv.decode(file.subarray(2), 'utf16le'), encoding: 'UTF-16LE' };
  if (file[0] === 0xfe && file[1] === 0xff) return { text: iconv.decode(file.subarray(2), 'utf16be'), encoding: 'UTF-16BE' };
  try {
    // Valid UTF-8 is almost never Windows-1252 that happens to decode: Danish letters in 1252 are single high bytes.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(file), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(file, 'win1252'), encoding: 'Windows-1252' };
  }
}

/** The delimiter that splits the header line into the most columns (quoted text not counted). */
export function detectDelimiter(text: string): string {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0].n > 0 ? counts[0].d : ';';
}

function readCsv(file: Buffer): Sheet {
  const { text, encoding } = decodeText(file);
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      to_line: IMPORT_LIMITS.rows + 2,
    }) as string[][];
  } catch (error) {
    throw new SheetRejected(`CSV-filen kan ikke læses: ${error instanceof Error ? error.message : String(error)}`);
  }
  return toSheet('CSV', encoding, delimiter, records);
}

async function readXlsx(file: Buffer, sheetName?: string | null): Promise<Sheet> {
  await checkZipSize(file, IMPORT_LIMITS);
  // Loaded when a workbook is read (in its own thread: readSheetApart), not by every process that could.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new SheetRejected('XLSX-filen kan ikke læses.');
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) throw new SheetRejected(sheetName ? `Arket "${sheetName}" findes ikke i filen.` : 'Filen har intet ark.');
  if (sheet.actualRowCount > IMPORT_LIMITS.rows + 1) throw tooManyRows();
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => (cells[column - 1] = cellText(cell.value)));
    records[row.number - 1] = Array.from(cells, (c) => c ?? '');
  });
  return toSheet('XLSX', null, null, records);
}

/** A cell as text: dates as YYYY-MM-DD, formulas by their result, rich text by its text. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

function toSheet(format: Sheet['format'], encoding: string | null, delimiter: string | null, records: (string[] | undefined)[]): Sheet {
  const headerIndex = records.findIndex((r) => r?.some((c) => c.trim() !== ''));
  if (headerIndex < 0) throw new SheetRejected('Filen har ingen overskriftsrække.');
  const headers = records[headerIndex]!.map((h) => h.trim());
  const rows = records
    .map((cells, i) => ({ rowNumber: i + 1, cells: (cells ?? []).map((c) => c.trim()) }))
    .slice(headerIndex + 1)
    .filter((r) => r.cells.some((c) => c !== ''));
  if (rows.length > IMPORT_LIMITS.rows) throw tooManyRows();
  return { format, encoding, delimiter, headers, rows };
}

function tooManyRows(): SheetRejected {
  return new SheetRejected(`Filen har mere end ${IMPORT_LIMITS.rows} rækker. Del den op i flere filer.`);
}
