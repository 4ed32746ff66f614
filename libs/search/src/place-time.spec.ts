import { BadInputError, RequestContext } from '#core';
import { Contact, Offer, openAtFilter, openingState, openingStatusOf } from '#directory';
import { PostgresSearchEngine, SearchService, SearchSort, SearchType, type SearchInput } from '#search';
import { createTestContext, type TestContext } from '#testing';

let t: TestContext;
const search = (input: SearchInput) => t.context.get(SearchService).search(new RequestContext(), input);
const named = (node: object) => (node as { name: string }).name;
const hits = async (input: SearchInput) =>
  (await search({ first: 50, ...input })).edges.map((e) => ({ name: named(e.node), km: e.distanceKm }));

const HELSINGOER = { latitude: 56.033, longitude: 12.613 };
/** Måløv, in Ballerup municipality, 3.4 km from Ballerup's town hall town. */
const MAALOEV = { latitude: 55.748, longitude: 12.318 };
/** Helsinge, Gribskov's town hall town. */
const HELSINGE = { latitude: 56.022, longitude: 12.197 };

beforeAll(async () => {
  t = await createTestContext({ demo: true });
});
afterAll(() => t?.close());

describe('search near a place', () => {
  it('finds records within the radius of a point, nearest first, with their distance', async () => {
    const found = await hits({ near: { ...HELSINGOER, radiusKm: 3 }, types: [SearchType.ORGANISATION], sortBy: SearchSort.DISTANCE });
    const names = found.map((h) => h.name);
    expect(names).toEqual(expect.arrayContaining(['Helsingør Kommune', 'Headspace Helsingør']));
    expect(names).not.toContain('Herning Kommune');
    expect(names).not.toContain('Hillerød Kommune');
    expect(found[0].km).toBeLessThan(0.1);
    const distances = found.map((h) => h.km ?? Infinity);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // Region Hovedstaden sits in Hillerød, 14 km away, and is found because its region covers Helsingør.
    const region = found.find((h) => h.name === 'Region Hovedstaden');
    expect(region?.km).toBeGreaterThan(12);
  });

  it('finds offers covering the municipality a point lies in, however far away they are', async () => {
    const inBallerup = (await hits({ near: { ...MAALOEV, radiusKm: 1 }, types: [SearchType.OFFER] })).map((h) => h.name);
    // Covers Ballerup only; it is in Glostrup, 11 km from Måløv.
    expect(inBallerup).toContain('Psykiatrisk akutmodtagelse, Glostrup');
    const inGribskov = await hits({ near: { ...HELSINGE, radiusKm: 1 }, types: [SearchType.OFFER] });
    expect(inGribskov.map((h) => h.name)).not.toContain('Psykiatrisk akutmodtagelse, Glostrup');
    // Covers all ten Livsmod municipalities and Ballerup; it is in København, 40 km from Helsinge.
    const clinic = inGribskov.find((h) => h.name === 'Klinik for Selvmordsforebyggelse – samtaleforløb for voksne');
    expect(clinic?.km).toBeGreaterThan(35);
    const inHerning = (await hits({ near: { latitude: 56.139, longitude: 8.974, radiusKm: 1 }, types: [SearchType.OFFER] })).map(
      (h) => h.name,
    );
    expect(inHerning).not.toContain('Klinik for Selvmordsforebyggelse – samtaleforløb for voksne');
  });

  it('searches near a municipality from its town hall town, and sorts by distance', async () => {
    const districts = await hits({ query: 'distrikt', nearMunicipality: '0657', types: [SearchType.UNIT], sortBy: SearchSort.DISTANCE });
    expect(districts.map((h) => h.name)).toEqual([
      'Herningmodellen', // in Herning, where the municipality is measured from
      'Herningmodellen – distrikt Sydøst', // Lind, 4 km
      'Herningmodellen – distrikt Øst', // Hammerum, 5 km
      'Herningmodellen – distrikt Nord', // Sunds, 8 km
    ]);
    expect(districts.map((h) => Math.round(h.km!))).toEqual([0, 4, 5, 8]);
    const organisations = (await hits({ nearMunicipality: '0657', types: [SearchType.ORGANISATION] })).map((h) => h.name);
    expect(organisations).toEqual(expect.arrayContaining(['Herning Kommune', 'Headspace Herning']));
    expect(organisations).not.toContain('Helsingør Kommune');
  });

  it('gives no distance without a point, and keeps the text ranking when sorting by relevance', async () => {
    const plain = await search({ query: 'angst', first: 5 });
    expect(plain.edges.every((e) => e.distanceKm === null)).toBe(true);
    const near = await search({ query: 'angst', first: 5, nearMunicipality: '0217' });
    expect(near.edges.every((e) => typeof e.distanceKm === 'number' || e.distanceKm === null)).toBe(true);
    expect(near.totalCount).toBeLessThanOrEqual((await search({ query: 'angst' })).totalCount);
  });

  it('rejects a point outside Denmark, an unknown municipality and sorting by distance without a point, in Danish', async () => {
    const cases: [SearchInput, string][] = [
      [{ near: { latitude: 59.91, longitude: 10.75 } }, 'Breddegraden skal ligge i Danmark: mellem 54,5 og 57,8.'],
      [{ near: { ...HELSINGOER, radiusKm: 0 } }, '"radiusKm" skal være over 0 og højst 500 km.'],
      [{ nearMunicipality: '9999' }, 'Ukendt kommunekode: "9999". Brug fire cifre, fx "0217".'],
      [{ near: HELSINGOER, nearMunicipality: '0217' }, 'Brug enten "near" eller "nearMunicipality", ikke begge.'],
      [{ sortBy: SearchSort.DISTANCE }, 'Sortering efter afstand kræver "near" eller "nearMunicipality".'],
    ];
    for (const [input, message] of cases) {
      await expect(search(input)).rejects.toThrow(BadInputError);
      await expect(search(input)).rejects.toThrow(message);
    }
  });
});

describe('search open at a moment', () => {
  const MOMENTS = [
    '2026-04-01T10:00:00+02:00', // an ordinary Wednesday
    '2026-04-03T10:00:00+02:00', // langfredag
    '2026-05-14T19:00:00+02:00', // Kristi himmelfartsdag, evening
    '2026-03-28T23:30:00+01:00', // Saturday night before summer time
    '2026-03-29T03:15:00+02:00', // just after the clocks went forward
    '2026-12-23T11:00:00+01:00', // lille juleaftensdag: some close at 12
    '2026-12-24T10:00:00+01:00', // juleaftensdag: not a holiday, but closed by exception
    '2026-06-05T11:00:00+02:00', // grundlovsdag: not a holiday
  ];

  it('returns exactly the contacts and offers whose hours say they are open', async () => {
    const records = [
      ...(await t.database.dataSource.getRepository(Contact).find()),
      ...(await t.database.dataSource.getRepository(Offer).find()),
    ];
    const engine = t.context.get(PostgresSearchEngine);
    const counts: number[] = [];
    for (const moment of MOMENTS) {
      const at = new Date(moment);
      const expected = records.filter((r) => r.openingHours && openingState(r.openingHours, at).openNow).map((r) => r.id);
      const result = await engine.search({ text: '', openAt: openAtFilter(at), offset: 0, limit: 10_000 });
      expect({ moment, ids: result.hits.map((h) => h.id).sort() }).toEqual({ moment, ids: expected.sort() });
      counts.push(expected.length);
    }
    // The holiday and the night leave fewer open than the ordinary Wednesday, but not none (duty lines).
    expect(counts[1]).toBeLessThan(counts[0]);
    expect(counts[3]).toBeLessThan(counts[0]);
    expect(Math.min(...counts)).toBeGreaterThan(0);
  });

  it('says on each hit that it is open, until when, and when it next opens', async () => {
    const goodFriday = await search({ openAt: new Date('2026-04-03T10:00:00+02:00'), types: [SearchType.CONTACT], first: 50 });
    expect(goodFriday.totalCount).toBeGreaterThan(0);
    for (const edge of goodFriday.edges) expect(edge.openingStatus).toMatchObject({ openNow: true, holiday: 'Langfredag' });

    // The Wednesday before Easter at 14:00: office lines close at 15:00 and open again after 2. påskedag.
    const at = new Date('2026-04-01T14:00:00+02:00');
    const wednesday = await search({ openAt: at, types: [SearchType.CONTACT, SearchType.OFFER], first: 50 });
    for (const edge of wednesday.edges) {
      const hours = (edge.node as Contact | Offer).openingHours!;
      expect(edge.openingStatus).toEqual(openingStatusOf(hours, at));
    }
    expect(wednesday.edges.map((e) => [e.openingStatus?.closesAtLocal, e.openingStatus?.nextOpensAtLocal])).toContainEqual([
      '2026-04-01T15:00:00+02:00',
      '2026-04-07T08:00:00+02:00',
    ]);
  });

  it('rejects an unreadable moment', async () => {
    await expect(search({ openAt: new Date('not a time') })).rejects.toThrow('"openAt" skal være et tidspunkt i ISO 8601');
  });
});
