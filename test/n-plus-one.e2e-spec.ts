import { startTestApp, type TestApp } from './support/test-app.js';

// Nested fields are loaded in batches per request: the number of SQL queries for a page does not
// grow with the number of nodes on it. Measured with the demo data (180 offers, 320 contacts).
const OFFERS = (first: number) =>
  `{ offers(first: ${first}) { edges { node { name organisation { name municipality { name region { name } } } unit { name parent { name } } situations { label } } } } }`;
const CONTACTS = (first: number, args = '') =>
  `{ contacts(first: ${first}${args}) { edges { node { name deputy { name } organisation { name } unit { name } } } } }`;
const SEARCH = (first: number) =>
  `{ search(input: { query: "ung", first: ${first} }) { totalCount edges { snippet node { __typename ` +
  `... on Offer { name organisation { name municipality { name region { name } } } unit { name parent { name } } situations { label } } ` +
  `... on Contact { name deputy { name } organisation { name } unit { name } } ` +
  `... on Organisation { name municipality { name region { name } } } ` +
  `... on Unit { name parent { name } organisation { name } } } } facets { field values { value label count } } } }`;

/** At most this many queries for any page: one per list/search step and one per batched relation. */
const LIST_BOUND = 10;
const SEARCH_BOUND = 15;

interface Measured<T> {
  count: number;
  data: T;
}

type Named = { name: string } | null;
type OfferNode = {
  name: string;
  organisation: { name: string; municipality: { name: string; region: Named } | null };
  unit: (Named & { parent: Named }) | null;
  situations: { label: string }[];
};
type ContactNode = { name: string; deputy: Named; organisation: Named; unit: Named };
type Edges<N> = { edges: { node: N }[] };

describe('SQL queries per page (no N+1)', () => {
  let t: TestApp;

  async function measure<T>(query: string): Promise<Measured<T>> {
    t.queries.reset();
    const res = await t.graphql<T>(query);
    const count = t.queries.count;
    expect(res.errors).toBeUndefined();
    return { count, data: res.data! };
  }

  beforeAll(async () => {
    // No job workers: a scheduled job running mid-request would add its queries to the count.
    t = await startTestApp({ demo: true, jobs: { work: false } });
    // Warm up once, so one-time caches do not count against the first measured page.
    for (const query of [OFFERS(1), CONTACTS(1), SEARCH(1)]) await t.graphql(query);
  });
  afterAll(() => t?.close());

  it('lists 50 offers with organisation, municipality, region, unit, parent unit and situations in as many queries as 5', async () => {
    const small = await measure<{ offers: Edges<OfferNode> }>(OFFERS(5));
    const large = await measure<{ offers: Edges<OfferNode> }>(OFFERS(50));
    const nodes = large.data.offers.edges.map((e) => e.node);

    expect(small.data.offers.edges).toHaveLength(5);
    expect(nodes).toHaveLength(50);
    // The page really reaches every nested level, so an N+1 anywhere would show in the count.
    expect(nodes.some((n) => n.organisation.municipality?.region)).toBe(true);
    expect(nodes.some((n) => n.unit?.parent)).toBe(true);
    expect(nodes.some((n) => n.situations.length > 0)).toBe(true);

    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(LIST_BOUND);
  });

  it('lists 50 contacts with deputy, organisation and unit in as many queries as 5', async () => {
    const small = await measure<{ contacts: Edges<ContactNode> }>(CONTACTS(5));
    const large = await measure<{ contacts: Edges<ContactNode> }>(CONTACTS(50));
    const nodes = large.data.contacts.edges.map((e) => e.node);

    expect(nodes).toHaveLength(50);
    expect(nodes.every((n) => n.organisation)).toBe(true);
    expect(nodes.some((n) => n.unit)).toBe(true);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(LIST_BOUND);
  });

  it('loads the deputies of 50 persons in one batch too', async () => {
    // Functions come first in the list and have no deputies; persons do.
    const persons = ', filter: { kind: PERSON }';
    const small = await measure<{ contacts: Edges<ContactNode> }>(CONTACTS(5, persons));
    const large = await measure<{ contacts: Edges<ContactNode> }>(CONTACTS(50, persons));
    const nodes = large.data.contacts.edges.map((e) => e.node);

    expect(nodes).toHaveLength(50);
    expect(nodes.filter((n) => n.deputy).length).toBeGreaterThan(1);
    expect(large.count).toBeLessThanOrEqual(small.count + 1); // the first five may have no deputy to load
    expect(large.count).toBeLessThanOrEqual(LIST_BOUND);
  });

  it('keeps the count flat from 50 to 100 nodes per page', async () => {
    expect((await measure(OFFERS(100))).count).toBe((await measure(OFFERS(50))).count);
    expect((await measure(CONTACTS(100))).count).toBe((await measure(CONTACTS(50))).count);
  });

  it('searches with 50 mixed nodes and their relations in a small fixed number of queries', async () => {
    type SearchData = { search: { totalCount: number; edges: { node: { __typename: string } }[] } };
    const small = await measure<SearchData>(SEARCH(5));
    const large = await measure<SearchData>(SEARCH(50));
    const types = new Set(large.data.search.edges.map((e) => e.node.__typename));

    expect(large.data.search.totalCount).toBeGreaterThanOrEqual(50);
    expect(large.data.search.edges).toHaveLength(50);
    expect(types.size).toBeGreaterThan(1);

    // Not equal to the small page: 50 mixed hits reach relations five do not (one more batch each),
    // but never one query per node.
    expect(small.count).toBeLessThanOrEqual(SEARCH_BOUND);
    expect(large.count).toBeLessThanOrEqual(SEARCH_BOUND);
  });
});
