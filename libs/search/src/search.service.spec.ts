import { RequestContext } from '#core';
import { AccessRoute, OfferStatus, Sector, type Offer } from '#directory';
import { SearchService, SearchType, type SearchConnection, type SearchInput } from '#search';
import { createTestContext, makeContact, makeOffer, makeOrganisation, makeUnit, type TestContext } from '#testing';

let t: TestContext;
let service: SearchService;
const search = (input: SearchInput): Promise<SearchConnection> => service.search(new RequestContext(), input);
const ids = (result: SearchConnection): string[] => result.edges.map((e) => e.node.id);
const facet = (result: SearchConnection, field: string) => result.facets.find((f) => f.field === field)?.values ?? [];
const sql = async (query: string, params: unknown[] = []): Promise<Record<string, unknown>[]> => t.database.dataSource.query(query, params);

let helsingor: string;

beforeAll(async () => {
  t = await createTestContext();
  service = t.context.get(SearchService);
  helsingor = (await makeOrganisation(t.context, { name: 'Helsingør Kommune Ungeforvaltning' })).id;
});
afterAll(() => t?.close());

describe('text matching', () => {
  let transition: Offer, eating: Offer, suicide: Offer, town: Offer, cafe: Offer;
  beforeAll(async () => {
    transition = await makeOffer(t.context, {
      organisationId: helsingor,
      name: 'Mentorordning',
      description: 'Støtte i overgang til voksenliv for unge med psykiske vanskeligheder.',
    });
    eating = await makeOffer(t.context, {
      organisationId: helsingor,
      name: 'Familiegruppe',
      description: 'Hjælp til unge med spiseforstyrrelser og deres forældre.',
    });
    suicide = await makeOffer(t.context, {
      organisationId: helsingor,
      name: 'Netværksmøder',
      description: 'Arbejder med selvmordsforebyggelse blandt unge.',
    });
    town = await makeOffer(t.context, {
      organisationId: helsingor,
      name: 'Udgående team',
      description: 'Holder også åbent i Sønderborg om tirsdagen.',
    });
    cafe = await makeOffer(t.context, {
      organisationId: helsingor,
      name: 'Ungecafé Lyspunktet',
      description: 'Et mødested med aftenåbent.',
    });
  });

  it('finds inflected forms through Danish stemming', async () => {
    const result = await search({ query: 'overgangen voksenlivet' });
    expect(ids(result)).toContain(transition.id);
    expect(result.correctedQuery).toBeNull();
    const snippet = result.edges.find((e) => e.node.id === transition.id)!.snippet;
    expect(snippet).toMatch(/<mark>overgang<\/mark>/i);
    expect(snippet).toMatch(/<mark>voksenliv<\/mark>/i);
    expect(ids(await search({ query: 'spiseforstyrrelse' }))).toContain(eating.id);
  });

  it('folds accents both in the text and in the query', async () => {
    expect(ids(await search({ query: 'sonderborg' }))).toContain(town.id);
    expect(ids(await search({ query: 'Sønderborg' }))).toContain(town.id);
    expect(ids(await search({ query: 'ungecafe' }))).toContain(cafe.id);
    expect(ids(await search({ query: 'ungecafé' }))).toContain(cafe.id);
  });

  it('tolerates doubled-consonant typos through stemming, without needing a correction', async () => {
    expect(ids(await search({ query: 'spiseforstyrelser' }))).toContain(eating.id);
    expect(ids(await search({ query: 'selvmordsforebygelse' }))).toContain(suicide.id);
  });

  it('corrects typos the stemmer cannot absorb and reports the corrected query', async () => {
    const eatingTypo = await search({ query: 'spisefortyrrelser' });
    expect(ids(eatingTypo)).toContain(eating.id);
    expect(eatingTypo.correctedQuery).toBe('spiseforstyrrelser');
    const suicideTypo = await search({ query: 'unge selvmorsforebyggelse' });
    expect(ids(suicideTypo)).toContain(suicide.id);
    expect(suicideTypo.correctedQuery).toBe('unge selvmordsforebyggelse');
  });
});

describe('ranking and snippets', () => {
  it('ranks a title match above a body-only match', async () => {
    const body = await makeOffer(t.context, {
      organisationId: helsingor,
      name: 'Samtalegruppe',
      description: 'Gruppen bruger øvelser fra kompasværkstedet.',
    });
    const title = await makeOffer(t.context, {
      organisationId: helsingor,
      name: 'Kompasværksted',
      description: 'Gruppen bruger øvelser om at finde vej.',
    });
    const result = await search({ query: 'kompasværksted' });
    expect(ids(result)).toEqual([title.id, body.id]);
    expect(result.edges[0].score).toBeGreaterThan(result.edges[1].score);
  });

  it('ranks an ended offer below an equally matching active one', async () => {
    const same = { organisationId: helsingor, name: 'Lygtemandsgruppen', description: 'Gruppeforløb om lygtemænd.' };
    const ended = await makeOffer(t.context, { ...same, status: OfferStatus.ENDED });
    const active = await makeOffer(t.context, { ...same, status: OfferStatus.ACTIVE });
    const result = await search({ query: 'lygtemandsgruppen' });
    expect(ids(result)).toEqual([active.id, ended.id]);
    expect(result.edges[0].score).toBeGreaterThan(result.edges[1].score);
  });

  it('wraps matches in <mark> and HTML-escapes the rest of the snippet', async () => {
    const offer = await makeOffer(t.context, {
      organisationId: helsingor,
      name: 'Rådgivning',
      description: 'Vi giver <b>gratis</b> råd om bekymringsbreve & "underretninger".',
    });
    const [edge] = (await search({ query: 'bekymringsbrev' })).edges;
    expect(edge.node.id).toBe(offer.id);
    expect(edge.snippet).toMatch(/<mark>bekymringsbreve<\/mark>/);
    expect(edge.snippet).toContain('&lt;b&gt;gratis&lt;/b&gt;');
    expect(edge.snippet).toContain('&amp;');
    expect(edge.snippet).toContain('&quot;underretninger&quot;');
    expect(edge.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });
});

describe('filters and facets', () => {
  // Every record below mentions "lodsbåd" (the organisation names do not).
  const word = 'lodsbåd';
  const r: Record<string, string> = {};
  beforeAll(async () => {
    const text = (s: string) => `${s} Vi samarbejder med ${word}en.`;
    r.sonderborg = (
      await makeOrganisation(t.context, {
        name: 'Sønderborg Kommune Børn og Unge',
        municipalityCode: '0540',
        description: text('Kommunal forvaltning.'),
      })
    ).id;
    r.region = (
      await makeOrganisation(t.context, {
        name: 'Psykiatrien i Region Syddanmark',
        sector: Sector.REGIONAL,
        municipalityCode: null,
        region: 'syddanmark',
        description: text('Regional psykiatri.'),
      })
    ).id;
    r.volunteer = (
      await makeOrganisation(t.context, {
        name: 'Foreningen Fyrlygten',
        sector: Sector.CIVIL_SOCIETY,
        municipalityCode: null,
        description: text('Landsdækkende frivillig forening.'),
      })
    ).id;
    r.helsUnit = (await makeUnit(t.context, { organisationId: helsingor, name: 'Ungeenheden', description: text('En enhed.') })).id;
    const offer = async (input: Parameters<typeof makeOffer>[1]) =>
      (await makeOffer(t.context, { ...input, description: text('Et tilbud.') })).id;
    r.o1 = await offer({
      organisationId: r.sonderborg,
      name: 'Ungevejledning',
      ageMin: 15,
      ageMax: 25,
      situations: ['transition-18'],
      problemTags: ['anxiety'],
    });
    r.o2 = await offer({
      organisationId: r.sonderborg,
      name: 'Bostøtte',
      status: OfferStatus.PAUSED,
      accessRoute: AccessRoute.REFERRAL,
      referredBy: 'Egen læge',
      ageMin: 18,
      ageMax: 30,
      situations: ['discharge-adult-psychiatry'],
    });
    r.o3 = await offer({
      organisationId: r.region,
      name: 'Ambulant børnepsykiatri',
      accessRoute: AccessRoute.REFERRAL,
      ageMin: 12,
      ageMax: 17,
      situations: ['discharge-child-youth-psychiatry'],
    });
    r.o4 = await offer({
      organisationId: r.volunteer,
      name: 'Anonym chat',
      accessRoute: AccessRoute.ANONYMOUS,
      municipalityCodes: ['0540', '0580'],
      situations: ['suicidal-behaviour'],
    });
    r.o5 = await offer({
      organisationId: helsingor,
      name: 'Botilbud',
      status: OfferStatus.ENDED,
      accessRoute: AccessRoute.VISITATION,
      decidedBy: 'Visitationen',
      ageMin: 25,
      ageMax: 65,
      situations: ['self-harm'],
    });
    r.o6 = await offer({ organisationId: helsingor, name: 'Åben rådgivning' });
    r.c1 = (
      await makeContact(t.context, {
        organisationId: r.sonderborg,
        name: 'Ungekoordinator',
        helpText: text('Kontakt ved 18 år.'),
        situations: ['transition-18'],
      })
    ).id;
    r.c2 = (
      await makeContact(t.context, {
        organisationId: r.region,
        name: 'Udskrivningskoordinator',
        helpText: text('Kontakt ved udskrivning.'),
      })
    ).id;
  });
  const found = async (input: Omit<SearchInput, 'query'>) => ids(await search({ query: word, first: 50, ...input })).sort();
  const expected = (...keys: string[]) => keys.map((k) => r[k]).sort();

  it('finds all records of the set, and filters by type', async () => {
    expect(await found({})).toEqual(
      expected('sonderborg', 'region', 'volunteer', 'helsUnit', 'o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'c1', 'c2'),
    );
    expect(await found({ types: [SearchType.OFFER] })).toEqual(expected('o1', 'o2', 'o3', 'o4', 'o5', 'o6'));
    expect(await found({ types: [SearchType.CONTACT, SearchType.UNIT] })).toEqual(expected('c1', 'c2', 'helsUnit'));
  });

  it('matches a municipality by coverage, own municipality or the region of a regional organisation', async () => {
    expect(await found({ municipalityCodes: ['0540'] })).toEqual(expected('sonderborg', 'o1', 'o2', 'c1', 'region', 'o3', 'c2', 'o4'));
    expect(await found({ municipalityCodes: ['0580'] })).toEqual(expected('region', 'o3', 'c2', 'o4'));
    expect(await found({ municipalityCodes: ['0217'] })).toEqual(expected('helsUnit', 'o5', 'o6'));
  });

  it('filters by region key or region code', async () => {
    const south = expected('sonderborg', 'o1', 'o2', 'c1', 'region', 'o3', 'c2', 'o4');
    expect(await found({ regions: ['syddanmark'] })).toEqual(south);
    expect(await found({ regions: ['1083'] })).toEqual(south);
    expect(await found({ regions: ['hovedstaden'], types: [SearchType.OFFER] })).toEqual(expected('o5', 'o6'));
  });

  it('filters by situation including sub-situations, access route, status, sector and age', async () => {
    expect(await found({ situations: ['discharge'] })).toEqual(expected('o2', 'o3'));
    expect(await found({ situations: ['suicidal-behaviour'] })).toEqual(expected('o4', 'o5'));
    expect(await found({ situations: ['transition-18'] })).toEqual(expected('o1', 'c1'));
    expect(await found({ accessRoutes: [AccessRoute.REFERRAL, AccessRoute.ANONYMOUS] })).toEqual(expected('o2', 'o3', 'o4'));
    expect(await found({ statuses: [OfferStatus.ENDED] })).toEqual(expected('o5'));
    expect(await found({ statuses: [OfferStatus.ACTIVE, OfferStatus.PAUSED] })).toEqual(expected('o1', 'o2', 'o3', 'o4', 'o6'));
    expect(await found({ sectors: [Sector.REGIONAL] })).toEqual(expected('region', 'o3', 'c2'));
    expect(await found({ sectors: [Sector.CIVIL_SOCIETY] })).toEqual(expected('volunteer', 'o4'));
    expect(await found({ types: [SearchType.OFFER], age: 16 })).toEqual(expected('o1', 'o3', 'o4', 'o6'));
    expect(await found({ types: [SearchType.OFFER], age: 40 })).toEqual(expected('o4', 'o5', 'o6'));
    expect(await found({ municipalityCodes: ['0540'], statuses: [OfferStatus.ACTIVE] })).toEqual(expected('o1', 'o3', 'o4'));
  });

  it('counts type, sector, access route and status facets as the filtered searches do', async () => {
    const all = await search({ query: word, first: 1 });
    expect(facet(all, 'type').reduce((sum, v) => sum + v.count, 0)).toBe(all.totalCount);
    const filters: Record<string, keyof SearchInput> = {
      type: 'types',
      sector: 'sectors',
      accessRoute: 'accessRoutes',
      status: 'statuses',
    };
    for (const [field, filter] of Object.entries(filters)) {
      const values = facet(all, field);
      expect(values.length).toBeGreaterThan(1);
      for (const value of values) {
        const filtered = await search({ query: word, first: 1, [filter]: [value.value] });
        expect({ field, value: value.value, count: filtered.totalCount }).toEqual({ field, value: value.value, count: value.count });
      }
    }
    expect(facet(all, 'type').find((v) => v.value === 'OFFER')?.label).toBe('Tilbud');
  });

  it('counts municipality and situation facets as SQL over the records does', async () => {
    const result = await search({ query: word, first: 1 });
    const like = `%${word}%`;
    // An organisation serves its municipality, or (regional) every municipality of its region.
    const served = `CASE WHEN g.municipality_code IS NOT NULL THEN ARRAY[g.municipality_code]
      ELSE ARRAY(SELECT mr.municipality_code FROM municipality_region mr WHERE mr.region_key = g.region_key) END`;
    const places = await sql(
      `SELECT code AS value, count(*)::int AS count FROM (
         SELECT unnest(CASE WHEN cardinality(o.municipality_codes) > 0 THEN o.municipality_codes ELSE ${served} END) AS code
           FROM offer o JOIN organisation g ON g.id = o.organisation_id WHERE o.description ILIKE $1
         UNION ALL SELECT unnest(${served}) FROM contact c JOIN organisation g ON g.id = c.organisation_id WHERE c.help_text ILIKE $1
         UNION ALL SELECT unnest(${served}) FROM unit u JOIN organisation g ON g.id = u.organisation_id WHERE u.description ILIKE $1
         UNION ALL SELECT unnest(${served}) FROM organisation g WHERE g.description ILIKE $1) x
       WHERE code IS NOT NULL GROUP BY code`,
      [like],
    );
    const situations = await sql(
      `SELECT key AS value, count(*)::int AS count FROM (
         SELECT unnest(situation_keys) AS key FROM offer WHERE description ILIKE $1
         UNION ALL SELECT unnest(situation_keys) FROM contact WHERE help_text ILIKE $1) x GROUP BY key`,
      [like],
    );
    const counts = (values: { value: unknown; count: unknown }[]) => Object.fromEntries(values.map((v) => [v.value, v.count]));
    expect(counts(facet(result, 'municipality'))).toEqual(counts(places as { value: string; count: number }[]));
    expect(counts(facet(result, 'situation'))).toEqual(counts(situations as { value: string; count: number }[]));
    expect(facet(result, 'municipality').find((v) => v.value === '0540')?.label).toBe('Sønderborg');
  });

  it('browses with filters when the query is empty', async () => {
    for (const query of ['', null, '   ']) {
      const result = await search({ query, municipalityCodes: ['0540'], types: [SearchType.OFFER], first: 50 });
      expect(ids(result).sort()).toEqual(expected('o1', 'o2', 'o3', 'o4'));
      expect(result.totalCount).toBe(4);
      expect(result.correctedQuery).toBeNull();
      for (const edge of result.edges) expect(edge.snippet).not.toContain('<mark>');
    }
  });
});

describe('pagination and input errors', () => {
  const created: string[] = [];
  beforeAll(async () => {
    for (let i = 1; i <= 7; i++)
      created.push((await makeOffer(t.context, { organisationId: helsingor, name: `Fyrskibsgruppe ${'ABCDEFG'[i - 1]}` })).id);
  });

  it('pages through every match once with a stable total', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: SearchConnection = await search({ query: 'fyrskibsgruppe', first: 3, after });
      expect(page.totalCount).toBe(created.length);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...ids(page));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual([...created].sort());
  });

  it('rejects a page larger than 50, a bad cursor and unknown places with Danish messages', async () => {
    await expect(search({ query: 'fyrskibsgruppe', first: 51 })).rejects.toThrow(/"first" skal være mellem 1 og 50/);
    await expect(search({ query: 'fyrskibsgruppe', first: -1 })).rejects.toThrow(/"first"/);
    expect((await search({ query: 'fyrskibsgruppe', first: 50 })).edges).toHaveLength(created.length);
    await expect(search({ query: 'fyrskibsgruppe', after: 'ikke-en-cursor' })).rejects.toThrow(/Ugyldig cursor/);
    await expect(search({ query: 'fyrskibsgruppe', municipalityCodes: ['0217', '9999'] })).rejects.toThrow(/Ukendt kommunekode: "9999"/);
    await expect(search({ query: 'fyrskibsgruppe', regions: ['atlantis'] })).rejects.toThrow(/Ukendt region/);
  });
});
