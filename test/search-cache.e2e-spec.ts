import { ChannelKind, Visibility } from '#directory';
import { SearchResultCache } from '#search';
import { makeContact, makeOrganisation } from '#testing';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

// The search result cache on the embedded database: a write is found by the very next search, and
// what is shared between viewers never carries a staff-only line to an anonymous one. A search asked three
// times is answered whole from memory the third time (PublicAnswerCache), so each test asks three times first.
const SEARCH = `query ($q: String!) { search(input: { query: $q }) {
  totalCount edges { node { __typename ... on Contact { id name channels { value visibility } } ... on Organisation { id name } } } } }`;
const SUGGEST = `query ($p: String!) { suggest(prefix: $p) { label } }`;

interface Found {
  search: { totalCount: number; edges: { node: { id: string; name: string; channels?: { value: string; visibility: string }[] } }[] };
}

describe('search result cache (embedded database)', () => {
  let t: TestApp;
  let token: string;
  const names = async (q: string, asToken?: string) => {
    const res = await t.graphql<Found>(SEARCH, { q }, { token: asToken });
    expect(res.errors).toBeUndefined();
    return res.data!.search.edges.map((e) => e.node.name);
  };

  beforeAll(async () => {
    t = await startTestApp({ searchCache: 100 });
    token = await signInAsAdmin(t);
  });
  afterAll(() => t?.close());

  it('finds a record written after the same search was cached, and its new name after a rename', async () => {
    for (let i = 0; i < 3; i++) expect(await names('Kastanjegården')).toEqual([]);
    expect(t.app.get(SearchResultCache).size).toBeGreaterThan(0);
    const created = await t.graphql<{ createOrganisation: { id: string } }>(
      `mutation { createOrganisation(input: { name: "Kastanjegården", sector: CIVIL_SOCIETY }) { ... on Organisation { id } } }`,
      undefined,
      { token },
    );
    const id = created.data!.createOrganisation.id;
    expect(await names('Kastanjegården')).toEqual(['Kastanjegården']);
    expect(await names('Kastanjegården')).toEqual(['Kastanjegården']);

    const renamed = await t.graphql(
      `mutation ($id: ID!) { updateOrganisation(id: $id, input: { name: "Lindegården" }) { __typename } }`,
      { id },
      { token },
    );
    expect(renamed.errors).toBeUndefined();
    expect(await names('Kastanjegården')).toEqual([]);
    expect(await names('Lindegården')).toEqual(['Lindegården']);
  });

  it('suggests a new name at once, after the prefix was cached without it', async () => {
    const labels = async () =>
      (await t.graphql<{ suggest: { label: string }[] }>(SUGGEST, { p: 'birke' })).data!.suggest.map((s) => s.label);
    for (let i = 0; i < 3; i++) expect(await labels()).toEqual([]);
    await makeOrganisation(t.app, { name: 'Birkelunden' });
    expect(await labels()).toEqual(['Birkelunden']);
  });

  it('sees a change made with SQL behind the app (as by another process)', async () => {
    const org = await makeOrganisation(t.app, { name: 'Egebakken Rådgivning' });
    for (let i = 0; i < 3; i++) expect(await names('Egebakken')).toEqual(['Egebakken Rådgivning']);
    await t.database.dataSource.query(`DELETE FROM search_document WHERE id = $1`, [org.id]);
    expect(await names('Egebakken')).toEqual([]);
  });

  it('never gives an anonymous viewer the staff line a signed-in viewer saw, in either order', async () => {
    const org = await makeOrganisation(t.app, { name: 'Vagtcentralen Øst' });
    await makeContact(t.app, {
      organisationId: org.id,
      name: 'Akuttelefonen Solsikken',
      channels: [
        { kind: ChannelKind.PHONE, value: '70 11 22 33', visibility: Visibility.PUBLIC },
        { kind: ChannelKind.PHONE, value: '70 99 88 77', visibility: Visibility.STAFF },
      ],
    });
    const channels = async (asToken?: string) => {
      const res = await t.graphql<Found>(SEARCH, { q: 'Solsikken' }, { token: asToken });
      expect(res.errors).toBeUndefined();
      return res.data!.search.edges.flatMap((e) => e.node.channels ?? []).map((c) => c.value);
    };
    expect(await channels(token)).toEqual(['+45 70 11 22 33', '+45 70 99 88 77']);
    expect(await channels()).toEqual(['+45 70 11 22 33']);
    expect(await channels(token)).toEqual(['+45 70 11 22 33', '+45 70 99 88 77']);
    expect(await channels()).toEqual(['+45 70 11 22 33']);
  });
});
