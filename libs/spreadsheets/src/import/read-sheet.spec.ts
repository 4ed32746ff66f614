import { mapColumns, ImportField } from './columns.js';
import { readSheet, SheetRejected, decodeText, IMPORT_LIMITS } from './read-sheet.js';
import { csvFile, lyingZip, xlsxFile, zipBomb } from './test-files.js';

const HEADER = ['Navn', 'Telefon', 'E-mail', 'Målgruppe', 'Kommune', 'Åbningstid'];
const ROW = ['Ungecenteret', '74 12 34 56', 'ung@example.org', 'Unge 13-30 år', 'Sønderborg', 'Man-fre 9-15'];

describe('reading a spreadsheet', () => {
  it('reads UTF-8 CSV with a BOM and semicolons', async () => {
    const sheet = await readSheet(csvFile([HEADER, ROW], { encoding: 'utf8-bom' }));
    expect(sheet).toMatchObject({ format: 'CSV', encoding: 'UTF-8 (BOM)', delimiter: ';', headers: HEADER });
    expect(sheet.rows).toEqual([{ rowNumber: 2, cells: ROW }]);
  });

  it('reads Windows-1252 CSV with commas (Danish Excel) and finds the Danish letters', async () => {
    const sheet = await readSheet(csvFile([HEADER, ROW], { delimiter: ',', encoding: 'win1252' }));
    expect(sheet).toMatchObject({ encoding: 'Windows-1252', delimiter: ',' });
    expect(sheet.headers[3]).toBe('Målgruppe');
    expect(sheet.rows[0].cells[4]).toBe('Sønderborg');
  });

  it('tells UTF-8 without a BOM from Windows-1252', () => {
    expect(decodeText(Buffer.from('Åbningstid;Navn', 'utf8'))).toEqual({ text: 'Åbningstid;Navn', encoding: 'UTF-8' });
  });

  it('keeps a quoted delimiter inside a cell', async () => {
    const sheet = await readSheet(csvFile([HEADER, ['Team; Syd', ...ROW.slice(1)]]));
    expect(sheet.rows[0].cells[0]).toBe('Team; Syd');
  });

  it('reads the first sheet of an XLSX, or the one named, with dates as YYYY-MM-DD', async () => {
    const file = await xlsxFile([
      {
        name: 'Forside',
        rows: [
          ['Navn', 'Sidst bekræftet'],
          ['Første', new Date(Date.UTC(2026, 10, 3))],
        ],
      },
      {
        name: 'Tilbud',
        rows: [
          ['Navn', 'Alder fra'],
          ['Andet', 13],
        ],
      },
    ]);
    const first = await readSheet(file);
    expect(first).toMatchObject({ format: 'XLSX', headers: ['Navn', 'Sidst bekræftet'] });
    expect(first.rows[0].cells).toEqual(['Første', '2026-11-03']);
    expect((await readSheet(file, 'Tilbud')).rows[0].cells).toEqual(['Andet', '13']);
    await expect(readSheet(file, 'Mangler')).rejects.toThrow('Arket "Mangler" findes ikke i filen.');
  });

  it('refuses a zip bomb by its table of contents, before unpacking', async () => {
    await expect(readSheet(await zipBomb())).rejects.toThrow(/fylder mere end 100 MB udpakket/);
  });

  it('refuses a zip whose parts hold more than its table of contents says', async () => {
    // yauzl finds it out, from the entry's own record or while inflating, before exceljs reads a byte.
    await expect(readSheet(await lyingZip())).rejects.toThrow(SheetRejected);
  });

  it('refuses more than 5,000 rows and more than 10 MB', async () => {
    const rows = Array.from({ length: IMPORT_LIMITS.rows + 1 }, (_, i) => [`Kontakt ${i}`]);
    await expect(readSheet(csvFile([['Navn'], ...rows]))).rejects.toThrow(SheetRejected);
    await expect(readSheet(Buffer.alloc(IMPORT_LIMITS.bytes + 1, 'a'))).rejects.toThrow('Filen er større end 10 MB.');
  });

  it('matches Danish and English headers, and an explicit mapping first', () => {
    expect(
      mapColumns(['Navn', 'Phone', 'E-mail', 'Alder fra', 'Age to', 'Municipality', 'Sidst bekræftet', 'Eksternt id', 'Noget']),
    ).toEqual([
      ImportField.NAME,
      ImportField.PHONE,
      ImportField.EMAIL,
      ImportField.AGE_FROM,
      ImportField.AGE_TO,
      ImportField.MUNICIPALITY,
      ImportField.LAST_VERIFIED,
      ImportField.EXTERNAL_ID,
      null,
    ]);
    expect(mapColumns(['Tilbuddets navn', 'Navn'], { 'Tilbuddets navn': ImportField.NAME, Navn: ImportField.IGNORE })).toEqual([
      ImportField.NAME,
      null,
    ]);
  });
});
