import { startTestApp, type TestApp } from './support/test-app.js';

// The three operations of the public contract, sent verbatim over HTTP to the app with demo data.
const MUNICIPALITY = `{ municipality(code: "0217") { code name region(at: "2026-12-31") { name } later: region(at: "2027-02-01") { name } } }`;
const SEARCH = `{ search(input: { query: "overgangen til voksenlivet", municipalityCodes: ["0540"], first: 5 }) { totalCount edges { snippet node { __typename ... on Offer { id name } ... on Contact { id name } } } facets { field values { value label count } } pageInfo { hasNextPage endCursor } } }`;
const CREATE_OFFER = `mutation { createOffer(input: { name: "", organisationId: "00000000-0000-0000-0000-000000000000" }) { __typename ... on ValidationError { code message fieldErrors { path message } } } }`;

interface SearchData {
  search: {
    totalCount: number;
    edges: { snippet: string; node: { __typename: string; id?: string; name?: string } }[];
    facets: { field: string; values: { value: string; label: string; count: number }[] }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

interface PlaceOf {
  municipalityCodes?: string[];
  organisation: { municipality: { code: string } | null; region: { key: string } | null };
}

describe('public contract', () => {
  let t: TestApp;
  let search: SearchData['search'];

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const res = await t.graphql<SearchData>(SEARCH);
    expect(res.errors).toBeUndefined();
    search = res.data!.search;
  });
  afterAll(() => t?.close());

  describe('municipality with its region over time', () => {
    it('puts Helsingør in Region Hovedstaden before the 2027 merger and in Region Østdanmark after it', async () => {
      const res = await t.graphql(MUNICIPALITY);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({
        municipality: { code: '0217', name: 'Helsingør', region: { name: 'Region Hovedstaden' }, later: { name: 'Region Østdanmark' } },
      });
    });
  });

  describe('search for the transition to adult life in Sønderborg', () => {
    it('returns a first page of at most five hits, with more to come when the total is larger', () => {
      expect(search.totalCount).toBeGreaterThan(0);
      expect(search.edges.length).toBeGreaterThan(0);
      expect(search.edges.length).toBeLessThanOrEqual(5);
      expect(search.pageInfo.hasNextPage).toBe(search.totalCount > search.edges.length);
      expect(search.pageInfo.endCursor).toEqual(expect.any(String));
    });

    it('marks the matched words in every snippet', () => {
      for (const edge of search.edges) expect(edge.snippet).toContain('<mark>');
    });

    it('finds offers, each of which serves Sønderborg (own organisation there, or coverage naming 0540)', async () => {
      const offers = search.edges.map((e) => e.node).filter((n) => n.__typename === 'Offer');
      expect(offers.length).toBeGreaterThan(0);
      for (const node of offers) {
        expect(node.id).toEqual(expect.any(String));
        expect(node.name).toEqual(expect.any(String));
        const res = await t.graphql<{ offer: PlaceOf }>(
          `query($id: ID!) { offer(id: $id) { municipalityCodes organisation { municipality { code } region { key } } } }`,
          { id: node.id },
        );
        const offer = res.data!.offer;
        const covers = offer.municipalityCodes!.includes('0540');
        const own = offer.municipalityCodes!.length === 0 && offer.organisation.municipality?.code === '0540';
        expect({ name: node.name, serves0540: covers || own }).toEqual({ name: node.name, serves0540: true });
      }
    });

    it('returns contacts only from organisations in Sønderborg or its region', async () => {
      const region = await t.graphql<{ municipality: { region: { key: string } } }>(`{ municipality(code: "0540") { region { key } } }`);
      const regionKey = region.data!.municipality.region.key;
      for (const node of search.edges.map((e) => e.node).filter((n) => n.__typename === 'Contact')) {
        const res = await t.graphql<{ contact: PlaceOf }>(
          `query($id: ID!) { contact(id: $id) { organisation { municipality { code } region { key } } } }`,
          { id: node.id },
        );
        const { organisation } = res.data!.contact;
        expect(organisation.municipality?.code === '0540' || organisation.region?.key === regionKey).toBe(true);
      }
    });

    it('has facets whose type counts add up to the total, with Sønderborg by name in the municipality facet', async () => {
      const byField = new Map(search.facets.map((f) => [f.field, f.values]));
      const types = byField.get('type')!;
      expect(types.reduce((sum, v) => sum + v.count, 0)).toBe(search.totalCount);
      const name = (await t.graphql<{ municipality: { name: string } }>(`{ municipality(code: "0540") { name } }`)).data!.municipality.name;
      expect(byField.get('municipality')).toContainEqual({ value: '0540', label: name, count: expect.any(Number) });
      for (const values of byField.values()) {
        for (const v of values) {
          expect(v.label.length).toBeGreaterThan(0);
          expect(v.count).toBeGreaterThan(0);
        }
      }
    });

    it('narrows the result: the same words without the municipality filter find more', async () => {
      const res = await t.graphql<{ search: { totalCount: number } }>(
        `{ search(input: { query: "overgangen til voksenlivet" }) { totalCount } }`,
      );
      expect(res.data!.search.totalCount).toBeGreaterThan(search.totalCount);
    });

    it('continues after endCursor with hits not on the first page', async () => {
      expect(search.pageInfo.hasNextPage).toBe(true); // the demo data has more than five such records
      const res = await t.graphql<SearchData>(
        `query($after: String) { search(input: { query: "overgangen til voksenlivet", municipalityCodes: ["0540"], first: 5, after: $after }) { totalCount edges { snippet node { __typename ... on Offer { id } ... on Contact { id } } } facets { field } pageInfo { hasNextPage endCursor } } }`,
        { after: search.pageInfo.endCursor },
      );
      const firstIds = new Set(search.edges.map((e) => e.node.id));
      const next = res.data!.search;
      expect(next.totalCount).toBe(search.totalCount);
      expect(next.edges.length).toBe(Math.min(5, search.totalCount - search.edges.length));
      for (const edge of next.edges) expect(firstIds.has(edge.node.id)).toBe(false);
    });
  });

  describe('createOffer with an empty name', () => {
    it('answers with a ValidationError naming input.name and writes nothing', async () => {
      const count = async () => (await t.graphql<{ offers: { totalCount: number } }>(`{ offers { totalCount } }`)).data!.offers.totalCount;
      const before = await count();
      expect(before).toBeGreaterThan(0);

      const res = await t.graphql<{
        createOffer: { __typename: string; code: string; message: string; fieldErrors: { path: string; message: string }[] };
      }>(CREATE_OFFER);
      expect(res.errors).toBeUndefined();
      const result = res.data!.createOffer;
      expect(result.__typename).toBe('ValidationError');
      expect(result.code).toBe('VALIDATION_FAILED');
      expect(result.message.length).toBeGreaterThan(0);
      expect(result.fieldErrors).toContainEqual({ path: 'input.name', message: expect.any(String) });

      expect(await count()).toBe(before);
    });
  });
});
