import { RequestContext } from '#core';
import { ContactsService, OffersService, OrganisationsService, Sector } from '#directory';
import { type ImportReport, SpreadsheetImportService } from '#spreadsheets';
import { startTestApp, type TestApp } from './support/test-app.js';

// Spreadsheet import applies every row or none, in one transaction (issue 18), on PGlite and on PostgreSQL
// (`npm run test:pg` runs this file there too): a row refused by the directory's checks, even the last of many,
// leaves nothing written, not the rows before it, not their audit events, search documents or import links.

describe('spreadsheet import: all or nothing, in one transaction', () => {
  let t: TestApp;
  const admin = new RequestContext({ kind: 'account', accountId: '00000000-0000-4000-8000-00000000ad02', grants: [{ role: 'ADMIN' }] });
  const header = ['Type', 'Navn', 'Telefon', 'Adgang', 'Sidst bekræftet', 'Eksternt id'];

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  async function organisation(name: string): Promise<string> {
    const created = await t.app.get(OrganisationsService).create(admin, { name, sector: Sector.MUNICIPAL, municipalityCode: '0217' });
    if (!('id' in created)) throw new Error(created.message);
    return created.id;
  }

  /** Rows of the organisation's contacts and offers, audit events, search documents and import links, counted in SQL. */
  async function written(organisationId: string) {
    const [row]: Record<string, string>[] = await t.database.dataSource.query(
      `SELECT (SELECT count(*) FROM contact WHERE organisation_id = $1) AS contacts,
              (SELECT count(*) FROM offer WHERE organisation_id = $1) AS offers,
              (SELECT count(*) FROM audit_event WHERE organisation_id = $1 AND entity_type IN ('Contact', 'Offer')) AS audit,
              (SELECT count(*) FROM search_document WHERE organisation_id = $1 AND type <> 'ORGANISATION') AS documents,
              (SELECT count(*) FROM import_link WHERE organisation_id = $1) AS links,
              (SELECT count(*) FROM import_run WHERE organisation_id = $1) AS runs`,
      [organisationId],
    );
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
  }

  it('writes nothing when the last of 300 rows is refused by the checks of createOffer', async () => {
    const id = await organisation('Altellerintetkommune');
    const rows = Array.from({ length: 299 }, (_, i) =>
      i % 2
        ? ['Kontakt', `Vagt ${i}`, '49 28 00 00', '', '', `K-${i}`]
        : ['Tilbud', `Tilbud ${i}`, '49 28 00 00', 'Anonym', '03-11-2026', `T-${i}`],
    );
    // An offer needs an access route: createOffer refuses the last row, after 299 good ones.
    const file = Buffer.from(csvText([header, ...rows, ['Tilbud', 'Uden adgang', '49 28 00 00', '', '', 'T-last']]));
    const report = (await t.app.get(SpreadsheetImportService).run(admin, { organisationId: id, file, dryRun: false })) as ImportReport;
    expect(report).toMatchObject({ applied: false, importId: null, created: 299, failed: 1 });
    expect(report.problems).toEqual([{ rowNumber: 301, column: 'Adgang', message: expect.stringMatching(/adgangsvej/) }]);
    expect(report.rows.filter((r) => r.recordId)).toEqual([]);
    expect(await written(id)).toEqual({ contacts: 0, offers: 0, audit: 0, documents: 0, links: 0, runs: 0 });

    // The same file without the bad row: all of it, in one go.
    const good = Buffer.from(csvText([header, ...rows]));
    const applied = await t.app.get(SpreadsheetImportService).run(admin, { organisationId: id, file: good, dryRun: false });
    expect(applied).toMatchObject({ applied: true, created: 299, failed: 0 });
    // Each new record: CREATE; each offer with "Sidst bekræftet": VERIFY too.
    expect(await written(id)).toEqual({ contacts: 149, offers: 150, audit: 299 + 150, documents: 299, links: 299, runs: 1 });
  });

  it('takes none of an edited file when its last row is refused: the updates before it are rolled back too', async () => {
    const id = await organisation('Delkommune');
    const imports = t.app.get(SpreadsheetImportService);
    const first = await imports.run(admin, {
      organisationId: id,
      file: Buffer.from(
        csvText([header, ['Tilbud', 'Første', '49 28 00 00', 'Anonym', '', 'D-1'], ['Kontakt', 'Vagt', '49 28 00 09', '', '', 'D-9']]),
      ),
      dryRun: false,
    });
    expect(first).toMatchObject({ applied: true, created: 2 });
    const before = await written(id);

    const edited = [
      header,
      ['Tilbud', 'Første', '49 28 00 01', 'Anonym', '03-11-2026', 'D-1'],
      ['Kontakt', 'Vagt', '49 28 00 08', '', '', 'D-9'],
      ['Tilbud', 'Andet', '49 28 00 02', 'Anonym', '', 'D-2'],
      ['Tilbud', 'Tredje', '', '', '', 'D-3'],
    ];
    const report = await imports.run(admin, { organisationId: id, file: Buffer.from(csvText(edited)), dryRun: false });
    expect(report).toMatchObject({ applied: false, importId: null, updated: 2, created: 1, failed: 1 });
    expect((report as ImportReport).problems).toEqual([{ rowNumber: 5, column: 'Adgang', message: expect.stringMatching(/adgangsvej/) }]);

    expect(await written(id)).toEqual(before);
    const offers = await t.app.get(OffersService).list({ organisationId: id });
    expect(offers.edges.map((e) => [e.node.name, e.node.channels.map((c) => c.value), e.node.lastVerifiedAt])).toEqual([
      ['Første', ['+45 49 28 00 00'], null],
    ]);
    const contacts = await t.app.get(ContactsService).list({ organisationId: id });
    expect(contacts.edges.map((e) => e.node.channels.map((c) => c.value))).toEqual([['+45 49 28 00 09']]);
  });
});

function csvText(rows: string[][]): string {
  return rows.map((r) => r.join(';')).join('\n');
}
