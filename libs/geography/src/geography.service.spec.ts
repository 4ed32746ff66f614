import { RequestContext, todayInDenmark } from '#core';
import { GeographyService, MUNICIPALITIES, REGIONS, GeographyModule } from '#geography';
import { createModuleContext, type TestContext } from '#testing';

const MERGER = '2027-01-01';

describe('GeographyService', () => {
  let t: TestContext;
  let geography: GeographyService;

  beforeAll(async () => {
    t = await createModuleContext({ imports: [GeographyModule] });
    geography = t.context.get(GeographyService);
  });
  afterAll(() => t.close());

  const ctx = () => new RequestContext();

  describe('municipalities', () => {
    it('finds a municipality by its four-digit code', async () => {
      const helsingor = await geography.findMunicipality(ctx(), '0217');
      expect(helsingor).toMatchObject({ code: '0217', name: 'Helsingør', officialName: 'Helsingør Kommune' });
    });

    it('answers null for a code that is not a municipality', async () => {
      expect(await geography.findMunicipality(ctx(), '9999')).toBeNull();
    });

    it('answers municipalities, regions and memberships from the reference data read at start, without a query', async () => {
      const request = ctx();
      t.queries.reset();
      const [a, b] = await Promise.all([geography.findMunicipality(request, '0217'), geography.findMunicipality(request, '0657')]);
      expect([a?.name, b?.name]).toEqual(['Helsingør', 'Herning']);
      expect((await geography.regionOf(request, '0217', '2026-06-01'))?.name).toBe('Region Hovedstaden');
      expect((await geography.findRegion(request, '1084'))?.key).toBe('hovedstaden');
      expect(await geography.unknownMunicipalityCodes(['0217', '0657'])).toEqual([]);
      expect(t.queries.count).toBe(0);
    });

    it('asks the database, in one batched query, for codes not held since start', async () => {
      const request = ctx();
      t.queries.reset();
      const [a, b] = await Promise.all([geography.findMunicipality(request, '9997'), geography.findMunicipality(request, '9998')]);
      expect([a, b]).toEqual([null, null]);
      expect(t.queries.count).toBe(1);
      // A row added after start (only a migration would) is still found.
      await t.database.dataSource.query(
        `INSERT INTO municipality (code, name, official_name) VALUES ('9996', 'Prøveby', 'Prøveby Kommune')`,
      );
      expect((await geography.findMunicipality(ctx(), '9996'))?.name).toBe('Prøveby');
      expect(await geography.unknownMunicipalityCodes(['9996', '9995'])).toEqual(['9995']);
      await t.database.dataSource.query(`DELETE FROM municipality WHERE code = '9996'`);
    });

    it('lists every municipality of the data file', async () => {
      const all = await geography.listMunicipalities();
      expect(all.map((m) => m.code).sort()).toEqual(MUNICIPALITIES.map((m) => m.code).sort());
    });

    it('tells well-formed codes from others', () => {
      expect(geography.isMunicipalityCode('0217')).toBe(true);
      expect(geography.isMunicipalityCode('217')).toBe(false);
      expect(geography.isMunicipalityCode('02170')).toBe(false);
      expect(geography.isMunicipalityCode('abcd')).toBe(false);
    });

    it('reports the codes that are not municipalities, in input order', async () => {
      expect(await geography.unknownMunicipalityCodes(['0217', '9999', '0657', '0000'])).toEqual(['9999', '0000']);
      expect(await geography.unknownMunicipalityCodes(['0217'])).toEqual([]);
      expect(await geography.unknownMunicipalityCodes([])).toEqual([]);
    });
  });

  describe('region membership over time', () => {
    it('puts Helsingør in Region Hovedstaden before the merger and in Region Østdanmark after it', async () => {
      expect((await geography.regionOf(ctx(), '0217', '2026-06-01'))?.name).toBe('Region Hovedstaden');
      expect((await geography.regionOf(ctx(), '0217', '2026-12-31'))?.name).toBe('Region Hovedstaden');
      expect((await geography.regionOf(ctx(), '0217', MERGER))?.name).toBe('Region Østdanmark');
      expect((await geography.regionOf(ctx(), '0217', '2027-02-01'))?.name).toBe('Region Østdanmark');
    });

    it('uses today in Denmark when no date is given', async () => {
      const expected = todayInDenmark() < MERGER ? 'hovedstaden' : 'oestdanmark';
      expect((await geography.regionOf(ctx(), '0217'))?.key).toBe(expected);
    });

    it('keeps Herning in Region Midtjylland across the merger', async () => {
      for (const at of ['2026-06-01', '2026-12-31', MERGER, '2027-02-01']) {
        expect((await geography.regionOf(ctx(), '0657', at))?.key).toBe('midtjylland');
      }
    });

    it('answers null for a municipality that does not exist', async () => {
      expect(await geography.regionOf(ctx(), '9999', '2026-06-01')).toBeNull();
    });

    it('lists the membership history in date order', async () => {
      const history = await geography.memberships(ctx(), '0217');
      expect(history.map((h) => [h.regionKey, h.validFrom, h.validTo])).toEqual([
        ['hovedstaden', '2007-01-01', '2026-12-31'],
        ['oestdanmark', MERGER, null],
      ]);
    });

    it('has five regions in force in 2026 and four from 2027', async () => {
      const before = await geography.listRegions('2026-06-01');
      const after = await geography.listRegions('2027-06-01');
      expect(before).toHaveLength(5);
      expect(after).toHaveLength(4);
      expect(before.map((r) => r.key)).toEqual(expect.arrayContaining(['hovedstaden', 'sjaelland']));
      expect(before.map((r) => r.key)).not.toContain('oestdanmark');
      expect(after.map((r) => r.key)).toContain('oestdanmark');
      expect(after.map((r) => r.key)).not.toContain('hovedstaden');
      expect(after.map((r) => r.key)).not.toContain('sjaelland');
    });

    it('gives Region Østdanmark exactly the municipalities of Hovedstaden and Sjælland', async () => {
      const hovedstaden = await geography.municipalityCodesInRegions(['hovedstaden'], '2026-12-31');
      const sjaelland = await geography.municipalityCodesInRegions(['sjaelland'], '2026-12-31');
      const oestdanmark = await geography.municipalityCodesInRegions(['oestdanmark'], MERGER);
      expect(hovedstaden.length).toBeGreaterThan(0);
      expect(sjaelland.length).toBeGreaterThan(0);
      expect(oestdanmark).toHaveLength(hovedstaden.length + sjaelland.length);
      expect([...oestdanmark].sort()).toEqual([...hovedstaden, ...sjaelland].sort());
      // Asked about outside its life, a region is taken on its first or last day.
      expect((await geography.municipalityCodesInRegions(['oestdanmark'], '2026-12-31')).sort()).toEqual([...oestdanmark].sort());
      expect((await geography.municipalityCodesInRegions(['hovedstaden'], MERGER)).sort()).toEqual([...hovedstaden].sort());
    });

    it('lists the municipalities of a region on a date', async () => {
      const codes = await geography.municipalityCodesInRegions(['oestdanmark'], '2027-06-01');
      const listed = await geography.listMunicipalities('oestdanmark', '2027-06-01');
      expect(listed.map((m) => m.code).sort()).toEqual([...codes].sort());
      expect(listed.map((m) => m.code)).toContain('0217');
      expect(listed.map((m) => m.code)).not.toContain('0657');
    });

    it('covers every municipality exactly once on any date', async () => {
      for (const at of ['2026-06-01', '2027-06-01']) {
        const keys = (await geography.listRegions(at)).map((r) => r.key);
        const codes = await geography.municipalityCodesInRegions(keys, at);
        expect(codes).toHaveLength(MUNICIPALITIES.length);
        expect(new Set(codes).size).toBe(MUNICIPALITIES.length);
      }
    });

    it('scopes a municipality to the regions that serve it, the old one included after the merger', async () => {
      expect(await geography.placeScope(['0217', '0657'], [], '2026-06-01')).toEqual({
        municipalityCodes: ['0217', '0657'],
        regionKeys: expect.arrayContaining(['hovedstaden', 'midtjylland']),
      });
      expect((await geography.placeScope(['0217'], [], '2026-06-01')).regionKeys).toEqual(['hovedstaden']);
      expect((await geography.placeScope(['0217'], [], '2027-06-01')).regionKeys.sort()).toEqual(['hovedstaden', 'oestdanmark']);
    });

    it('scopes a merged region to all its municipalities and its predecessors', async () => {
      const before = [
        ...(await geography.municipalityCodesInRegions(['hovedstaden'], '2026-12-31')),
        ...(await geography.municipalityCodesInRegions(['sjaelland'], '2026-12-31')),
      ];
      const scope = await geography.placeScope([], ['oestdanmark'], '2027-06-01');
      expect(scope.municipalityCodes.sort()).toEqual(before.sort());
      expect(scope.regionKeys.sort()).toEqual(['hovedstaden', 'oestdanmark', 'sjaelland']);
    });
  });

  describe('regions', () => {
    it('finds a region by key and by official code', async () => {
      const byKey = await geography.findRegion(ctx(), 'hovedstaden');
      const byCode = await geography.findRegion(ctx(), '1084');
      expect(byKey).toMatchObject({ key: 'hovedstaden', code: '1084', name: 'Region Hovedstaden', succeededBy: 'oestdanmark' });
      expect(byCode?.key).toBe('hovedstaden');
    });

    it('finds Region Østdanmark, whose official code is not yet published', async () => {
      const region = await geography.findRegion(ctx(), 'oestdanmark');
      const data = REGIONS.find((r) => r.key === 'oestdanmark');
      expect(region).toMatchObject({ name: 'Region Østdanmark', code: data?.code ?? null, validFrom: MERGER, validTo: null });
    });

    it('answers null for an unknown key or code', async () => {
      expect(await geography.findRegion(ctx(), 'atlantis')).toBeNull();
      expect(await geography.findRegion(ctx(), '1099')).toBeNull();
    });

    it('turns keys and codes into keys and drops unknown ones', async () => {
      expect((await geography.regionKeysFor(['1084', 'midtjylland', 'atlantis'])).sort()).toEqual(['hovedstaden', 'midtjylland']);
      expect(await geography.regionKeysFor(['atlantis'])).toEqual([]);
    });

    it('accepts a region code where a key is expected', async () => {
      const byCode = await geography.municipalityCodesInRegions(['1084'], '2026-06-01');
      const byKey = await geography.municipalityCodesInRegions(['hovedstaden'], '2026-06-01');
      expect([...byCode].sort()).toEqual([...byKey].sort());
    });
  });
});
