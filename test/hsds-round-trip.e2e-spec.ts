import { AccountsService, Role } from '#auth';
import { RequestContext } from '#core';
import { HsdsExport, HsdsImport, readPackage, TABLES, TABLE_NAMES, type HsdsImportReport } from '#hsds';
import { SearchReindexer } from '#search';
import { hsdsValidators } from './support/hsds-schemas.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface SearchAnswer {
  search: {
    totalCount: number;
    edges: { node: { __typename: string; name: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const SEARCH = `query ($input: SearchInput!) { search(input: $input) {
  totalCount edges { node { __typename ... on Offer { name } ... on Organisation { name } } } pageInfo { hasNextPage endCursor } } }`;

/** Every offer and organisation a search finds (all pages), as sorted "type: name" lines. */
async function allHits(t: TestApp, input: object): Promise<string[]> {
  const hits: string[] = [];
  let after: string | null = null;
  for (;;) {
    const res: { data?: SearchAnswer; errors?: unknown } = await t.graphql<SearchAnswer>(SEARCH, {
      input: { ...input, types: ['OFFER', 'ORGANISATION'], first: 50, after },
    });
    expect(res.errors).toBeUndefined();
    const page = res.data!.search;
    hits.push(...page.edges.map((e) => `${e.node.__typename}: ${e.node.name}`));
    if (!page.pageInfo.hasNextPage) {
      expect(hits).toHaveLength(page.totalCount);
      return hits.sort();
    }
    after = page.pageInfo.endCursor;
  }
}

const SEARCHES = [
  { query: 'angst' },
  { query: 'spiseforstyrrelser' },
  { query: 'udskrivning' },
  { query: 'selvmord' },
  { query: 'ungdomsuddannelse' },
  { query: 'Herning' },
  { situations: ['discharge'] },
  { municipalityCodes: ['0217'] },
  { accessRoutes: ['ANONYMOUS'] },
  { problemTags: ['eating-disorder'], ageFrom: 15, ageTo: 17 },
];

/**
 * `npm run export:hsds` and the HSDS import: the demo data exported as HSDS's tabular package, imported
 * into a fresh, empty database, gives the same searches the same results.
 */
describe('HSDS tabular export and import round trip', () => {
  let source: TestApp;
  let target: TestApp;
  let zip: Uint8Array;
  let ctx: RequestContext;
  let report: HsdsImportReport;

  // Two apps, an export, an import and a reindex: minutes of one core on a busy machine.
  beforeAll(async () => {
    [source, target] = await Promise.all([startTestApp({ demo: true }), startTestApp()]);
    zip = await source.app.get(HsdsExport).zip(new Date('2026-12-01T08:00:00Z'));
    const admin = await target.app.get(AccountsService).create({
      email: 'import@example.org',
      displayName: 'Import',
      password: 'import-password-1',
      grants: [{ role: Role.ADMIN }],
    });
    ctx = new RequestContext({ kind: 'account', accountId: admin.id, grants: [{ role: Role.ADMIN }] });
    report = await target.app.get(HsdsImport).run(ctx, zip);
    await target.app.get(SearchReindexer).run(() => undefined);
  }, 300_000);
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it('writes every table of the package with HSDS columns, and datapackage.json describing them', () => {
    const v = hsdsValidators();
    const tables = readPackage(zip);
    for (const name of TABLE_NAMES) {
      const schema = v.raw(name);
      expect({ name, path: TABLES[name].path }).toEqual({ name, path: (schema as { path?: string }).path });
      for (const column of TABLES[name].columns)
        expect({ name, column: column.name, known: column.name in schema.properties }).toMatchObject({ known: true });
      for (const required of schema.required ?? []) if (tables[name].length) expect(Object.keys(tables[name][0])).toContain(required);
    }
    expect(tables.service.length).toBeGreaterThan(20);
    expect(tables.organization.length).toBeGreaterThan(10);
    expect(tables.attribute.length).toBeGreaterThan(tables.service.length);
  });

  it('imports every record of the package into the empty instance, and refuses a second import', async () => {
    const tables = readPackage(zip);
    expect(report).toEqual({ organisations: tables.organization.length, contacts: tables.contact.length, offers: tables.service.length });
    await expect(target.app.get(HsdsImport).run(ctx, zip)).rejects.toThrow(/tom instans/);
  });

  it('gives the same searches the same results after the round trip', async () => {
    // Ranking leans on what the package does not carry (units, when a record was last confirmed), so
    // the results are compared as sets: every page of each search.
    for (const input of SEARCHES) {
      const [before, after] = await Promise.all([allHits(source, input), allHits(target, input)]);
      expect(before.length).toBeGreaterThan(0);
      expect({ input, hits: after }).toEqual({ input, hits: before });
    }
  }, 180_000);
});
