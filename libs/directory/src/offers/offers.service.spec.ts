import { Deleted, NotFoundError, ValidationError } from '#core';
import {
  AccessRoute,
  ChannelKind,
  Offer,
  OfferStatus,
  OffersService,
  Sector,
  type CreateOfferInput,
  type OfferFilter,
  type Organisation,
  type UpdateOfferInput,
} from '#directory';
import { ADMIN_CTX, createTestContext, makeOffer, makeOrganisation, makeUnit, ok, type TestContext } from '#testing';

const MISSING_ID = '9b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

describe('OffersService', () => {
  let t: TestContext;
  let offers: OffersService;
  let org: Organisation;

  beforeAll(async () => {
    t = await createTestContext();
    offers = t.context.get(OffersService);
    org = await makeOrganisation(t.context, { name: 'Helsingør Kommune, Børn og Unge' });
  });
  afterAll(() => t.close());

  async function snapshot(): Promise<string> {
    const rows = await t.database.dataSource.query(`SELECT * FROM offer ORDER BY id`);
    const documents = await t.database.dataSource.query(`SELECT * FROM search_document ORDER BY id`);
    return JSON.stringify({ rows, documents });
  }

  function fieldPaths(result: unknown): string[] {
    expect(result).toBeInstanceOf(ValidationError);
    return (result as ValidationError).fieldErrors.map((e) => e.path);
  }

  const stored = (id: string) => t.database.dataSource.getRepository(Offer).findOneByOrFail({ id });

  describe('create', () => {
    it('saves an offer with defaults and indexes it', async () => {
      const offer = await makeOffer(t.context, {
        organisationId: org.id,
        name: 'Headspace Helsingør',
        ageMin: 12,
        ageMax: 25,
        problemTags: ['anxiety'],
      });
      expect(offer).toMatchObject({
        status: OfferStatus.ACTIVE,
        languages: ['da'],
        municipalityCodes: [],
        problemKeys: ['anxiety'],
        holdsAuthority: false,
      });
      const [doc] = await t.database.dataSource.query(`SELECT title, type FROM search_document WHERE id = $1`, [offer.id]);
      expect(doc).toEqual({ title: 'Headspace Helsingør', type: 'OFFER' });
    });

    it('answers the contract case with a field error on input.name and writes nothing', async () => {
      const before = await snapshot();
      const result = await offers.create(ADMIN_CTX, { name: '', organisationId: '00000000-0000-0000-0000-000000000000' });
      expect(result).toBeInstanceOf(ValidationError);
      expect((result as ValidationError).code).toBe('VALIDATION_FAILED');
      expect(fieldPaths(result)).toContain('input.name');
      expect(await snapshot()).toBe(before);
    });

    const invalid: [string, Partial<CreateOfferInput>, string][] = [
      ['a lowest age above the highest', { ageMin: 30, ageMax: 13 }, 'input.ageMax'],
      ['a primary band starting below the age range', { ageMin: 13, ageMax: 30, primaryAgeMin: 10 }, 'input.primaryAgeMin'],
      ['a primary band ending above the age range', { ageMin: 13, ageMax: 30, primaryAgeMax: 35 }, 'input.primaryAgeMax'],
      ['a reversed primary band', { primaryAgeMin: 20, primaryAgeMax: 15 }, 'input.primaryAgeMax'],
      ['a negative age', { ageMin: -1 }, 'input.ageMin'],
      ['VISITATION without who decides', { accessRoute: AccessRoute.VISITATION }, 'input.decidedBy'],
      ['an end date before the start date', { startsOn: '2026-08-01', endsOn: '2026-07-31' }, 'input.endsOn'],
      ['an unknown problem tag', { problemTags: ['anxiety', 'ukendt-problem'] }, 'input.problemTags.1'],
      ['an unknown situation', { situations: ['ukendt-situation'] }, 'input.situations.0'],
      ['an unknown municipality code in the coverage', { municipalityCodes: ['0217', '9999'] }, 'input.municipalityCodes.1'],
      ['a malformed municipality code in the coverage', { municipalityCodes: ['217'] }, 'input.municipalityCodes.0'],
      ['a bad phone number', { channels: [{ kind: ChannelKind.PHONE, value: '123' }] }, 'input.channels.0.value'],
      ['an organisation that does not exist', { organisationId: MISSING_ID }, 'input.organisationId'],
    ];

    it.each(invalid)('refuses %s with a field error, and writes nothing', async (_case, input, path) => {
      const before = await snapshot();
      const result = await offers.create(ADMIN_CTX, {
        name: 'Afvist tilbud',
        organisationId: org.id,
        accessRoute: AccessRoute.SELF_REFERRAL,
        ...input,
      });
      expect(fieldPaths(result)).toContain(path);
      expect(await snapshot()).toBe(before);
    });

    it('names every bad field in one answer', async () => {
      const result = await offers.create(ADMIN_CTX, {
        name: '',
        organisationId: org.id,
        accessRoute: AccessRoute.REFERRAL,
        problemTags: ['ukendt'],
        municipalityCodes: ['9999'],
      });
      expect(fieldPaths(result).sort()).toEqual(['input.municipalityCodes.0', 'input.name', 'input.problemTags.0']);
    });

    it('names bad fields of every kind in one answer: shape, rules across fields, lookups and references', async () => {
      const before = await snapshot();
      const result = await offers.create(ADMIN_CTX, {
        name: '',
        organisationId: MISSING_ID,
        accessRoute: AccessRoute.REFERRAL,
        ageMin: 30,
        ageMax: 13,
        startsOn: '2026-08-01',
        endsOn: '2026-07-31',
        situations: ['ukendt-situation'],
        municipalityCodes: ['9999'],
        channels: [{ kind: ChannelKind.PHONE, value: '123' }],
      });
      expect(fieldPaths(result).sort()).toEqual([
        'input.ageMax',
        'input.ageMin',
        'input.channels.0.value',
        'input.endsOn',
        'input.municipalityCodes.0',
        'input.name',
        'input.organisationId',
        'input.situations.0',
        'input.startsOn',
      ]);
      expect(await snapshot()).toBe(before);
    });

    it('requires an access route and a unit of the same organisation', async () => {
      expect(fieldPaths(await offers.create(ADMIN_CTX, { name: 'Uden adgangsvej', organisationId: org.id }))).toEqual([
        'input.accessRoute',
      ]);
      const other = await makeOrganisation(t.context, { name: 'Aarhus Kommune', municipalityCode: '0751' });
      const foreignUnit = await makeUnit(t.context, { organisationId: other.id });
      const result = await offers.create(ADMIN_CTX, {
        name: 'Forkert enhed',
        organisationId: org.id,
        accessRoute: AccessRoute.REFERRAL,
        unitId: foreignUnit.id,
      });
      expect(fieldPaths(result)).toEqual(['input.unitId']);
    });
  });

  describe('update', () => {
    it('changes only the given fields', async () => {
      const offer = await makeOffer(t.context, {
        organisationId: org.id,
        name: 'Samtaleforløb Nord',
        description: 'Op til 10 samtaler',
        ageMin: 15,
        ageMax: 25,
        situations: ['transition-18'],
        problemTags: ['depression'],
        municipalityCodes: ['0217', '0219'],
        waitingTime: '1 uge',
      });
      const before = await stored(offer.id);
      const updated = ok(await offers.update(ADMIN_CTX, offer.id, { waitingTime: '3 uger' }), Offer);
      expect(updated.waitingTime).toBe('3 uger');
      const after = await stored(offer.id);
      expect({ ...after, waitingTime: before.waitingTime, updatedAt: before.updatedAt }).toEqual(before);
    });

    const rejected: [string, Partial<CreateOfferInput>, UpdateOfferInput, string][] = [
      ['a highest age below the stored lowest', { ageMin: 13, ageMax: 30 }, { ageMax: 10 }, 'input.ageMax'],
      ['a primary band outside the stored range', { ageMin: 13, ageMax: 30 }, { primaryAgeMin: 12 }, 'input.primaryAgeMin'],
      ['VISITATION without who decides', {}, { accessRoute: AccessRoute.VISITATION }, 'input.decidedBy'],
      ['an end date before the stored start date', { startsOn: '2026-09-01' }, { endsOn: '2026-08-01' }, 'input.endsOn'],
      ['an unknown problem tag', {}, { problemTags: ['ukendt'] }, 'input.problemTags.0'],
      ['an unknown municipality code', {}, { municipalityCodes: ['9999'] }, 'input.municipalityCodes.0'],
      ['an empty name', {}, { name: '' }, 'input.name'],
    ];

    it.each(rejected)('refuses %s, and writes nothing', async (_case, initial, patch, path) => {
      const offer = await makeOffer(t.context, { organisationId: org.id, name: `Opdateres ikke: ${path}`, ...initial });
      const before = await snapshot();
      expect(fieldPaths(await offers.update(ADMIN_CTX, offer.id, patch))).toEqual([path]);
      expect(await snapshot()).toBe(before);
    });

    it('names a broken rule across fields on the field sent, or on both when both were sent', async () => {
      const offer = await makeOffer(t.context, { organisationId: org.id, name: 'For 15-25 år', ageMin: 15, ageMax: 25 });
      const before = await snapshot();
      expect(fieldPaths(await offers.update(ADMIN_CTX, offer.id, { ageMin: 30 }))).toEqual(['input.ageMin']);
      expect(fieldPaths(await offers.update(ADMIN_CTX, offer.id, { ageMin: 30, ageMax: 20 })).sort()).toEqual([
        'input.ageMax',
        'input.ageMin',
      ]);
      expect(await snapshot()).toBe(before);
    });

    it('names every bad field of an update in one answer', async () => {
      const offer = await makeOffer(t.context, { organisationId: org.id, name: 'Mange fejl', ageMin: 15, ageMax: 25 });
      const before = await snapshot();
      const result = await offers.update(ADMIN_CTX, offer.id, {
        name: '',
        ageMin: 30,
        problemTags: ['ukendt'],
        municipalityCodes: ['217', '9999'],
        endsOn: '2026-13-01',
      });
      expect(fieldPaths(result).sort()).toEqual([
        'input.ageMin',
        'input.endsOn',
        'input.municipalityCodes.0',
        'input.municipalityCodes.1',
        'input.name',
        'input.problemTags.0',
      ]);
      expect(await snapshot()).toBe(before);
    });

    it('accepts VISITATION when who decides is given in the same update', async () => {
      const offer = await makeOffer(t.context, { organisationId: org.id, name: 'Bostøtte § 85' });
      const updated = ok(
        await offers.update(ADMIN_CTX, offer.id, { accessRoute: AccessRoute.VISITATION, decidedBy: 'Visitationen, Voksenhandicap' }),
        Offer,
      );
      expect(updated).toMatchObject({ accessRoute: AccessRoute.VISITATION, decidedBy: 'Visitationen, Voksenhandicap' });
    });

    it('answers NotFoundError for an offer that does not exist', async () => {
      expect(await offers.update(ADMIN_CTX, MISSING_ID, { name: 'Findes ikke' })).toBeInstanceOf(NotFoundError);
    });

    it('keeps both of two concurrent updates of different fields', async () => {
      const offer = await makeOffer(t.context, { organisationId: org.id, name: 'Samtidige rettelser' });
      for (let round = 1; round <= 3; round++) {
        const [a, b] = await Promise.all([
          offers.update(ADMIN_CTX, offer.id, { waitingTime: `${round} uger` }),
          offers.update(ADMIN_CTX, offer.id, { capacity: `${round * 10} pladser` }),
        ]);
        expect(a).toBeInstanceOf(Offer);
        expect(b).toBeInstanceOf(Offer);
        expect(await stored(offer.id)).toMatchObject({ waitingTime: `${round} uger`, capacity: `${round * 10} pladser` });
      }
    });

    it('checks the rules of concurrent updates against each other: one wins, the other is refused', async () => {
      const offer = await makeOffer(t.context, { organisationId: org.id, name: 'Samtidige aldre', ageMin: 13, ageMax: 30 });
      // Each update is valid alone; together they would give 20-15.
      const results = await Promise.all([
        offers.update(ADMIN_CTX, offer.id, { ageMin: 20 }),
        offers.update(ADMIN_CTX, offer.id, { ageMax: 15 }),
      ]);
      expect(results.filter((r) => r instanceof Offer)).toHaveLength(1);
      expect(results.filter((r) => r instanceof ValidationError)).toHaveLength(1);
      const { ageMin, ageMax } = await stored(offer.id);
      expect(ageMin! <= ageMax!).toBe(true);
      expect([ageMin, ageMax]).not.toEqual([13, 30]);
    });
  });

  describe('verify and delete', () => {
    it('records when and by whom the offer was checked', async () => {
      const offer = await makeOffer(t.context, { organisationId: org.id, name: 'Verificeres' });
      expect(offer.lastVerifiedAt).toBeNull();
      const verified = ok(await offers.verify(ADMIN_CTX, { id: offer.id, verifiedBy: 'Hanne Jensen, koordinator' }), Offer);
      expect(verified.lastVerifiedBy).toBe('Hanne Jensen, koordinator');
      expect((await stored(offer.id)).lastVerifiedAt).toBeInstanceOf(Date);
      expect(fieldPaths(await offers.verify(ADMIN_CTX, { id: offer.id, verifiedBy: '' }))).toEqual(['input.verifiedBy']);
      expect(await offers.verify(ADMIN_CTX, { id: MISSING_ID, verifiedBy: 'Hanne' })).toBeInstanceOf(NotFoundError);
    });

    it('deletes an offer and its search document', async () => {
      const offer = await makeOffer(t.context, { organisationId: org.id, name: 'Slettes' });
      expect(await offers.delete(ADMIN_CTX, offer.id)).toBeInstanceOf(Deleted);
      const [{ count }] = await t.database.dataSource.query(
        `SELECT (SELECT count(*) FROM offer WHERE id = $1) + (SELECT count(*) FROM search_document WHERE id = $1) AS count`,
        [offer.id],
      );
      expect(Number(count)).toBe(0);
      expect(await offers.delete(ADMIN_CTX, offer.id)).toBeInstanceOf(NotFoundError);
    });
  });

  describe('list', () => {
    let listOrg: Organisation;
    const names = async (filter: OfferFilter) => (await offers.list(filter, { first: 100 })).edges.map((e) => e.node.name);
    const own = (filter: OfferFilter) => names({ organisationId: listOrg.id, ...filter });

    beforeAll(async () => {
      listOrg = await makeOrganisation(t.context, { name: 'Ballerup Kommune', municipalityCode: '0151' });
      const base = { organisationId: listOrg.id, accessRoute: AccessRoute.SELF_REFERRAL };
      await makeOffer(t.context, {
        ...base,
        name: 'L Ung 13-30',
        ageMin: 13,
        ageMax: 30,
        situations: ['discharge-child-youth-psychiatry'],
      });
      await makeOffer(t.context, { ...base, name: 'L Alle aldre', problemTags: ['anxiety'] });
      await makeOffer(t.context, {
        ...base,
        name: 'L Børn 0-12',
        ageMin: 0,
        ageMax: 12,
        accessRoute: AccessRoute.ANONYMOUS,
        problemTags: ['mental-health'],
      });
      await makeOffer(t.context, { ...base, name: 'L Pause', status: OfferStatus.PAUSED, situations: ['discharge'] });
      await makeOffer(t.context, { ...base, name: 'L Dækker Frederiksberg', municipalityCodes: ['0147', '0101'] });
    });

    it("matches an age inside an offer's limits, and offers without limits for any age", async () => {
      expect(await own({ age: 18 })).toEqual(['L Alle aldre', 'L Dækker Frederiksberg', 'L Pause', 'L Ung 13-30']);
      expect(await own({ age: 31 })).toEqual(['L Alle aldre', 'L Dækker Frederiksberg', 'L Pause']);
      expect(await own({ age: 13 })).toContain('L Ung 13-30');
      expect(await own({ age: 30 })).toContain('L Ung 13-30');
      expect(await own({ age: 0 })).toEqual(['L Alle aldre', 'L Børn 0-12', 'L Dækker Frederiksberg', 'L Pause']);
    });

    it('filters by access route and status', async () => {
      expect(await own({ accessRoute: AccessRoute.ANONYMOUS })).toEqual(['L Børn 0-12']);
      expect(await own({ status: OfferStatus.PAUSED })).toEqual(['L Pause']);
      expect(await own({ status: OfferStatus.ACTIVE })).not.toContain('L Pause');
    });

    it('includes sub-situations and sub-tags', async () => {
      expect(await own({ situation: 'discharge' })).toEqual(['L Pause', 'L Ung 13-30']);
      expect(await own({ situation: 'discharge-child-youth-psychiatry' })).toEqual(['L Ung 13-30']);
      expect(await own({ problemTag: 'mental-health' })).toEqual(['L Alle aldre', 'L Børn 0-12']);
      expect(await own({ problemTag: 'anxiety' })).toEqual(['L Alle aldre']);
    });

    it("places an offer by its own coverage, else by its organisation's municipality", async () => {
      const inBallerup = await names({ municipality: '0151' });
      expect(inBallerup).toEqual(['L Alle aldre', 'L Børn 0-12', 'L Pause', 'L Ung 13-30']);
      expect(await names({ municipality: '0147' })).toEqual(['L Dækker Frederiksberg']);
      expect(await names({ municipality: '0101' })).toEqual(['L Dækker Frederiksberg']);
    });

    it("places a regional organisation's offer in every municipality of its region unless it has coverage", async () => {
      const region = await makeOrganisation(t.context, {
        name: 'Region Midtjylland',
        sector: Sector.REGIONAL,
        municipalityCode: null,
        region: 'midtjylland',
      });
      await makeOffer(t.context, { organisationId: region.id, name: 'R Hele regionen' });
      await makeOffer(t.context, { organisationId: region.id, name: 'R Kun Holstebro', municipalityCodes: ['0661'] });
      expect(await names({ municipality: '0657' })).toEqual(['R Hele regionen']);
      expect(await names({ municipality: '0661' })).toEqual(['R Hele regionen', 'R Kun Holstebro']);
      expect(await names({ region: 'midtjylland' })).toEqual(['R Hele regionen', 'R Kun Holstebro']);
      expect(await names({ region: '1082' })).toEqual(['R Hele regionen', 'R Kun Holstebro']);
      expect(await names({ municipality: '0151', sector: Sector.REGIONAL })).toEqual([]);
    });

    it('pages with a total count', async () => {
      const page = await offers.list({ organisationId: listOrg.id }, { first: 2 });
      expect(page.totalCount).toBe(5);
      expect(page.edges).toHaveLength(2);
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = await offers.list({ organisationId: listOrg.id }, { first: 10, after: page.pageInfo.endCursor });
      expect(next.edges.map((e) => e.node.name)).toEqual((await own({})).slice(2));
    });
  });
});
