import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

// Place, time and suggestions over HTTP, against the demo data.
type Edge = {
  distanceKm: number | null;
  openingStatus: {
    openNow: boolean;
    closesAtLocal: string | null;
    nextOpensAt: string | null;
    nextOpensAtLocal: string | null;
    holiday: string | null;
  } | null;
  node: { __typename: string; id: string; name: string };
};
type Search = { totalCount: number; edges: Edge[] };

const SEARCH = `query($input: SearchInput!) { search(input: $input) { totalCount edges {
  distanceKm openingStatus { openNow closesAtLocal nextOpensAt nextOpensAtLocal holiday }
  node { __typename ... on Offer { id name } ... on Contact { id name } ... on Organisation { id name } ... on Unit { id name } } } } }`;

describe('place, time and suggestions over GraphQL', () => {
  let t: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    adminToken = await signInAsAdmin(t);
  });
  afterAll(() => t.close());

  const search = async (input: object) => {
    const res = await t.graphql<{ search: Search }>(SEARCH, { input });
    expect(res.errors).toBeUndefined();
    return res.data!.search;
  };

  it('gives every municipality a reference point', async () => {
    const res = await t.graphql<{ municipalities: { code: string; referencePoint: { latitude: number; longitude: number } | null }[] }>(
      `{ municipalities { code referencePoint { latitude longitude } } }`,
    );
    expect(res.data!.municipalities).toHaveLength(98);
    expect(res.data!.municipalities.filter((m) => !m.referencePoint)).toEqual([]);
    expect(res.data!.municipalities.find((m) => m.code === '0217')!.referencePoint).toEqual({ latitude: 56.033, longitude: 12.613 });
  });

  it('searches near a point, nearest first, and reports distances', async () => {
    const result = await search({
      near: { latitude: 56.139, longitude: 8.974, radiusKm: 10 },
      sortBy: 'DISTANCE',
      types: ['ORGANISATION'],
      first: 20,
    });
    expect(result.edges.map((e) => e.node.name)).toEqual(expect.arrayContaining(['Herning Kommune', 'Headspace Herning']));
    expect(result.edges.every((e) => e.distanceKm !== null && e.distanceKm <= 10)).toBe(true);
  });

  it('filters to what is open on langfredag and says when the rest opens', async () => {
    const open = await search({ openAt: '2026-04-03T10:00:00+02:00', nearMunicipality: '0540', types: ['CONTACT', 'OFFER'], first: 50 });
    expect(open.totalCount).toBeGreaterThan(0);
    for (const edge of open.edges) expect(edge.openingStatus).toMatchObject({ openNow: true, holiday: 'Langfredag' });
    const wednesday = await search({ openAt: '2026-04-01T14:00:00+02:00', nearMunicipality: '0540', types: ['CONTACT'], first: 50 });
    expect(wednesday.totalCount).toBeGreaterThan(open.totalCount);
    const office = wednesday.edges.find((e) => e.openingStatus?.nextOpensAtLocal === '2026-04-07T08:00:00+02:00');
    expect(office?.openingStatus?.nextOpensAt).toBe('2026-04-07T06:00:00.000Z');
  });

  it('tells a contact where it is, from its unit or its organisation, and its status at a moment', async () => {
    const opus = await search({ query: 'OPUS Glostrup', types: ['CONTACT'], first: 1 });
    const res = await t.graphql<{
      contact: {
        location: { latitude: number } | null;
        address: string | null;
        unit: { name: string } | null;
        openingStatus: { openNow: boolean } | null;
      };
    }>(
      `query($id: ID!) { contact(id: $id) { location { latitude longitude } address unit { name } openingStatus(at: "2026-04-01T10:00:00+02:00") { openNow } } }`,
      { id: opus.edges[0].node.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.contact).toMatchObject({ location: { latitude: 55.665 }, address: '2600 Glostrup' });
    const helsingoer = await t.graphql<{ organisations: { edges: { node: { id: string } }[] } }>(
      `{ organisations(filter: { municipality: "0217", sector: MUNICIPAL }, first: 1) { edges { node { id } } } }`,
    );
    const contacts = await t.graphql<{
      contacts: { edges: { node: { unit: null; location: { latitude: number; longitude: number } } }[] };
    }>(
      `query($org: ID!) { contacts(filter: { organisationId: $org }, first: 50) { edges { node { unit { id } location { latitude longitude } } } } }`,
      { org: helsingoer.data!.organisations.edges[0].node.id },
    );
    expect(contacts.data!.contacts.edges.every((e) => e.node.location?.latitude === 56.033)).toBe(true);
  });

  it('answers an offer’s status at a moment as the search hit does', async () => {
    const at = '2026-04-01T14:00:00+02:00';
    const hit = (await search({ openAt: at, types: ['OFFER'], first: 1 })).edges[0];
    const res = await t.graphql<{ offer: { openingStatus: Edge['openingStatus'] } }>(
      `query($id: ID!, $at: DateTime) { offer(id: $id) { openingStatus(at: $at) { openNow closesAtLocal nextOpensAt nextOpensAtLocal holiday } } }`,
      { id: hit.node.id, at },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.offer.openingStatus).toEqual(hit.openingStatus);
    expect(hit.openingStatus?.openNow).toBe(true);
  });

  it('suggests while typing, anonymously, typed', async () => {
    const res = await t.graphql<{ suggest: { kind: string; label: string; code: string | null; id: string | null }[] }>(
      `{ suggest(prefix: "hels", first: 5) { kind label code id detail } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.suggest[0]).toMatchObject({ kind: 'MUNICIPALITY', label: 'Helsingør', code: '0217', id: null });
    expect(res.data!.suggest.length).toBeLessThanOrEqual(5);
  });

  it('answers bad place and time arguments as BAD_USER_INPUT in Danish', async () => {
    for (const [input, message] of [
      [{ near: { latitude: 12.6, longitude: 56.0 } }, 'Breddegraden skal ligge i Danmark'],
      [{ sortBy: 'DISTANCE' }, 'Sortering efter afstand kræver'],
      [{ openAt: 'i morgen' }, 'at "input.openAt"; Tidspunktet kan ikke læses'],
      [{ openAt: '2027-03-28T02:30' }, 'findes ikke i dansk tid'],
    ] as const) {
      const res = await t.graphql(SEARCH, { input });
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(res.errors?.[0].message).toContain(message);
    }
  });

  it('rejects an address outside Denmark with a field error in Danish', async () => {
    const res = await t.graphql<{ createOrganisation: { __typename: string; fieldErrors?: { path: string; message: string }[] } }>(
      `mutation { createOrganisation(input: { name: "Malmö Stad", sector: PRIVATE, location: { latitude: 55.6, longitude: 13.0 }, address: "Malmö" }) {
        __typename ... on ValidationError { fieldErrors { path message } } ... on Organisation { location { latitude } } } }`,
      {},
      { token: adminToken },
    );
    // Malmö is inside the bounding box: the check is a box around Denmark, not its border.
    expect(res.data!.createOrganisation.__typename).toBe('Organisation');
    const outside = await t.graphql<{ createOrganisation: { __typename: string; fieldErrors?: { path: string; message: string }[] } }>(
      `mutation { createOrganisation(input: { name: "Oslo kommune", sector: PRIVATE, location: { latitude: 59.9, longitude: 10.7 } }) {
        __typename ... on ValidationError { fieldErrors { path message } } } }`,
      {},
      { token: adminToken },
    );
    expect(outside.data!.createOrganisation).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'input.location.latitude', message: 'Breddegraden skal ligge i Danmark: mellem 54,5 og 57,8.' }],
    });
  });
});
