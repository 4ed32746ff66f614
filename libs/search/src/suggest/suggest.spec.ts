import { BadInputError } from '#core';
import { Offer, OffersService, OfferStatus, Organisation, OrganisationsService } from '#directory';
import { SearchReindexer, SuggestionIndex, SuggestService, SuggestionKind } from '#search';
import { ADMIN_CTX, createTestContext, makeOffer, makeOrganisation, ok, type TestContext } from '#testing';

let t: TestContext;
const suggest = (prefix: string, first?: number) => t.context.get(SuggestService).suggest(prefix, first);
const sql = async <T>(query: string): Promise<T[]> => t.database.dataSource.query(query);

beforeAll(async () => {
  t = await createTestContext({ demo: true });
});
afterAll(() => t?.close());

describe('suggest', () => {
  it('completes "hels" to Helsingør first, then what is named after it', async () => {
    const found = await suggest('hels');
    expect(found[0]).toEqual({ kind: SuggestionKind.MUNICIPALITY, label: 'Helsingør', id: null, code: '0217', detail: null });
    expect(found).toContainEqual(expect.objectContaining({ kind: SuggestionKind.ORGANISATION, label: 'Helsingør Kommune' }));
    // A word inside the name counts too.
    expect(found).toContainEqual(expect.objectContaining({ kind: SuggestionKind.ORGANISATION, label: 'Headspace Helsingør' }));
  });

  it('ignores case and accents', async () => {
    const expected = await suggest('hels');
    for (const prefix of ['HELS', 'Hels', 'helsingor', 'HELSINGØR', 'hélsingør']) {
      expect({ prefix, first: (await suggest(prefix))[0]?.label }).toEqual({ prefix, first: 'Helsingør' });
    }
    expect((await suggest('sonderb'))[0]).toMatchObject({ kind: SuggestionKind.MUNICIPALITY, label: 'Sønderborg', code: '0540' });
    expect((await suggest('hørsh'))[0]).toMatchObject({ label: 'Hørsholm' });
    expect(expected.length).toBeGreaterThan(1);
  });

  it('suggests situations, organisations and offers, typed, with an offer’s organisation', async () => {
    expect(await suggest('udskriv')).toContainEqual({
      kind: SuggestionKind.SITUATION,
      label: 'Udskrivning fra psykiatrien',
      id: null,
      code: 'discharge',
      detail: null,
    });
    const angst = await suggest('angst', 25);
    expect(angst).toContainEqual(expect.objectContaining({ kind: SuggestionKind.ORGANISATION, label: 'Angstforeningen' }));
    const offer = angst.find((s) => s.kind === SuggestionKind.OFFER);
    expect(offer).toMatchObject({ id: expect.any(String), code: null, detail: expect.any(String) });
    expect(offer!.label.toLowerCase()).toMatch(/(^|[^a-zæøå])angst/);
    // Names that start with the prefix come before names that only contain a word starting with it.
    const firstInside = angst.findIndex((s) => !s.label.toLowerCase().startsWith('angst'));
    expect(angst.slice(firstInside).every((s) => !s.label.toLowerCase().startsWith('angst'))).toBe(true);
  });

  it('never suggests contacts, and leaves out ended offers', async () => {
    const [person] = await sql<{ name: string }>(`SELECT name FROM contact WHERE kind = 'PERSON' ORDER BY name LIMIT 1`);
    const byFirstName = await suggest(person.name.split(' ')[0], 25);
    expect(byFirstName.map((s) => s.label)).not.toContain(person.name);
    const ended = await sql<{ name: string }>(`SELECT name FROM offer WHERE status = 'ENDED' ORDER BY name`);
    expect(ended.length).toBeGreaterThan(0);
    for (const { name } of ended) {
      const live = await sql<{ n: string }>(
        `SELECT count(*) AS n FROM offer WHERE status <> 'ENDED' AND name = '${name.replace(/'/g, "''")}'`,
      );
      if (Number(live[0].n) > 0) continue;
      expect({ name, found: (await suggest(name, 25)).some((s) => s.label === name) }).toEqual({ name, found: false });
    }
  });

  it('finds a renamed organisation by its new name at once', async () => {
    const [org] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Headspace Herning'`);
    ok(await t.context.get(OrganisationsService).update(ADMIN_CTX, org.id, { name: 'Headspace Ikast-Brande og Herning' }), Organisation);
    expect(await suggest('ikast')).toContainEqual(expect.objectContaining({ id: org.id, label: 'Headspace Ikast-Brande og Herning' }));
  });

  it('answers nothing for an empty prefix, honours `first`, and rejects bad arguments in Danish', async () => {
    expect(await suggest('')).toEqual([]);
    expect(await suggest('  – ')).toEqual([]);
    expect(await suggest('a', 3)).toHaveLength(3);
    await expect(suggest('x'.repeat(101))).rejects.toThrow(BadInputError);
    await expect(suggest('hels', 0)).rejects.toThrow('"first" skal være mellem 1 og 25.');
  });
});

describe('the suggestion read model (search_suggestion)', () => {
  it('follows an offer: its organisation as detail, a rename of that organisation, ending it, deleting both', async () => {
    const organisation = await makeOrganisation(t.context, { name: 'Kvistgård Rådgivning' });
    const offer = await makeOffer(t.context, { organisationId: organisation.id, name: 'Kvajerådgivning for unge' });
    expect(await suggest('kvaje')).toEqual([
      { kind: SuggestionKind.OFFER, label: 'Kvajerådgivning for unge', id: offer.id, code: null, detail: 'Kvistgård Rådgivning' },
    ]);
    ok(await t.context.get(OrganisationsService).update(ADMIN_CTX, organisation.id, { name: 'Kvistgård Ungerådgivning' }), Organisation);
    expect((await suggest('kvaje'))[0]).toMatchObject({ id: offer.id, detail: 'Kvistgård Ungerådgivning' });
    const offers = t.context.get(OffersService);
    ok(await offers.update(ADMIN_CTX, offer.id, { status: OfferStatus.ENDED }), Offer);
    expect(await suggest('kvaje')).toEqual([]);
    ok(await offers.update(ADMIN_CTX, offer.id, { status: OfferStatus.ACTIVE }), Offer);
    expect(await suggest('kvaje')).toHaveLength(1);
    await offers.delete(ADMIN_CTX, offer.id);
    expect(await suggest('kvaje')).toEqual([]);
    await t.context.get(OrganisationsService).delete(ADMIN_CTX, organisation.id);
    expect(await suggest('kvistg')).toEqual([]);
  });

  it('keeps the words suggest looks names up by in step with the names, however they are written', async () => {
    const organisation = await makeOrganisation(t.context, { name: 'Ørkenvandring Ungeliv' });
    ok(await t.context.get(OrganisationsService).update(ADMIN_CTX, organisation.id, { name: 'Ørkenvandring Voksenliv' }), Organisation);
    expect(await suggest('ungeli')).toEqual([]);
    expect(await suggest('voksenli')).toContainEqual(expect.objectContaining({ id: organisation.id }));
    await sql(`UPDATE search_suggestion SET label = label || ' Ekstra' WHERE kind = 'MUNICIPALITY'`);
    await sql(`DELETE FROM search_suggestion WHERE kind = 'SITUATION'`);
    // Every word of every name, and nothing else.
    const words = `SELECT DISTINCT x.word, s.kind, s.ref FROM search_suggestion s, regexp_split_to_table(btrim(s.suggest_text), ' +') AS x(word)`;
    const stray = `SELECT word, kind, ref FROM search_suggestion_word`;
    expect(await sql(`(${words} EXCEPT ${stray}) UNION ALL (${stray} EXCEPT ${words})`)).toEqual([]);
    await sql(`TRUNCATE search_suggestion`);
    expect(await sql(stray)).toEqual([]);
    await t.context.get(SearchReindexer).run();
    expect(await sql(`(${words} EXCEPT ${stray}) UNION ALL (${stray} EXCEPT ${words})`)).toEqual([]);
    expect((await suggest('hels'))[0]).toMatchObject({ label: 'Helsingør' });
  });

  it('is rebuilt whole by the reindex, and its municipalities and situations at start-up', async () => {
    const before = await suggest('hels', 25);
    await sql(`DELETE FROM search_suggestion`);
    expect(await suggest('hels', 25)).toEqual([]);
    await t.context.get(SearchReindexer).run();
    expect(await suggest('hels', 25)).toEqual(before);
    await sql(`DELETE FROM search_suggestion WHERE kind IN ('MUNICIPALITY', 'SITUATION')`);
    const index = t.context.get(SuggestionIndex);
    expect(await t.database.dataSource.transaction((manager) => index.syncReference(manager))).toBeGreaterThan(98);
    expect(await suggest('hels', 25)).toEqual(before);
    expect(await t.database.dataSource.transaction((manager) => index.syncReference(manager))).toBe(0);
  });
});
