import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { AccountsService, Role } from '#auth';
import { startTestApp, signInAsAdmin, type TestApp } from './support/test-app.js';

// Spreadsheet import (issue 18) over HTTP: a dry run, applying, importing the same file again, an edited
// file, CPR-like text, a zip bomb and who may import. Files are made here (no binary fixtures).

const IMPORT = `mutation ($input: ImportSpreadsheetInput!) { importSpreadsheet(input: $input) {
  __typename
  ... on ImportReport { importId dryRun applied format encoding delimiter created updated unchanged failed
    rows { rowNumber kind name action recordId changedFields } problems { rowNumber column message } warnings { rowNumber column message } }
  ... on ErrorResult { code message }
  ... on ValidationError { fieldErrors { path message } } } }`;

type Row = { rowNumber: number; kind: string; name: string; action: string; recordId: string | null; changedFields: string[] };
type Report = {
  __typename: string;
  importId: string | null;
  applied: boolean;
  encoding: string | null;
  delimiter: string | null;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  rows: Row[];
  problems: { rowNumber: number; column: string; message: string }[];
  warnings: { rowNumber: number; column: string; message: string }[];
  code?: string;
  message?: string;
  fieldErrors?: { path: string; message: string }[];
};

const HEADER = [
  'Type',
  'Navn',
  'Telefon',
  'E-mail',
  'Målgruppe',
  'Kommune',
  'Adgang',
  'Situation',
  'Åbningstid',
  'Sidst bekræftet',
  'Eksternt id',
];
const OFFER = [
  'Tilbud',
  'Ungeindgangen',
  '49 28 00 00',
  'unge@example.org',
  'Unge 13-30 år',
  'Helsingør, 0219',
  'Selvhenvendelse',
  'Selvskade',
  'Man-fre 9-15',
  '03-11-2026',
  'T-1',
];
const CONTACT = [
  'Kontakt',
  'Vagttelefonen, Socialpsykiatrien',
  '+45 4928 1111',
  '',
  '',
  '',
  '',
  'Udskrivning fra psykiatrien',
  'Døgnet rundt',
  '',
  'K-1',
];

function csv(rows: string[][]): string {
  const text = rows.map((r) => r.map((c) => (/[;"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';')).join('\r\n');
  // Windows-1252, as Danish Excel writes "CSV (semikolonsepareret)".
  return iconv.encode(text, 'win1252').toString('base64');
}

async function xlsx(rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Kontakter og tilbud').addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('spreadsheet import over GraphQL', () => {
  let t: TestApp;
  let admin: string;
  let organisationId: string;

  const run = async (token: string | undefined, contentBase64: string, dryRun: boolean) => {
    const res = await t.graphql<{ importSpreadsheet: Report }>(
      IMPORT,
      { input: { organisationId, contentBase64, dryRun, fileName: 'ark.csv' } },
      { token },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.importSpreadsheet;
  };
  const counts = async () => {
    const res = await t.graphql<{ offers: { totalCount: number }; contacts: { totalCount: number } }>(
      `query ($org: ID!) { offers(filter: { organisationId: $org }) { totalCount } contacts(filter: { organisationId: $org }) { totalCount } }`,
      { org: organisationId },
    );
    return [res.data!.offers.totalCount, res.data!.contacts.totalCount];
  };
  const history = async (id: string) =>
    (
      await t.graphql<{ history: { action: string; cause: string | null }[] }>(
        `query ($id: ID!) { history(entityId: $id) { action cause } }`,
        { id },
        { token: admin },
      )
    ).data!.history;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInAsAdmin(t);
    const res = await t.graphql<{ createOrganisation: { id: string } }>(
      `mutation { createOrganisation(input: { name: "Importkommune", sector: MUNICIPAL, municipalityCode: "0217" }) { ... on Organisation { id } } }`,
      {},
      { token: admin },
    );
    organisationId = res.data!.createOrganisation.id;
  });
  afterAll(() => t?.close());

  it('reports a dry run row by row, with every error by row, column and a Danish message, and saves nothing', async () => {
    const bad = ['Tilbud', 'Fejltilbud', '12 34', '', '', 'Atlantis', 'Selvhenvendelse', '', 'Efter aftale', '', 'T-9'];
    const report = await run(admin, csv([HEADER, OFFER, CONTACT, bad]), true);
    expect(report).toMatchObject({ __typename: 'ImportReport', importId: null, applied: false, encoding: 'Windows-1252', delimiter: ';' });
    expect(report.rows.map((r) => [r.rowNumber, r.kind, r.action])).toEqual([
      [2, 'OFFER', 'CREATE'],
      [3, 'CONTACT', 'CREATE'],
      [4, 'OFFER', 'ERROR'],
    ]);
    expect(report.problems).toEqual([
      { rowNumber: 4, column: 'Telefon', message: 'Telefonnummeret "12 34" skal have 8 cifre (dansk) eller starte med + og landekode.' },
      { rowNumber: 4, column: 'Kommune', message: 'Ukendt kommune "Atlantis". Skriv navnet eller den firecifrede kommunekode.' },
    ]);
    // Opening hours that cannot be read as weekly hours are kept as the note, with a warning rather than an error.
    expect(report.warnings).toEqual([{ rowNumber: 4, column: 'Åbningstid', message: expect.stringMatching(/gemmes som note/) }]);
    expect(await counts()).toEqual([0, 0]);
  });

  it('applies all rows in one go, verified only from "Sidst bekræftet", with the import as the cause in the audit trail', async () => {
    const report = await run(admin, csv([HEADER, OFFER, CONTACT]), false);
    expect(report).toMatchObject({ applied: true, created: 2, updated: 0, unchanged: 0, failed: 0 });
    expect(await counts()).toEqual([1, 1]);
    const [offerRow, contactRow] = report.rows;
    const res = await t.graphql<{ offer: Record<string, unknown>; contact: Record<string, unknown> }>(
      `query ($o: ID!, $c: ID!) {
        offer(id: $o) { name ageMin ageMax accessRoute lastVerifiedAt channels { kind value } municipalities { code } situations { key } openingHours { alwaysOpen note weekly { day opens closes } } owner { kind } }
        contact(id: $c) { name kind lastVerifiedAt channels { kind value } openingHours { alwaysOpen note } owner { kind } } }`,
      { o: offerRow.recordId, c: contactRow.recordId },
      { token: admin },
    );
    expect(res.data!.offer).toEqual({
      name: 'Ungeindgangen',
      ageMin: 13,
      ageMax: 30,
      accessRoute: 'SELF_REFERRAL',
      lastVerifiedAt: '2026-11-03T12:00:00.000Z',
      channels: [
        { kind: 'PHONE', value: '+45 49 28 00 00' },
        { kind: 'EMAIL', value: 'unge@example.org' },
      ],
      municipalities: [{ code: '0217' }, { code: '0219' }],
      situations: [{ key: 'self-harm' }],
      // "Man-fre 9-15" read as weekly hours; fully understood, so no note.
      openingHours: {
        alwaysOpen: false,
        note: null,
        weekly: ['MON', 'TUE', 'WED', 'THU', 'FRI'].map((day) => ({ day, opens: '09:00', closes: '15:00' })),
      },
      owner: { kind: 'ORGANISATION' },
    });
    expect(res.data!.contact).toMatchObject({
      kind: 'FUNCTION',
      lastVerifiedAt: null,
      openingHours: { alwaysOpen: true, note: null },
      owner: { kind: 'ORGANISATION' },
    });
    // The search index is written once for the whole import, before it commits: both records are found.
    const found = await t.graphql<{ search: { edges: { node: { id: string } }[] } }>(
      `{ search(input: { query: "Ungeindgangen" }) { edges { node { ... on Offer { id } } } } }`,
    );
    expect(found.data!.search.edges.map((e) => e.node.id)).toContain(offerRow.recordId);
    const cause = `import:${report.importId}`;
    const events = await history(offerRow.recordId!);
    expect(events.sort((a, b) => a.action.localeCompare(b.action))).toEqual([
      { action: 'CREATE', cause },
      { action: 'VERIFY', cause },
    ]);
  });

  it('changes nothing when the same file comes again, and only what changed in an edited one (XLSX this time)', async () => {
    const again = await run(admin, csv([HEADER, OFFER, CONTACT]), false);
    expect(again).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 2 });
    const offerId = again.rows[0].recordId!;
    expect(await history(offerId)).toHaveLength(2);

    const edited = [...OFFER];
    edited[2] = '49 28 00 01';
    const report = await run(admin, await xlsx([HEADER, edited, CONTACT]), false);
    expect(report).toMatchObject({ applied: true, created: 0, updated: 1, unchanged: 1 });
    expect(report.rows[0]).toMatchObject({ action: 'UPDATE', recordId: offerId, changedFields: ['channels'] });
    expect((await history(offerId))[0]).toEqual({ action: 'UPDATE', cause: `import:${report.importId}` });
    expect(await counts()).toEqual([1, 1]);
  });

  it('refuses CPR-like text in any cell, naming the row and column, and saves none of the rows', async () => {
    const cpr = ['Kontakt', 'Ny kontakt', '', '', '', '', '', '', 'Ring om 010190-1234', '', 'K-2'];
    const report = await run(admin, csv([HEADER, ['Kontakt', 'Endnu en kontakt', '', '', '', '', '', '', '', '', 'K-3'], cpr]), false);
    expect(report).toMatchObject({ applied: false, created: 1, failed: 1 });
    expect(report.problems).toEqual([{ rowNumber: 3, column: 'Åbningstid', message: expect.stringMatching(/CPR-nummer/) }]);
    expect(await counts()).toEqual([1, 1]);
  });

  it('refuses a zip bomb by its table of contents', async () => {
    const file = Buffer.from(await xlsx([['Navn'], ['x']]), 'base64');
    for (let i = 0; i + 46 <= file.length; i++) if (file.readUInt32LE(i) === 0x02014b50) file.writeUInt32LE(0x7fffffff, i + 24);
    const report = await run(admin, file.toString('base64'), true);
    expect(report).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'input.contentBase64', message: expect.stringMatching(/udpakket/) }],
    });
  });

  it('is for editors of the organisation only', async () => {
    const accounts = t.app.get(AccountsService);
    const other = await t.graphql<{ createOrganisation: { id: string } }>(
      `mutation { createOrganisation(input: { name: "Anden kommune", sector: MUNICIPAL, municipalityCode: "0219" }) { ... on Organisation { id } } }`,
      {},
      { token: admin },
    );
    const signIn = async (email: string, organisation: string) => {
      await accounts.create({
        email,
        displayName: email,
        password: 'import-test-password',
        grants: [{ role: Role.EDITOR, organisationId: organisation }],
      });
      const res = await t.graphql<{ signIn: { accessToken: string } }>(
        `mutation ($email: String!) { signIn(input: { email: $email, password: "import-test-password" }) { ... on Session { accessToken } } }`,
        { email },
      );
      return res.data!.signIn.accessToken;
    };
    const outsider = await signIn('anden.redaktoer@example.org', other.data!.createOrganisation.id);
    const editor = await signIn('import.redaktoer@example.org', organisationId);
    const file = csv([HEADER, OFFER, CONTACT]);
    expect(await run(undefined, file, true)).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await run(outsider, file, true)).toMatchObject({ __typename: 'ForbiddenError', message: expect.stringMatching(/redaktør/) });
    expect(await run(editor, file, true)).toMatchObject({ __typename: 'ImportReport', applied: false, failed: 0 });

    // An editor of one unit imports into that unit, which then owns the records.
    const unit = await t.graphql<{ createUnit: { id: string } }>(
      `mutation ($org: ID!) { createUnit(input: { name: "Ungeteamet", organisationId: $org }) { ... on Unit { id } } }`,
      { org: organisationId },
      { token: admin },
    );
    const unitId = unit.data!.createUnit.id;
    await accounts.create({
      email: 'enhed.redaktoer@example.org',
      displayName: 'Enhed',
      password: 'import-test-password',
      grants: [{ role: Role.EDITOR, unitId }],
    });
    const unitToken = (
      await t.graphql<{ signIn: { accessToken: string } }>(
        `mutation { signIn(input: { email: "enhed.redaktoer@example.org", password: "import-test-password" }) { ... on Session { accessToken } } }`,
      )
    ).data!.signIn.accessToken;
    const imported = await run(
      unitToken,
      csv([HEADER, ['Kontaktperson', 'Ulla Ung', '49 28 22 22', '', '', '', '', '', '', '', 'K-U']]),
      false,
    );
    expect(imported).toMatchObject({ applied: true, created: 1 });
    const contact = await t.graphql<{ contact: { kind: string; unit: { id: string }; owner: { kind: string; unitId: string } } }>(
      `query ($id: ID!) { contact(id: $id) { kind unit { id } owner { kind unitId } } }`,
      { id: imported.rows[0].recordId },
      { token: admin },
    );
    expect(contact.data!.contact).toEqual({ kind: 'PERSON', unit: { id: unitId }, owner: { kind: 'UNIT', unitId } });
  });
});
