import { RequestContext } from '#core';
import { OffersService, OrganisationsService, Sector } from '#directory';
import { type ImportReport, SpreadsheetImportService } from '#spreadsheets';
import { startTestApp, type TestApp } from './support/test-app.js';

// Spreadsheet import on the embedded database runs in parts, each its own transaction (issue 18: other requests
// are not held up for long); when a later row is refused, the parts already committed are taken back.

describe('spreadsheet import in parts on the embedded database', () => {
  let t: TestApp;
  const admin = new RequestContext({ kind: 'account', accountId: '00000000-0000-4000-8000-00000000ad02', grants: [{ role: 'ADMIN' }] });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('takes back the parts already committed when a later row is refused by the mutations', async () => {
    const organisation = await t.app
      .get(OrganisationsService)
      .create(admin, { name: 'Delkommune', sector: Sector.MUNICIPAL, municipalityCode: '0217' });
    if (!('id' in organisation)) throw new Error(organisation.message);
    const imports = t.app.get(SpreadsheetImportService);
    const header = ['Type', 'Navn', 'Telefon', 'Adgang', 'Eksternt id'];
    const first = await imports.run(admin, {
      organisationId: organisation.id,
      file: Buffer.from(csvText([header, ['Tilbud', 'Første', '49 28 00 00', 'Anonym', 'D-1']])),
      dryRun: false,
    });
    expect(first).toMatchObject({ applied: true, created: 1 });
    const offerId = (first as ImportReport).rows[0].recordId!;

    // One row per part (partMs 0): the update and the new offer are committed before the third row is refused
    // by createOffer (an offer needs an access route), and must then be taken back.
    const edited = [
      header,
      ['Tilbud', 'Første', '49 28 00 01', 'Anonym', 'D-1'],
      ['Tilbud', 'Andet', '49 28 00 02', 'Anonym', 'D-2'],
      ['Tilbud', 'Tredje', '', '', 'D-3'],
    ];
    const report = await imports.run(admin, {
      organisationId: organisation.id,
      file: Buffer.from(csvText(edited)),
      dryRun: false,
      partMs: 0,
    });
    expect(report).toMatchObject({ applied: false, importId: null, updated: 1, created: 1, failed: 1 });
    expect((report as ImportReport).problems).toEqual([{ rowNumber: 4, column: 'Adgang', message: expect.stringMatching(/adgangsvej/) }]);

    const offers = t.app.get(OffersService);
    const list = await offers.list({ organisationId: organisation.id });
    expect(list.edges.map((e) => [e.node.id, e.node.name, e.node.channels.map((c) => c.value)])).toEqual([
      [offerId, 'Første', ['+45 49 28 00 00']],
    ]);
  });
});

function csvText(rows: string[][]): string {
  return rows.map((r) => r.join(';')).join('\n');
}
