import { openAtFilter as openAtOf } from '#directory';
import type { SearchDocument } from '../search-engine.port.js';
import {
  disjunctiveFacetQueries,
  fold,
  MARK_END,
  MARK_START,
  openAtFilter,
  pageWindow,
  toFacets,
  toFilter,
  toMeiliDocument,
  toSnippet,
  toSynonymMap,
} from './meilisearch-document.js';
import { indexSettings, RANKING_RULES } from './meilisearch-settings.js';

const doc: SearchDocument = {
  id: '00000000-0000-4000-8000-000000000001',
  type: 'OFFER',
  organisationId: '00000000-0000-4000-8000-000000000009',
  title: 'Ungecafé i Sønderborg',
  subtitle: null,
  body: `Tekst med styretegn${MARK_START}her${MARK_END}`,
  municipalityCodes: ['0540'],
  regionKeys: [],
  situationKeys: ['discharge'],
  problemKeys: [],
  sector: 'MUNICIPAL',
  accessRoute: 'SELF_REFERRAL',
  status: 'ENDED',
  ageMin: 15,
  ageMax: null,
  lastVerifiedAt: new Date('2026-01-02T03:04:05Z'),
  location: { latitude: 54.91, longitude: 9.79 },
};

describe('Meilisearch documents', () => {
  it('stores the same projection, with dates as epoch ms, a geo point and derived filter fields', () => {
    const stored = toMeiliDocument(doc);
    expect(stored).toMatchObject({
      id: doc.id,
      type: 'OFFER',
      title: 'Ungecafé i Sønderborg',
      municipalityCodes: ['0540'],
      situationKeys: ['discharge'],
      accessRoute: 'SELF_REFERRAL',
      statusRank: 0,
      ageFrom: 15,
      ageTo: 999,
      titleSort: 'ungecafe i sonderborg',
      lastVerifiedAt: Date.parse('2026-01-02T03:04:05Z'),
      _geo: { lat: 54.91, lng: 9.79 },
    });
    expect(stored).not.toHaveProperty('location');
    // Highlight markers in the text itself are dropped, so only Meilisearch can produce <mark>.
    expect(stored.body).toBe('Tekst med styretegn her ');
    expect(toMeiliDocument({ ...doc, location: null, status: null })).not.toHaveProperty('_geo');
    expect(toMeiliDocument({ ...doc, status: 'ACTIVE' }).statusRank).toBe(2);
  });

  it('folds like vejviser_fold', () => {
    expect(fold('Ærø Sønderå Café Œuvre')).toBe('aero sondera cafe oeuvre');
  });
});

describe('Meilisearch filters', () => {
  it('expresses every filter of the query, quoting values', () => {
    expect(
      toFilter({
        text: 'x',
        types: ['OFFER', 'UNIT'],
        municipalityCodes: ['0217'],
        situationKeys: ['discharge'],
        problemKeys: ['anxiety'],
        sectors: ['MUNICIPAL'],
        accessRoutes: ['ANONYMOUS'],
        statuses: ['ACTIVE'],
        age: 17,
        offset: 0,
        limit: 10,
      }),
    ).toEqual([
      'type IN ["OFFER", "UNIT"]',
      'municipalityCodes IN ["0217"]',
      'situationKeys IN ["discharge"]',
      'problemKeys IN ["anxiety"]',
      'sector IN ["MUNICIPAL"]',
      'accessRoute IN ["ANONYMOUS"]',
      'status IN ["ACTIVE"]',
      'ageFrom <= 17',
      'ageTo >= 17',
    ]);
    expect(toFilter({ text: '', situationKeys: ['a"b\\c'], offset: 0, limit: 1 })).toEqual(['situationKeys IN ["a\\"b\\\\c"]']);
  });

  it('matches nothing for an empty municipality list, and everything without filters', () => {
    expect(toFilter({ text: '', municipalityCodes: [], offset: 0, limit: 10 })).toBeNull();
    expect(toFilter({ text: '', types: [], situationKeys: [], offset: 0, limit: 10 })).toEqual([]);
  });

  it('finds records near a point, or covering the municipality it lies in', () => {
    const near = { latitude: 56.03, longitude: 12.61, radiusKm: 12.5, municipalityCode: '0217' };
    expect(toFilter({ text: '', near, offset: 0, limit: 10 })).toEqual(['(_geoRadius(56.03, 12.61, 12500) OR municipalityCodes = "0217")']);
  });

  it('expresses the open-at rule with exceptions, holidays and overnight openings', () => {
    // Easter Monday 2026 (a public holiday), 10:00 in Copenhagen.
    const q = openAtOf(new Date('2026-04-06T08:00:00Z'));
    expect(q.holiday).toBe(true);
    const filter = openAtFilter(q);
    expect(filter).toContain(`exceptionOpen = "${q.dayKey}"`);
    expect(filter).toContain(`NOT exceptionDates = "${q.date}"`);
    expect(filter).toContain(`(openOnHolidays = true AND openSlots = ${q.slot})`);
    expect(filter).toContain(`exceptionOpen = "${q.spillKey}"`);
    expect(filter).toContain(`openSlots = ${q.spillSlot}`);
  });

  it('counts each filtered facet field without its own filter, keeping the other filters (disjunctive facets)', () => {
    expect(disjunctiveFacetQueries({ text: '', municipalityCodes: ['0217'], offset: 0, limit: 10 })).toEqual([]);
    expect(
      disjunctiveFacetQueries({
        text: '',
        municipalityCodes: ['0217'],
        accessRoutes: ['SELF_REFERRAL'],
        types: ['OFFER'],
        offset: 0,
        limit: 10,
      }),
    ).toEqual([
      { attribute: 'type', filter: ['municipalityCodes IN ["0217"]', 'accessRoute IN ["SELF_REFERRAL"]'] },
      { attribute: 'accessRoute', filter: ['type IN ["OFFER"]', 'municipalityCodes IN ["0217"]'] },
    ]);
  });

  it('fetches exact pages: aligned windows as one page, others from the start', () => {
    expect(pageWindow(0, 10)).toEqual({ page: 1, hitsPerPage: 10, skip: 0 });
    expect(pageWindow(20, 10)).toEqual({ page: 3, hitsPerPage: 10, skip: 0 });
    expect(pageWindow(5, 10)).toEqual({ page: 1, hitsPerPage: 15, skip: 5 });
    expect(pageWindow(30, 0)).toEqual({ page: 1, hitsPerPage: 0, skip: 0 });
  });
});

describe('Meilisearch results', () => {
  it('orders facets like the PostgreSQL engine and leaves out empty ones', () => {
    expect(
      toFacets({
        status: { ACTIVE: 1, ENDED: 1 },
        municipalityCodes: { '0217': 1, '0540': 3, '0101': 3 },
        type: { OFFER: 4 },
        sector: {},
      }),
    ).toEqual([
      { field: 'type', values: [{ value: 'OFFER', count: 4 }] },
      {
        field: 'municipality',
        values: [
          { value: '0101', count: 3 },
          { value: '0540', count: 3 },
          { value: '0217', count: 1 },
        ],
      },
      {
        field: 'status',
        values: [
          { value: 'ACTIVE', count: 1 },
          { value: 'ENDED', count: 1 },
        ],
      },
    ]);
  });

  it('escapes the snippet and turns only Meilisearch highlights into <mark>', () => {
    const formatted = { subtitle: 'Familie & <b>unge</b>', body: `…hjælp ved ${MARK_START}spiseforstyrrelser${MARK_END} "nu"…` };
    expect(toSnippet(formatted, true)).toBe(
      'Familie &amp; &lt;b&gt;unge&lt;/b&gt; — …hjælp ved <mark>spiseforstyrrelser</mark> &quot;nu&quot;…',
    );
    expect(toSnippet({ subtitle: null, body: 'x'.repeat(300) }, false)).toBe('x'.repeat(200));
  });

  it('turns synonym groups into a mutual synonym map, also under folded spellings', () => {
    expect(
      toSynonymMap([
        ['BUP', 'Børnepsykiatri'],
        ['udskrivning', 'udskrivelse'],
      ]),
    ).toEqual({
      bup: ['børnepsykiatri'],
      børnepsykiatri: ['bup'],
      bornepsykiatri: ['bup'],
      udskrivning: ['udskrivelse'],
      udskrivelse: ['udskrivning'],
    });
  });

  it('declares every filtered and sorted field in the index settings', () => {
    const settings = indexSettings({});
    const filterable = settings.filterableAttributes as string[];
    for (const field of [
      'type',
      'municipalityCodes',
      'situationKeys',
      'problemKeys',
      'sector',
      'accessRoute',
      'status',
      'ageFrom',
      'ageTo',
    ]) {
      expect(filterable).toContain(field);
    }
    for (const field of ['_geo', 'alwaysOpen', 'openOnHolidays', 'openSlots', 'exceptionDates', 'exceptionOpen'])
      expect(filterable).toContain(field);
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(['titleSort', 'id', 'statusRank', '_geo']));
    expect(RANKING_RULES).toContain('statusRank:desc');
    expect(settings.searchableAttributes).toEqual(['title', 'subtitle', 'body']);
  });
});
