import { BadInputError, RequestContext } from '#core';
import { OffersService, type Offer } from '#directory';
import { createTestContext, makeOffer, makeOrganisation, type TestContext } from '#testing';
import { toFilter } from './meilisearch/meilisearch-document.js';
import { SearchService } from './search.service.js';
import { SearchType, type SearchInput } from './search.types.js';

// ageFrom/ageTo (issue 17, item 6): offers whose target ages overlap the range, in the catalogue and in search.
let t: TestContext;
let children: Offer, youth: Offer, adults: Offer, everyone: Offer, fromTwenty: Offer;
const named = (offers: { name: string }[]) => offers.map((o) => o.name).sort();

beforeAll(async () => {
  t = await createTestContext();
  const organisationId = (await makeOrganisation(t.context, { name: 'Alderskommunen' })).id;
  const offer = (name: string, ageMin: number | null, ageMax: number | null) => {
    return makeOffer(t.context, { organisationId, name, description: 'Aldersprøve', ageMin, ageMax });
  };
  children = await offer('Børn 6-12', 6, 12);
  youth = await offer('Unge 13-17', 13, 17);
  adults = await offer('Voksne 25-64', 25, 64);
  everyone = await offer('Alle aldre', null, null);
  fromTwenty = await offer('Fra 20 år', 20, null);
});
afterAll(() => t?.close());

const catalogue = async (ageFrom?: number | null, ageTo?: number | null) =>
  named((await t.context.get(OffersService).list({ ageFrom, ageTo }, { first: 50 })).edges.map((e) => e.node));
const search = async (input: Partial<SearchInput>) =>
  named(
    (
      await t.context
        .get(SearchService)
        .search(new RequestContext(), { query: 'Aldersprøve', types: [SearchType.OFFER], first: 50, ...input })
    ).edges.map((e) => e.node as Offer),
  );

describe('age range filter', () => {
  it('keeps offers whose ages overlap the range, open ends matching, in the catalogue and in search alike', async () => {
    const expected = named([youth, everyone, fromTwenty]);
    expect(await catalogue(15, 22)).toEqual(expected);
    expect(await search({ ageFrom: 15, ageTo: 22 })).toEqual(expected);
    expect(await catalogue(null, 12)).toEqual(named([children, everyone]));
    expect(await search({ ageTo: 12 })).toEqual(named([children, everyone]));
    expect(await catalogue(65)).toEqual(named([everyone, fromTwenty]));
    expect(await search({ ageFrom: 65 })).toEqual(named([everyone, fromTwenty]));
    expect(await catalogue(12, 13)).toEqual(named([children, youth, everyone]));
    expect(await catalogue()).toEqual(named([children, youth, adults, everyone, fromTwenty]));
  });

  it('refuses a range outside 0–120 or upside down, naming the field in Danish', async () => {
    await expect(catalogue(20, 10)).rejects.toThrow('"Alder til" må ikke være mindre end "alder fra".');
    const error = await search({ ageFrom: -1, ageTo: 121 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as BadInputError).fieldErrors.map((e) => e.path)).toEqual(['input.ageFrom', 'input.ageTo']);
  });

  it('builds the same overlap as a Meilisearch filter', () => {
    expect(toFilter({ text: '', ageRange: { from: 15, to: 22 }, offset: 0, limit: 10 })).toEqual(['ageFrom <= 22', 'ageTo >= 15']);
    expect(toFilter({ text: '', ageRange: { from: 65 }, offset: 0, limit: 10 })).toEqual(['ageTo >= 65']);
  });
});
