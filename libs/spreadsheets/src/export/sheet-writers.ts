import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Cell } from './catalogue-rows.js';
import type { CatalogueSheetData } from './catalogue-sheet.js';

/** The formats, by the address's file suffix. */
export const SHEET_FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', write: writeCsv },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', write: writeXlsx },
} as const;
export type SheetFormat = keyof typeof SHEET_FORMATS;

async function* withHeader(data: CatalogueSheetData): AsyncIterable<Cell[]> {
  yield data.header;
  yield* data.rows;
}

/**
 * CSV as Danish Excel opens it with a double-click: UTF-8 with a BOM (æøå read right), semicolons between
 * cells, CRLF lines (csv-stringify quotes cells holding them). Written as the rows are read, with back-pressure.
 */
async function writeCsv(data: CatalogueSheetData, out: Writable): Promise<void> {
  const rows = Readable.from(withHeader(data));
  await pipeline(rows, stringify({ delimiter: ';', bom: true, record_delimiter: 'windows', cast: { number: String } }), out);
}

/** XLSX through exceljs's streaming writer: each row is committed (written out) as soon as it is made. */
async function writeXlsx(data: CatalogueSheetData, out: Writable): Promise<void> {
  // Loaded at the first XLSX export: 36 MB of memory a process that never writes one is spared.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Katalog', { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(data.header);
  header.font = { bold: true };
  header.commit();
  for await (const row of data.rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}
