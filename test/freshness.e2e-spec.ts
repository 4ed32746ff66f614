import { SearchIndexer } from '#search';
import { makeOffer, makeOrganisation } from '#testing';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

interface Edge {
  stale: boolean;
  node: { name: string; stale: boolean; verificationDue: string };
}

// Stale is visible: a record past its organisation's verification interval says so, is ranked
// below a fresh one, and never disappears from search.
describe('stale records', () => {
  let t: TestApp;
  let admin: string;
  let orgId: string;

  const search = async () =>
    (
      await t.graphql<{ search: { edges: Edge[] } }>(
        `{ search(input: { query: "kuglepen", types: [OFFER] }) { edges { stale node { ... on Offer { name stale verificationDue } } } } }`,
      )
    ).data!.search.edges;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInAsAdmin(t);
    const org = await makeOrganisation(t.app, { name: 'Friskhedskommune', verificationIntervalDays: 30 });
    orgId = org.id;
    const old = await makeOffer(t.app, { organisationId: orgId, name: 'Kuglepenkursus A', description: 'Kuglepen og samtale.' });
    await makeOffer(t.app, { organisationId: orgId, name: 'Kuglepenkursus B', description: 'Kuglepen og samtale.' });
    // Checked 60 days ago, with a 30-day interval: stale since 30 days.
    await t.database.dataSource.query(`UPDATE offer SET last_verified_at = now() - interval '60 days' WHERE id = $1`, [old.id]);
    await t.app.get(SearchIndexer).reindexAll();
  });
  afterAll(() => t.close());

  it('says when a record is due and whether it is stale, and ranks the stale one lower without hiding it', async () => {
    const edges = await search();
    expect(edges.map((e) => [e.node.name, e.stale, e.node.stale])).toEqual([
      ['Kuglepenkursus B', false, false],
      ['Kuglepenkursus A', true, true],
    ]);
    const due = Date.parse(edges[1].node.verificationDue);
    expect(Math.round((Date.now() - due) / 86_400_000)).toBe(30);
  });

  it('follows the organisation’s interval: a longer one makes the record fresh again', async () => {
    const res = await t.graphql<{ updateOrganisation: { __typename: string; verificationIntervalDays?: number } }>(
      `mutation ($id: ID!) { updateOrganisation(id: $id, input: { verificationIntervalDays: 100 }) { __typename ... on Organisation { verificationIntervalDays } } }`,
      { id: orgId },
      { token: admin },
    );
    expect(res.data!.updateOrganisation).toEqual({ __typename: 'Organisation', verificationIntervalDays: 100 });
    expect((await search()).map((e) => e.stale)).toEqual([false, false]);
    const invalid = await t.graphql<{ updateOrganisation: { __typename: string } }>(
      `mutation ($id: ID!) { updateOrganisation(id: $id, input: { verificationIntervalDays: 3 }) { __typename } }`,
      { id: orgId },
      { token: admin },
    );
    expect(invalid.data!.updateOrganisation.__typename).toBe('ValidationError');
  });
});
