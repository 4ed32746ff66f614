import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** Spreadsheet files made in the test (none committed): CSV in an encoding, XLSX with exceljs, and a zip bomb's table of contents. */
export function csvFile(rows: string[][], options: { delimiter?: string; encoding?: 'utf8' | 'utf8-bom' | 'win1252' } = {}): Buffer {
  const delimiter = options.delimiter ?? ';';
  const text = rows.map((r) => r.map((c) => (/[";,\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter)).join('\r\n') + '\r\n';
  if (options.encoding === 'win1252') return iconv.encode(text, 'win1252');
  const utf8 = Buffer.from(text, 'utf8');
  return options.encoding === 'utf8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]) : utf8;
}

export async function xlsxFile(sheets: { name: string; rows: (string | number | Date)[][] }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) workbook.addWorksheet(sheet.name).addRows(sheet.rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An XLSX whose zip directory says each part unpacks to 2 GB: what a zip bomb declares. */
export async function zipBomb(): Promise<Buffer> {
  const file = await xlsxFile([{ name: 'Ark1', rows: [['Navn'], ['x']] }]);
  for (let i = 0; i + 46 <= file.length; i++) {
    // Central directory file header: signature, then the uncompressed size at offset 24.
    if (file.readUInt32LE(i) === 0x02014b50) file.writeUInt32LE(0x7fffffff, i + 24);
  }
  return file;
}

/** An XLSX whose zip says each part unpacks to 10 bytes, though it holds more: a zip bomb that hides its size. */
export async function lyingZip(): Promise<Buffer> {
  const file = await xlsxFile([{ name: 'Ark1', rows: [['Navn'], ['x'.repeat(1000)]] }]);
  for (let i = 0; i + 46 <= file.length; i++) {
    if (file.readUInt32LE(i) === 0x02014b50) file.writeUInt32LE(10, i + 24);
    if (file.readUInt32LE(i) === 0x04034b50) file.writeUInt32LE(10, i + 22);
  }
  return file;
}
