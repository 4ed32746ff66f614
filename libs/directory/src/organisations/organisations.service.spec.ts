import { ConflictError, Deleted, InvalidPageError, NotFoundError, RequestContext, ValidationError, todayInDenmark } from '#core';
import { Organisation, OrganisationsService, Sector, type CreateOrganisationInput } from '#directory';
import { GeographyService } from '#geography';
import { ADMIN_CTX, createTestContext, makeContact, makeOffer, makeOrganisation, makeUnit, ok, type TestContext } from '#testing';

const MISSING_ID = '7d2c9c1e-5b0a-4f4e-9a53-2f1d7c0b9e11';

describe('OrganisationsService', () => {
  let t: TestContext;
  let organisations: OrganisationsService;

  beforeAll(async () => {
    t = await createTestContext();
    organisations = t.context.get(OrganisationsService);
  });
  afterAll(() => t.close());

  /** Row counts of the directory tables and the search index, to prove a rejected mutation wrote nothing. */
  async function snapshot(): Promise<string> {
    const [counts] = await t.database.dataSource.query(
      `SELECT (SELECT count(*) FROM organisation)::int AS organisations, (SELECT count(*) FROM unit)::int AS units,
              (SELECT count(*) FROM contact)::int AS contacts, (SELECT count(*) FROM offer)::int AS offers`,
    );
    const documents = await t.database.dataSource.query(
      `SELECT id, type, title, subtitle, body, municipality_codes, region_keys, sector, updated_at FROM search_document ORDER BY id`,
    );
    const rows = await t.database.dataSource.query(`SELECT * FROM organisation ORDER BY id`);
    return JSON.stringify({ counts, documents, rows });
  }

  function fieldPaths(result: unknown): string[] {
    expect(result).toBeInstanceOf(ValidationError);
    return (result as ValidationError).fieldErrors.map((e) => e.path);
  }

  async function document(id: string): Promise<{ title: string; region_keys: string[]; municipality_codes: string[] } | undefined> {
    const rows = await t.database.dataSource.query(`SELECT title, region_keys, municipality_codes FROM search_document WHERE id = $1`, [
      id,
    ]);
    return rows[0];
  }

  describe('create', () => {
    it('saves a municipal organisation and indexes it for search', async () => {
      const created = ok(
        await organisations.create(ADMIN_CTX, { name: 'Helsingør Socialpsykiatri', sector: Sector.MUNICIPAL, municipalityCode: '0217' }),
        Organisation,
      );
      expect(created).toMatchObject({
        name: 'Helsingør Socialpsykiatri',
        sector: Sector.MUNICIPAL,
        municipalityCode: '0217',
        regionKey: null,
      });
      expect(await organisations.load(new RequestContext(), created.id)).toMatchObject({ id: created.id, name: created.name });
      expect(await document(created.id)).toMatchObject({ title: 'Helsingør Socialpsykiatri', municipality_codes: ['0217'] });
    });

    it('stores a regional organisation under the region key also when given the official code', async () => {
      const created = ok(
        await organisations.create(ADMIN_CTX, { name: 'Psykiatrisk Center Nordsjælland', sector: Sector.REGIONAL, region: '1084' }),
        Organisation,
      );
      expect(created).toMatchObject({ regionKey: 'hovedstaden', municipalityCode: null });
    });

    it('allows a national organisation with neither municipality nor region', async () => {
      const created = ok(await organisations.create(ADMIN_CTX, { name: 'Livslinien', sector: Sector.CIVIL_SOCIETY }), Organisation);
      expect(created).toMatchObject({ municipalityCode: null, regionKey: null });
    });

    const invalid: [string, CreateOrganisationInput, string][] = [
      ['an empty name', { name: '  ', sector: Sector.MUNICIPAL, municipalityCode: '0217' }, 'input.name'],
      // A rule across fields is named on what was sent: here the sector that asks for a place.
      ['a municipal organisation without municipality code', { name: 'Uden kommune', sector: Sector.MUNICIPAL }, 'input.sector'],
      ['a regional organisation without region', { name: 'Uden region', sector: Sector.REGIONAL }, 'input.sector'],
      [
        'an unknown municipality code',
        { name: 'Ukendt kommune', sector: Sector.MUNICIPAL, municipalityCode: '9999' },
        'input.municipalityCode',
      ],
      [
        'a malformed municipality code',
        { name: 'Forkert kode', sector: Sector.MUNICIPAL, municipalityCode: '217' },
        'input.municipalityCode',
      ],
      ['an unknown region', { name: 'Ukendt region', sector: Sector.REGIONAL, region: 'atlantis' }, 'input.region'],
      [
        'both municipality and region',
        { name: 'Begge dele', sector: Sector.STATE, municipalityCode: '0217', region: 'hovedstaden' },
        'input.region',
      ],
      ['no sector', { name: 'Uden sektor' }, 'input.sector'],
    ];

    it('names every bad field in one answer: shape, lookups and rules across fields', async () => {
      const before = await snapshot();
      const result = await organisations.create(ADMIN_CTX, {
        name: '',
        sector: Sector.STATE,
        municipalityCode: '0217',
        region: 'atlantis',
        website: 'ikke et link',
      });
      expect(fieldPaths(result).sort()).toEqual(['input.name', 'input.region', 'input.website']);
      const both = await organisations.create(ADMIN_CTX, {
        name: '',
        sector: Sector.STATE,
        municipalityCode: '0217',
        region: 'hovedstaden',
      });
      expect(fieldPaths(both).sort()).toEqual(['input.municipalityCode', 'input.name', 'input.region']);
      expect(await snapshot()).toBe(before);
    });

    it.each(invalid)('refuses %s with a field error and writes nothing', async (_case, input, path) => {
      const before = await snapshot();
      const result = await organisations.create(ADMIN_CTX, input);
      expect(fieldPaths(result)).toContain(path);
      expect(await snapshot()).toBe(before);
    });
  });

  describe('update', () => {
    it('changes the given fields and keeps the others', async () => {
      const org = await makeOrganisation(t.context, { name: 'Fureso Ungeenhed', municipalityCode: '0190', description: 'Unge 15-25 år' });
      const updated = ok(await organisations.update(ADMIN_CTX, org.id, { name: 'Furesø Ungeenheden' }), Organisation);
      expect(updated).toMatchObject({
        name: 'Furesø Ungeenheden',
        municipalityCode: '0190',
        description: 'Unge 15-25 år',
        sector: Sector.MUNICIPAL,
      });
      expect((await document(org.id))?.title).toBe('Furesø Ungeenheden');
    });

    it('keeps the region of a regional organisation when only the name changes', async () => {
      const org = await makeOrganisation(t.context, {
        name: 'Regionspsykiatrien Midt',
        sector: Sector.REGIONAL,
        municipalityCode: null,
        region: 'midtjylland',
      });
      const updated = ok(await organisations.update(ADMIN_CTX, org.id, { name: 'Regionspsykiatrien Midtjylland' }), Organisation);
      expect(updated.regionKey).toBe('midtjylland');
    });

    it('moves a municipal organisation to a region when the municipality is cleared', async () => {
      const org = await makeOrganisation(t.context, { name: 'Skifter sektor' });
      const updated = ok(
        await organisations.update(ADMIN_CTX, org.id, { sector: Sector.REGIONAL, municipalityCode: null, region: '1082' }),
        Organisation,
      );
      expect(updated).toMatchObject({ sector: Sector.REGIONAL, municipalityCode: null, regionKey: 'midtjylland' });
      expect(await document(org.id)).toMatchObject({
        region_keys: ['midtjylland'],
        municipality_codes: expect.arrayContaining(['0657', '0661']),
      });
    });

    it('refuses an update that would break the sector rules, and writes nothing', async () => {
      const org = await makeOrganisation(t.context, { name: 'Bliver ikke regional' });
      const before = await snapshot();
      expect(fieldPaths(await organisations.update(ADMIN_CTX, org.id, { sector: Sector.REGIONAL }))).toEqual(['input.sector']);
      expect(fieldPaths(await organisations.update(ADMIN_CTX, org.id, { region: 'hovedstaden' }))).toContain('input.region');
      expect(fieldPaths(await organisations.update(ADMIN_CTX, org.id, { name: '' }))).toEqual(['input.name']);
      expect(fieldPaths(await organisations.update(ADMIN_CTX, org.id, { municipalityCode: '9999' }))).toEqual(['input.municipalityCode']);
      expect(await snapshot()).toBe(before);
    });

    it('answers NotFoundError for an organisation that does not exist', async () => {
      const result = await organisations.update(ADMIN_CTX, MISSING_ID, { name: 'Findes ikke' });
      expect(result).toBeInstanceOf(NotFoundError);
      expect((result as NotFoundError).id).toBe(MISSING_ID);
    });

    it('answers NotFoundError for an id that is not a UUID', async () => {
      expect(await organisations.update(ADMIN_CTX, 'not-a-uuid', { name: 'Findes ikke' })).toBeInstanceOf(NotFoundError);
    });
  });

  describe('delete', () => {
    it('deletes an empty organisation and its search document', async () => {
      const org = await makeOrganisation(t.context, { name: 'Tom organisation' });
      const result = await organisations.delete(ADMIN_CTX, org.id);
      expect(result).toBeInstanceOf(Deleted);
      expect((result as Deleted).id).toBe(org.id);
      expect(await organisations.load(new RequestContext(), org.id)).toBeNull();
      expect(await document(org.id)).toBeUndefined();
    });

    it.each(['unit', 'contact', 'offer'] as const)('refuses while the organisation still has a %s, and writes nothing', async (kind) => {
      const org = await makeOrganisation(t.context, { name: `Har en ${kind}` });
      if (kind === 'unit') await makeUnit(t.context, { organisationId: org.id });
      if (kind === 'contact') await makeContact(t.context, { organisationId: org.id });
      if (kind === 'offer') await makeOffer(t.context, { organisationId: org.id });
      const before = await snapshot();
      expect(await organisations.delete(ADMIN_CTX, org.id)).toBeInstanceOf(ConflictError);
      expect(await snapshot()).toBe(before);
    });

    it('answers NotFoundError for an organisation that does not exist', async () => {
      expect(await organisations.delete(ADMIN_CTX, MISSING_ID)).toBeInstanceOf(NotFoundError);
    });
  });

  describe('verify', () => {
    it('records when and by whom the organisation was checked', async () => {
      const org = await makeOrganisation(t.context, { name: 'Skal verificeres' });
      const before = Date.now();
      const verified = ok(await organisations.verify(ADMIN_CTX, { id: org.id, verifiedBy: 'Hanne Jensen, koordinator' }), Organisation);
      expect(verified.lastVerifiedBy).toBe('Hanne Jensen, koordinator');
      expect(verified.lastVerifiedAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
      const [row] = await t.database.dataSource.query(`SELECT last_verified_by FROM organisation WHERE id = $1`, [org.id]);
      expect(row.last_verified_by).toBe('Hanne Jensen, koordinator');
    });

    it('requires a verifier and an existing organisation', async () => {
      const org = await makeOrganisation(t.context, { name: 'Verificeres ikke' });
      expect(fieldPaths(await organisations.verify(ADMIN_CTX, { id: org.id, verifiedBy: ' ' }))).toEqual(['input.verifiedBy']);
      expect(await organisations.verify(ADMIN_CTX, { id: MISSING_ID, verifiedBy: 'Hanne' })).toBeInstanceOf(NotFoundError);
    });
  });

  describe('list', () => {
    const names: Record<string, string> = {};
    // Names share a marker so each query below only sees this block's organisations.
    const tagged = (filter: object) => organisations.list({ nameContains: 'zqliste', ...filter }, { first: 100 });
    const listed = async (filter: object) => (await tagged(filter)).edges.map((e) => e.node.name).sort();

    beforeAll(async () => {
      // The regional organisation serving Helsingør today (Region Hovedstaden until 2027, then Østdanmark).
      const helsingorRegion = (await t.context.get(GeographyService).regionOf(new RequestContext(), '0217', todayInDenmark()))?.key;
      const orgs: Record<string, Partial<CreateOrganisationInput>> = {
        helsingor: { sector: Sector.MUNICIPAL, municipalityCode: '0217' },
        herning: { sector: Sector.MUNICIPAL, municipalityCode: '0657' },
        fureso: { sector: Sector.MUNICIPAL, municipalityCode: '0190' },
        regionEast: { sector: Sector.REGIONAL, municipalityCode: null, region: helsingorRegion },
        regionMidt: { sector: Sector.REGIONAL, municipalityCode: null, region: 'midtjylland' },
        volunteers: { sector: Sector.CIVIL_SOCIETY, municipalityCode: null },
      };
      for (const [key, input] of Object.entries(orgs)) {
        names[key] = `Zqliste ${key}`;
        await makeOrganisation(t.context, { name: names[key], ...input });
      }
    });

    it('filters by sector', async () => {
      expect(await listed({ sector: Sector.MUNICIPAL })).toEqual([names.fureso, names.helsingor, names.herning].sort());
      expect(await listed({ sector: Sector.CIVIL_SOCIETY })).toEqual([names.volunteers]);
    });

    it('finds by municipality the municipal organisation and the regional one whose region holds it', async () => {
      expect(await listed({ municipality: '0657' })).toEqual([names.herning, names.regionMidt].sort());
      expect(await listed({ municipality: '0217' })).toEqual([names.helsingor, names.regionEast].sort());
    });

    it('filters by region key or official code, including municipal organisations in the region', async () => {
      const expected = [names.herning, names.regionMidt].sort();
      expect(await listed({ region: 'midtjylland' })).toEqual(expected);
      expect(await listed({ region: '1082' })).toEqual(expected);
    });

    it('combines filters', async () => {
      expect(await listed({ municipality: '0657', sector: Sector.REGIONAL })).toEqual([names.regionMidt]);
      expect(await listed({ region: 'nordjylland' })).toEqual([]);
    });
  });

  describe('pagination', () => {
    const marker = 'zqside';
    beforeAll(async () => {
      for (const n of [5, 3, 1, 4, 2]) await makeOrganisation(t.context, { name: `Zqside ${n}` });
    });

    it('pages through the list in name order with cursors', async () => {
      const all = await organisations.list({ nameContains: marker }, { first: 100 });
      expect(all.totalCount).toBe(5);
      expect(all.pageInfo.hasNextPage).toBe(false);
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page = await organisations.list({ nameContains: marker }, { first: 2, after });
        expect(page.totalCount).toBe(5);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...page.edges.map((e) => e.node.name));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages++;
      } while (after);
      expect(pages).toBe(3);
      expect(seen).toEqual(['Zqside 1', 'Zqside 2', 'Zqside 3', 'Zqside 4', 'Zqside 5']);
      expect(seen).toEqual(all.edges.map((e) => e.node.name));
    });

    it('gives every edge a cursor that continues after it', async () => {
      const first = await organisations.list({ nameContains: marker }, { first: 3 });
      const rest = await organisations.list({ nameContains: marker }, { first: 3, after: first.edges[1].cursor });
      expect(rest.edges.map((e) => e.node.name)).toEqual(['Zqside 3', 'Zqside 4', 'Zqside 5']);
      expect(rest.pageInfo.hasNextPage).toBe(false);
    });

    it('refuses pages larger than 100 and cursors it did not make', async () => {
      await expect(organisations.list({}, { first: 101 })).rejects.toThrow(InvalidPageError);
      await expect(organisations.list({}, { first: -1 })).rejects.toThrow(InvalidPageError);
      await expect(organisations.list({}, { after: 'not-a-cursor' })).rejects.toThrow(InvalidPageError);
      expect((await organisations.list({}, { first: 100 })).edges.length).toBeLessThanOrEqual(100);
    });
  });
});
