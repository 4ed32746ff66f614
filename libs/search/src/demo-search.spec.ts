import { RequestContext } from '#core';
import { Offer, OrganisationsService } from '#directory';
import { QueryPart, SearchService, SearchType, type SearchInput } from '#search';
import { createTestContext, type TestContext } from '#testing';

let t: TestContext;
const search = (input: SearchInput) => t.context.get(SearchService).search(new RequestContext(), input);
const sql = async <T>(query: string, params: unknown[] = []): Promise<T[]> => t.database.dataSource.query(query, params);
const count = async (query: string): Promise<number> => Number((await sql<{ n: string }>(query))[0].n);

beforeAll(async () => {
  t = await createTestContext({ demo: true });
});
afterAll(() => t?.close());

describe('search over the demo dataset', () => {
  it('answers the contract query with Sønderborg offers and a Sønderborg-only municipality facet', async () => {
    const ctx = new RequestContext();
    const result = await t.context
      .get(SearchService)
      .search(ctx, { query: 'overgangen til voksenlivet', municipalityCodes: ['0540'], first: 5 });
    expect(result.totalCount).toBeGreaterThan(0);
    expect(result.edges.length).toBe(Math.min(5, result.totalCount));
    const offers = result.edges.map((e) => e.node).filter((n): n is Offer => n instanceof Offer);
    expect(offers.length).toBeGreaterThan(0);
    for (const offer of offers) {
      const organisation = await t.context.get(OrganisationsService).load(ctx, offer.organisationId);
      const servesSonderborg = organisation?.municipalityCode === '0540' || offer.municipalityCodes.includes('0540');
      expect({ offer: offer.name, servesSonderborg }).toEqual({ offer: offer.name, servesSonderborg: true });
    }
    const municipality = result.facets.find((f) => f.field === 'municipality');
    expect(municipality?.values.map((v) => ({ value: v.value, label: v.label }))).toEqual([{ value: '0540', label: 'Sønderborg' }]);
    expect(municipality?.values[0].count).toBe(result.totalCount);
    for (const edge of result.edges) expect(edge.snippet).toMatch(/<mark>(overgang|voksenliv)/i);
  });

  it('has every indexed lexeme as the start of a word in the typo vocabulary (the planner skips a word none starts with)', async () => {
    const orphans = await sql<{ word: string }>(
      `SELECT s.word FROM ts_stat('SELECT tsv FROM search_document') s
       WHERE length(s.word) >= 3 AND s.word ~ '^[a-z0-9]+$' AND NOT EXISTS (SELECT 1 FROM search_term t WHERE t.word LIKE s.word || '%')`,
    );
    expect(await count(`SELECT count(*) AS n FROM ts_stat('SELECT tsv FROM search_document')`)).toBeGreaterThan(1000);
    expect(orphans).toEqual([]);
  });

  it('still finds anxiety-related records when "angst" is typed as "angts"', async () => {
    const result = await search({ query: 'angts', first: 50 });
    expect(result.totalCount).toBeGreaterThan(0);
    expect(result.correctedQuery).toMatch(/^angst/);
    const related = await sql<{ id: string }>(
      `SELECT id FROM search_document WHERE id = ANY($1::uuid[])
         AND ('anxiety' = ANY(problem_keys) OR vejviser_fold(title || ' ' || coalesce(subtitle, '') || ' ' || body) LIKE '%angst%')`,
      [result.edges.map((e) => e.node.id)],
    );
    expect(related).toHaveLength(result.edges.length);
    const tagged = await search({ query: 'angts', problemTags: ['anxiety'], types: [SearchType.OFFER] });
    expect(tagged.totalCount).toBeGreaterThan(0);
  });
});

describe('query understanding over the demo dataset', () => {
  const names = async (input: SearchInput) => (await search(input)).edges.map((e) => ('name' in e.node ? e.node.name : ''));

  it("says what it understood, for chips, and ranks the municipality's own entry points first", async () => {
    const result = await search({ query: 'udskrivning BUP selvmordsforsøg Helsingør 17-årig', first: 3 });
    expect(result.understood).toEqual({
      text: '',
      municipalities: [{ code: '0217', name: 'Helsingør' }],
      age: 17,
      situations: [
        { key: 'discharge-child-youth-psychiatry', label: 'Udskrivning fra børne- og ungdomspsykiatrien (BUP)' },
        { key: 'suicidal-behaviour', label: 'Selvmordsforsøg og selvmordsadfærd' },
      ],
    });
    // Boosts, not filters: records without the situations still match, further down.
    const everything = await search({ municipalityCodes: ['0217'], age: 17, first: 1 });
    expect(result.totalCount).toBe(everything.totalCount);
    expect(await names({ query: 'udskrivning BUP selvmordsforsøg Helsingør 17-årig', first: 3 })).toEqual(
      expect.arrayContaining([
        'Indgang ved udskrivning fra børne- og ungdomspsykiatrien – Familierådgivningen',
        'Døgnåben vagttelefon – Socialvagten i Helsingør',
      ]),
    );
  });

  it('turns a situation into a filter when its key is passed, and no longer lists it as understood', async () => {
    const result = await search({ query: 'udskrivning BUP Helsingør', situations: ['discharge-child-youth-psychiatry'], first: 50 });
    expect(result.understood.situations).toEqual([]);
    expect(result.understood.text).toBe('');
    const situation = result.facets.find((f) => f.field === 'situation');
    expect(situation?.values.find((v) => v.value === 'discharge-child-youth-psychiatry')?.count).toBe(result.totalCount);
  });

  it('takes a part as plain words when it is sent in literal (a removed chip)', async () => {
    const result = await search({ query: 'udskrivning BUP Helsingør', literal: [QueryPart.SITUATION], first: 3 });
    expect(result.understood).toMatchObject({ text: 'udskrivning BUP', situations: [], municipalities: [{ code: '0217' }] });
    const noPlace = await search({ query: 'udskrivning BUP Helsingør', literal: [QueryPart.MUNICIPALITY], first: 3 });
    expect(noPlace.understood).toMatchObject({ text: 'Helsingør', municipalities: [] });
  });
});

describe('the demo dataset', () => {
  it('has at least 150 offers and 300 contacts, every record flagged as demo', async () => {
    expect(await count(`SELECT count(*) AS n FROM offer`)).toBeGreaterThanOrEqual(150);
    expect(await count(`SELECT count(*) AS n FROM contact`)).toBeGreaterThanOrEqual(300);
    for (const table of ['organisation', 'unit', 'contact', 'offer']) {
      expect({ table, notDemo: await count(`SELECT count(*) AS n FROM ${table} WHERE NOT is_demo`) }).toEqual({ table, notDemo: 0 });
    }
  });

  it('indexes exactly one search document per record', async () => {
    const records = await count(
      `SELECT (SELECT count(*) FROM organisation) + (SELECT count(*) FROM unit) + (SELECT count(*) FROM contact) + (SELECT count(*) FROM offer) AS n`,
    );
    expect(await count(`SELECT count(*) AS n FROM search_document`)).toBe(records);
  });

  it('uses only @example.org e-mail addresses', async () => {
    const emails = await sql<{ value: string }>(
      `SELECT c->>'value' AS value FROM (SELECT channels FROM contact UNION ALL SELECT channels FROM offer) r, jsonb_array_elements(r.channels) c
       WHERE c->>'kind' = 'EMAIL'`,
    );
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.filter((e) => !e.value.endsWith('@example.org'))).toEqual([]);
  });
});
