import { PostgresSearchEngine, type SearchQuery } from '#search';
import { createTestContext, makeOffer, makeOrganisation, type TestContext } from '#testing';

// The PostgreSQL engine keeps each text's word analysis: a text searched before costs one statement,
// and a change by another process (here: the app's own engine, beside this one) is seen at once.
let t: TestContext;
let organisationId: string;
const query = (text: string): SearchQuery => ({ text, offset: 0, limit: 10 });

beforeAll(async () => {
  t = await createTestContext();
  organisationId = (await makeOrganisation(t.context, { name: 'Vinkelby Fritidsforening' })).id;
});
afterAll(() => t?.close());

describe('PostgreSQL search round trips', () => {
  it('answers a text searched before with one statement, and a typo that no indexed word starts with by its correction alone', async () => {
    const engine = new PostgresSearchEngine(t.database.dataSource);
    await makeOffer(t.context, { organisationId, name: 'Kajakklub for unge' });
    await makeOffer(t.context, { organisationId, name: 'Skakcafé for seniorer' });
    for (const [text, statements] of [
      ['kajakklub', 1],
      ['kajakklub unge', 1],
      ['kajakkulb', 1],
      // Indexed words, not in one record: the words as typed, then any of them.
      ['kajakklub seniorer', 2],
      // Nothing to correct to: the words as typed are searched all the same (an empty answer).
      ['xqzvwk', 1],
      ['', 1],
    ] as const) {
      const first = await engine.search(query(text));
      t.queries.reset();
      const again = await engine.search(query(text));
      expect(again).toEqual(first);
      expect({ text, statements: t.queries.count }).toEqual({ text, statements });
    }
    expect((await engine.search(query('kajakkulb'))).correctedQuery).toBe('kajakklub');
    expect(await engine.search(query('xqzvwk'))).toMatchObject({ total: 0, hits: [], correctedQuery: null });
    expect((await engine.search(query('kajakklub seniorer'))).total).toBe(2);
  });

  it('sees a record another process indexed at the next search of a text it analysed before', async () => {
    const engine = new PostgresSearchEngine(t.database.dataSource);
    // "hyldebær" finds the compound "vildhyldebær" only through the index's words, which the analysis reads.
    expect((await engine.search(query('hyldebær'))).total).toBe(0);
    const offer = await makeOffer(t.context, { organisationId, name: 'Vildhyldebær i byhaven' });
    expect((await engine.search(query('hyldebær'))).hits.map((h) => h.id)).toEqual([offer.id]);
  });

  it('sees a synonym group another process wrote at the next search of a text it analysed before', async () => {
    const engine = new PostgresSearchEngine(t.database.dataSource);
    const offer = await makeOffer(t.context, { organisationId, name: 'Pejsestuen i Vinkelby' });
    expect((await engine.search(query('brændeovnsrum'))).total).toBe(0);
    await t.database.dataSource.query(`INSERT INTO search_synonym (terms) VALUES ($1)`, [['brændeovnsrum', 'pejsestue']]);
    expect((await engine.search(query('brændeovnsrum'))).hits.map((h) => h.id)).toEqual([offer.id]);
    await t.database.dataSource.query(`DELETE FROM search_synonym WHERE 'brændeovnsrum' = ANY(terms)`);
    expect((await engine.search(query('brændeovnsrum'))).total).toBe(0);
  });
});
