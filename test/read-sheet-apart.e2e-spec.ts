import { csvFile, xlsxFile, zipBomb } from '../libs/spreadsheets/src/import/test-files.js';

type ReadSheetApart = typeof import('../libs/spreadsheets/src/import/read-sheet-apart.js').readSheetApart;

// The built reader (`npm test` builds first): from TypeScript source there is no compiled worker beside it,
// and readSheetApart reads in process. Here the sheet is read in a thread of its own, as the API does.
const BUILT = '../dist/libs/spreadsheets/src/import/read-sheet-apart.js';

describe('reading a spreadsheet in a thread of its own', () => {
  let readSheetApart: ReadSheetApart;

  beforeAll(async () => {
    ({ readSheetApart } = (await import(BUILT)) as { readSheetApart: ReadSheetApart });
  });

  it('hands back the cells of an XLSX and of a CSV, as read in process', async () => {
    const xlsx = await xlsxFile([
      {
        name: 'Ark1',
        rows: [
          ['Navn', 'Telefon'],
          ['Rådgivning', '+45 11 22 33 44'],
        ],
      },
      { name: 'Ark2', rows: [['Navn'], ['Åben anonym rådgivning']] },
    ]);
    expect(await readSheetApart(xlsx, 'Ark2')).toMatchObject({
      format: 'XLSX',
      headers: ['Navn'],
      rows: [{ rowNumber: 2, cells: ['Åben anonym rådgivning'] }],
    });
    const csv = await readSheetApart(csvFile([['Navn'], ['Søvnskole']], { encoding: 'win1252' }));
    expect(csv).toMatchObject({ format: 'CSV', encoding: 'Windows-1252', rows: [{ cells: ['Søvnskole'] }] });
  });

  it('refuses a bad file with the same Danish reason, as a refusal (not an internal error)', async () => {
    const refusal = (file: Buffer, sheet?: string) =>
      readSheetApart(file, sheet).then(
        () => null,
        (error: Error) => [error.constructor.name, error.message],
      );
    expect(await refusal(await zipBomb())).toEqual(['SheetRejected', expect.stringMatching(/fylder mere end 100 MB udpakket/)]);
    expect(await refusal(await xlsxFile([{ name: 'Ark1', rows: [['Navn']] }]), 'Ark9')).toEqual([
      'SheetRejected',
      'Arket "Ark9" findes ikke i filen.',
    ]);
  });
});
