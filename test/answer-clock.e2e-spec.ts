import { SearchIndexer } from '#search';
import { makeOffer, makeOrganisation } from '#testing';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Edge {
  stale: boolean;
  node: { name: string; stale: boolean; verificationDue: string };
}

const SEARCH = `{ search(input: { query: "viskelæder", types: [OFFER] }) { edges { stale node { ... on Offer { name stale verificationDue } } } } }`;

// An anonymous answer kept for others (PublicAnswerCache) is used until the clock would change it: here a
// record passes its verification date a few seconds after the first answer, with nothing written meanwhile.
describe('an anonymous answer kept for others, as the clock moves', () => {
  let t: TestApp;

  const search = async () => (await t.graphql<{ search: { edges: Edge[] } }>(SEARCH)).data!.search.edges;

  beforeAll(async () => {
    t = await startTestApp({ searchCache: 500 });
    const org = await makeOrganisation(t.app, { name: 'Urkommune', verificationIntervalDays: 30 });
    const offer = await makeOffer(t.app, { organisationId: org.id, name: 'Viskelæderkursus', description: 'Viskelæder og samtale.' });
    // Due 30 days after the check: in 4 seconds.
    await t.database.dataSource.query(
      `UPDATE offer SET last_verified_at = now() - interval '30 days' + interval '4 seconds' WHERE id = $1`,
      [offer.id],
    );
    await t.app.get(SearchIndexer).reindexAll();
  });
  afterAll(() => t.close());

  it('turns stale at its due date, though the same question was answered from memory just before', async () => {
    const before = await search();
    expect(before.map((e) => [e.node.name, e.stale, e.node.stale])).toEqual([['Viskelæderkursus', false, false]]);
    const due = Date.parse(before[0].node.verificationDue);
    // Asked again (kept from its second time) and again (from memory), all before the due date.
    for (let i = 0; i < 2; i++) expect(await search()).toEqual(before);
    expect(Date.now()).toBeLessThan(due);
    while (Date.now() <= due) await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await search()).map((e) => [e.stale, e.node.stale])).toEqual([[true, true]]);
  });
});
