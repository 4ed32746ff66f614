import ExcelJS from 'exceljs';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

/**
 * Staff-only lines never reach an anonymous client, by any path: record fields, lists, search hits,
 * snippets, facets and error messages. Checked against every STAFF value in the demo data.
 */
describe('no STAFF channel leaks to anonymous clients', () => {
  let t: TestApp;
  let staffValues: string[];

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const rows: { value: string }[] = await t.database.dataSource.query(
      `SELECT DISTINCT c->>'value' AS value FROM (SELECT jsonb_array_elements(channels) c FROM contact UNION ALL SELECT jsonb_array_elements(channels) FROM offer) x
       WHERE c->>'visibility' = 'STAFF'`,
    );
    staffValues = rows.map((r) => r.value);
  });
  afterAll(() => t.close());

  const leaks = (payload: unknown) => {
    const text = JSON.stringify(payload);
    return staffValues.filter((value) => text.includes(value) || text.includes(value.replace(/\s/g, '')));
  };

  it('has STAFF lines in the demo data to look for', () => {
    expect(staffValues.length).toBeGreaterThan(50);
  });

  it('never shows them in contact and offer fields, lists or nested deputies', async () => {
    const contacts = await t.graphql(
      `{ contacts(first: 100) { edges { node { name channels { value } deputy { channels { value } } unit { contacts { channels { value } } } } } } }`,
    );
    const offers = await t.graphql(`{ offers(first: 100) { edges { node { name channels { value } } } } }`);
    expect(contacts.errors).toBeUndefined();
    expect(offers.errors).toBeUndefined();
    expect(leaks(contacts.data)).toEqual([]);
    expect(leaks(offers.data)).toEqual([]);
  });

  it('never finds, highlights or counts them in search', async () => {
    for (const value of staffValues.slice(0, 15)) {
      const res = await t.graphql(
        `query ($q: String!) { search(input: { query: $q, first: 50 }) { totalCount edges { snippet node { __typename } } facets { field values { value label count } } } }`,
        {
          q: value,
        },
      );
      expect(res.errors).toBeUndefined();
      expect(leaks(res.data)).toEqual([]);
    }
    const browse = await t.graphql(`{ search(input: { first: 50 }) { edges { snippet } facets { field values { value label } } } }`);
    expect(leaks(browse.data)).toEqual([]);
  });

  it('never shows them in the HSDS API (/hsds/), in lists, nested records or by id', async () => {
    const get = async (path: string): Promise<{ contents?: { id: string }[]; last_page?: boolean }> => {
      const res = await fetch(`${t.url}${path}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { contents?: { id: string }[]; last_page?: boolean };
      expect(leaks(body)).toEqual([]);
      return body;
    };
    for (const list of ['services?full=true', 'organizations?full_service=true', 'service_at_locations?full=true']) {
      for (let page = 1; ; page++) if ((await get(`/hsds/${list}&per_page=200&page=${page}`)).last_page) break;
    }
    const [{ id: offerId }]: { id: string }[] = await t.database.dataSource.query(
      `SELECT id FROM offer WHERE channels @> '[{"visibility": "STAFF"}]'::jsonb LIMIT 1`,
    );
    const [{ organisation_id: organisationId }]: { organisation_id: string }[] = await t.database.dataSource.query(
      `SELECT organisation_id FROM contact WHERE channels @> '[{"visibility": "STAFF"}]'::jsonb LIMIT 1`,
    );
    await get(`/hsds/services/${offerId}`);
    await get(`/hsds/organizations/${organisationId}?full_service=true`);
    for (const value of staffValues.slice(0, 5)) await get(`/hsds/services?search=${encodeURIComponent(value)}`);
  });

  it('never repeats them in error messages', async () => {
    const [{ id }]: { id: string }[] = await t.database.dataSource.query(
      `SELECT id FROM contact WHERE channels @> '[{"visibility": "STAFF"}]'::jsonb LIMIT 1`,
    );
    const forbidden = await t.graphql(
      `mutation ($id: ID!) { updateContact(id: $id, input: { roleTitle: "x" }) { __typename ... on ErrorResult { message } } }`,
      { id },
    );
    const invalid = await t.graphql(`mutation ($id: ID!) { deleteContact(id: $id) { __typename ... on ErrorResult { message } } }`, { id });
    const verify = await t.graphql(
      `mutation ($id: ID!) { verifyContact(input: { id: $id, verifiedBy: "" }) { __typename ... on ValidationError { fieldErrors { message } } } }`,
      { id },
    );
    for (const res of [forbidden, invalid, verify]) expect(leaks(res)).toEqual([]);
  });

  it('never exports them in the catalogue spreadsheets (CSV, XLSX), offers and contacts, asked for or not', async () => {
    const queries = [
      '',
      '?medarbejderlinjer=1',
      '?kommune=0217,0657&adgangsvej=anonym,selv',
      '?type=kontakt',
      '?type=kontakt&medarbejderlinjer=1',
    ];
    for (const query of queries) {
      const csv = await fetch(`${t.url}/eksport/katalog.csv${query}`);
      const text = await csv.text();
      expect(leaks(text)).toEqual([]);
      const xlsx = await fetch(`${t.url}/eksport/katalog.xlsx${query}`);
      if (xlsx.status !== 200) {
        expect(leaks(await xlsx.text())).toEqual([]);
        continue;
      }
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await xlsx.arrayBuffer());
      const cells = workbook.worksheets[0].getSheetValues();
      expect(cells.length).toBeGreaterThan(2);
      expect(leaks(cells)).toEqual([]);
    }
    // The check can see them: a professional who asks gets them, the contacts' ones too.
    const authorization = `Bearer ${await signInAsAdmin(t)}`;
    const asked = await fetch(`${t.url}/eksport/katalog.csv?medarbejderlinjer=1`, { headers: { authorization } });
    expect(leaks(await asked.text()).length).toBeGreaterThan(0);
    const contacts = await fetch(`${t.url}/eksport/katalog.csv?type=kontakt&medarbejderlinjer=1`, { headers: { authorization } });
    const contactStaff: { value: string }[] = await t.database.dataSource.query(
      `SELECT DISTINCT c->>'value' AS value FROM (SELECT jsonb_array_elements(channels) c FROM contact WHERE left_at IS NULL) x
       WHERE c->>'visibility' = 'STAFF'`,
    );
    expect(leaks(await contacts.text()).sort()).toEqual(expect.arrayContaining(contactStaff.map((r) => r.value).slice(0, 20)));
  });
});
