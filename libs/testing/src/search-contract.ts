import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { openAtFilter } from '#directory';
import {
  RELEVANCE_CASES,
  RELEVANCE_FLOOR,
  SearchProjector,
  SearchService,
  belowFloor,
  engineSearch,
  evaluateRelevance,
  formatReport,
  loadRelevanceCatalogue,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
} from '#search';
import { createTestContext, type TestContext } from './test-context.js';

/** An engine under test, on an index of its own; `close` removes that index. */
export interface ContractSubject {
  engine: SearchEngine;
  close(): Promise<void>;
}

/** Opens the engine; `context` is the app on a test database with the demo data (for its documents and synonyms). */
export type ContractEngineFactory = (context: INestApplicationContext) => Promise<ContractSubject>;

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ORG = id(999);

/** An invented search document: an active municipal offer in Helsingør with `fields`. */
export function searchDocument(documentId: string, organisationId: string, fields: Partial<SearchDocument>): SearchDocument {
  return {
    id: documentId,
    type: 'OFFER',
    organisationId,
    title: '',
    subtitle: null,
    body: '',
    municipalityCodes: ['0217'],
    regionKeys: [],
    situationKeys: [],
    problemKeys: [],
    sector: 'MUNICIPAL',
    accessRoute: null,
    status: 'ACTIVE',
    ageMin: null,
    ageMax: null,
    lastVerifiedAt: null,
    ...fields,
  };
}

const doc = (n: number, fields: Partial<SearchDocument>) => searchDocument(id(n), ORG, fields);

/** Invented records; the words are chosen so each test's matches are known exactly. */
const DOCS: SearchDocument[] = [
  doc(1, {
    title: 'Spiseforstyrrelsesteamet',
    subtitle: 'Familie & <b>unge</b>',
    body: 'Hjælp til unge med spiseforstyrrelser og deres forældre "nu".',
    situationKeys: ['eating'],
    problemKeys: ['eating-disorder'],
    accessRoute: 'REFERRAL',
    ageMin: 12,
    ageMax: 17,
  }),
  doc(2, { title: 'Selvmordsforebyggelse', body: 'Samtaler om tanker om selvmord.', accessRoute: 'ANONYMOUS', ageMin: 18 }),
  doc(3, { title: 'Samtalegruppe for pårørende', body: 'En gruppe i Sønderborg.', municipalityCodes: ['0540'], status: 'ACTIVE' }),
  doc(4, { title: 'Samtalegruppe for pårørende', body: 'En gruppe der er lukket.', municipalityCodes: ['0540'], status: 'ENDED' }),
  doc(5, { title: 'Bostøtte', body: 'Støtte i eget hjem.', ageMax: 25 }),
  doc(6, { title: 'Værestedet', body: 'Et sted at være, også med bostøtte om aftenen.' }),
  doc(7, {
    type: 'ORGANISATION',
    title: 'Region Syddanmark Psykiatri',
    body: 'Regional psykiatri.',
    municipalityCodes: ['0540', '0461', '0561'],
    regionKeys: ['syddanmark'],
    sector: 'REGIONAL',
    status: null,
  }),
  doc(8, { type: 'CONTACT', title: 'Rådgiveren', body: 'Socialrådgiver for voksne.', status: null, situationKeys: ['discharge'] }),
  doc(9, { type: 'UNIT', title: 'Ungecaféen', body: 'Mødested for unge.', status: null, sector: 'CIVIL_SOCIETY' }),
  ...Array.from({ length: 7 }, (_, i) =>
    doc(20 + i, { title: `Kursusrække ${String.fromCharCode(65 + i)}`, body: 'Mestringskursus om angst.' }),
  ),
];

/**
 * The search engine contract: what every engine behind the port must do, run unchanged against
 * each (PostgreSQL always; Meilisearch when MEILI_URL is set). Call it at the top level of a test
 * file: it defines the Jest tests. The relevance suite (libs/search/src/relevance) runs last, on
 * the demo data indexed into the engine.
 */
export function defineSearchEngineContract(name: string, open: ContractEngineFactory): void {
  describe(`search engine contract: ${name}`, () => {
    let t: TestContext;
    let subject: ContractSubject;
    let engine: SearchEngine;

    const search = (query: Partial<SearchQuery>): Promise<SearchResult> => engine.search({ text: '', offset: 0, limit: 50, ...query });
    const ids = async (query: Partial<SearchQuery>): Promise<string[]> => (await search(query)).hits.map((h) => h.id);
    const sorted = async (query: Partial<SearchQuery>): Promise<string[]> => (await ids(query)).sort();
    const facet = (result: SearchResult, field: string) => result.facets.find((f) => f.field === field)?.values ?? [];

    beforeAll(async () => {
      t = await createTestContext({ demo: true });
      subject = await open(t.context);
      engine = subject.engine;
      await engine.clear();
      await engine.index(DOCS);
    });
    afterAll(async () => {
      await subject?.close();
      await t?.close();
    });

    describe('indexing and removal', () => {
      it('finds an indexed document by a word of its title, subtitle or body', async () => {
        expect(await ids({ text: 'spiseforstyrrelsesteamet' })).toEqual([id(1)]);
        expect(await ids({ text: 'forældre' })).toEqual([id(1)]);
        expect(await ids({ text: 'mestringskursus' })).toHaveLength(7);
        const result = await search({ text: 'selvmordsforebyggelse' });
        expect(result).toMatchObject({ total: 1, hits: [{ id: id(2), type: 'OFFER' }] });
        expect(typeof result.hits[0].score).toBe('number');
      });

      it('replaces a document indexed again under the same id (indexing is idempotent)', async () => {
        const all = (await search({})).total;
        await engine.index([doc(30, { title: 'Havkajakgruppen' })]);
        await engine.index([doc(30, { title: 'Havkajakgruppen' })]);
        expect(await ids({ text: 'havkajakgruppen' })).toEqual([id(30)]);
        await engine.index([doc(30, { title: 'Kanogruppen' })]);
        expect(await ids({ text: 'havkajakgruppen' })).toEqual([]);
        expect(await ids({ text: 'kanogruppen' })).toEqual([id(30)]);
        expect((await search({})).total).toBe(all + 1);
      });

      it('removes documents, ignoring ids it does not have', async () => {
        await engine.remove([id(30), id(12345)]);
        expect(await ids({ text: 'kanogruppen' })).toEqual([]);
        expect((await search({})).total).toBe(DOCS.length);
      });
    });

    describe('words', () => {
      it('requires every word, and falls back to fewer words when no document has them all', async () => {
        expect(await sorted({ text: 'samtalegruppe sønderborg' })).toEqual([id(3)]);
        expect(await sorted({ text: 'samtalegruppe xylofonundervisning' })).toEqual([id(3), id(4)]);
      });

      it('matches the last word as a prefix, while it is being typed', async () => {
        expect(await ids({ text: 'spiseforstyr' })).toContain(id(1));
      });

      it('tolerates a typo in a long word', async () => {
        expect(await ids({ text: 'selvmordsforebygelse' })).toContain(id(2));
        expect(await ids({ text: 'spiseforstyrrelsesteamat' })).toContain(id(1));
      });

      it('folds accents in the text and in the query', async () => {
        expect(await ids({ text: 'ungecafeen' })).toContain(id(9));
        expect(await ids({ text: 'sonderborg' })).toContain(id(3));
      });

      it('ranks a title match above a body mention, and an ended offer below an active one', async () => {
        expect((await ids({ text: 'bostøtte' })).slice(0, 2)).toEqual([id(5), id(6)]);
        expect(await ids({ text: 'samtalegruppe pårørende' })).toEqual([id(3), id(4)]);
      });

      it('browses every document when there are no words', async () => {
        const result = await search({ limit: 0 });
        expect(result.total).toBe(DOCS.length);
        expect(result.hits).toEqual([]);
      });
    });

    describe('filters', () => {
      it('filters by type, sector, access route, status, situation and problem', async () => {
        expect(await sorted({ types: ['CONTACT', 'UNIT'] })).toEqual([id(8), id(9)]);
        expect(await sorted({ sectors: ['REGIONAL', 'CIVIL_SOCIETY'] })).toEqual([id(7), id(9)]);
        expect(await sorted({ accessRoutes: ['ANONYMOUS', 'REFERRAL'] })).toEqual([id(1), id(2)]);
        expect(await sorted({ statuses: ['ENDED'] })).toEqual([id(4)]);
        expect(await sorted({ situationKeys: ['discharge', 'eating'] })).toEqual([id(1), id(8)]);
        expect(await sorted({ problemKeys: ['eating-disorder'] })).toEqual([id(1)]);
        expect(await sorted({ text: 'samtalegruppe', statuses: ['ACTIVE'], municipalityCodes: ['0540'] })).toEqual([id(3)]);
      });

      it('finds what serves a municipality, regional records included, and nothing for an empty list', async () => {
        expect(await sorted({ municipalityCodes: ['0461'] })).toEqual([id(7)]);
        expect(await sorted({ municipalityCodes: ['0540'] })).toEqual([id(3), id(4), id(7)]);
        expect(await sorted({ municipalityCodes: ['0540'], types: ['ORGANISATION'] })).toEqual([id(7)]);
        expect((await search({ municipalityCodes: [] })).total).toBe(0);
      });

      it('finds what fits an age, open age ranges included', async () => {
        const noAge = DOCS.filter((d) => d.ageMin === null && d.ageMax === null).map((d) => d.id);
        expect(await sorted({ age: 15 })).toEqual([id(1), id(5), ...noAge].sort());
        expect(await sorted({ age: 18 })).toEqual([id(2), id(5), ...noAge].sort());
        expect(await sorted({ age: 30 })).toEqual([id(2), ...noAge].sort());
      });
    });

    describe('facets', () => {
      it('counts the matching documents per value, most frequent first, then by value', async () => {
        const result = await search({ municipalityCodes: ['0540'] });
        expect(facet(result, 'type')).toEqual([
          { value: 'OFFER', count: 2 },
          { value: 'ORGANISATION', count: 1 },
        ]);
        expect(facet(result, 'municipality')).toEqual([
          { value: '0540', count: 3 },
          { value: '0461', count: 1 },
          { value: '0561', count: 1 },
        ]);
        expect(facet(result, 'status')).toEqual([
          { value: 'ACTIVE', count: 1 },
          { value: 'ENDED', count: 1 },
        ]);
        expect(facet(result, 'sector')).toEqual([
          { value: 'MUNICIPAL', count: 2 },
          { value: 'REGIONAL', count: 1 },
        ]);
        expect(facet(result, 'accessRoute')).toEqual([]);
      });

      it('counts array fields per element', async () => {
        const result = await search({ text: 'spiseforstyrrelser' });
        expect(facet(result, 'situation')).toEqual([{ value: 'eating', count: 1 }]);
        expect(facet(result, 'problemTag')).toEqual([{ value: 'eating-disorder', count: 1 }]);
      });

      it("counts a field's values without its own filter, so the other values still show; across fields filters combine", async () => {
        const extra = [
          doc(40, { title: 'Kajakvej rådgivning', body: 'Kajakvej uden henvisning.', accessRoute: 'SELF_REFERRAL' }),
          doc(41, { title: 'Kajakvej gruppe', body: 'Kajakvej med henvisning.', accessRoute: 'REFERRAL', status: 'PAUSED' }),
          doc(42, { type: 'CONTACT', title: 'Kajakvej linjen', body: 'Kajakvej ring selv.', accessRoute: 'SELF_REFERRAL', status: null }),
        ];
        await engine.index(extra);
        try {
          const self = await search({ text: 'kajakvej', accessRoutes: ['SELF_REFERRAL'] });
          expect(self.total).toBe(2);
          expect(facet(self, 'accessRoute')).toEqual([
            { value: 'SELF_REFERRAL', count: 2 },
            { value: 'REFERRAL', count: 1 },
          ]);
          expect(facet(self, 'type')).toEqual([
            { value: 'CONTACT', count: 1 },
            { value: 'OFFER', count: 1 },
          ]);
          expect(facet(self, 'status')).toEqual([{ value: 'ACTIVE', count: 1 }]);

          const offers = await search({ text: 'kajakvej', accessRoutes: ['SELF_REFERRAL'], types: ['OFFER'] });
          expect(offers.total).toBe(1);
          expect(offers.hits.map((h) => h.id)).toEqual([id(40)]);
          expect(facet(offers, 'accessRoute')).toEqual([
            { value: 'REFERRAL', count: 1 },
            { value: 'SELF_REFERRAL', count: 1 },
          ]);
          expect(facet(offers, 'type')).toEqual([
            { value: 'CONTACT', count: 1 },
            { value: 'OFFER', count: 1 },
          ]);
        } finally {
          await engine.remove(extra.map((d) => d.id));
        }
      });
    });

    describe('pagination', () => {
      it('pages through every match once, with the same total on every page', async () => {
        const page = (offset: number, limit: number) => search({ text: 'mestringskursus', offset, limit });
        const all = (await page(0, 50)).hits.map((h) => h.id);
        expect(all).toHaveLength(7);
        const pages = [await page(0, 3), await page(3, 3), await page(6, 3)];
        expect(pages.map((p) => p.total)).toEqual([7, 7, 7]);
        expect(pages.flatMap((p) => p.hits.map((h) => h.id))).toEqual(all);
        expect((await page(2, 3)).hits.map((h) => h.id)).toEqual(all.slice(2, 5));
        expect((await page(7, 3)).hits).toEqual([]);
        expect(await page(0, 0)).toMatchObject({ total: 7, hits: [] });
      });

      it('browses in a stable order: active before ended, then by title', async () => {
        const browse = await ids({ municipalityCodes: ['0540'], types: ['OFFER'] });
        expect(browse).toEqual([id(3), id(4)]);
        const courses = await ids({});
        expect(courses.filter((x) => x >= id(20) && x <= id(26))).toEqual(Array.from({ length: 7 }, (_, i) => id(20 + i)));
      });
    });

    describe('snippets', () => {
      it('marks the matched words and HTML-escapes everything else', async () => {
        const [hit] = (await search({ text: 'spiseforstyrrelser' })).hits;
        expect(hit.snippet).toMatch(/<mark>spiseforstyrrelser<\/mark>/i);
        expect(hit.snippet).toContain('&lt;b&gt;unge&lt;/b&gt;');
        expect(hit.snippet).toContain('&amp;');
        expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      });

      it('shows the start of the text, escaped, when browsing without words', async () => {
        const [hit] = (await search({ problemKeys: ['eating-disorder'] })).hits;
        expect(hit.snippet).toContain('Familie &amp; &lt;b&gt;unge&lt;/b&gt;');
        expect(hit.snippet).not.toContain('<mark>');
      });
    });

    describe('place and time', () => {
      const helsingor = { latitude: 56.0361, longitude: 12.6136 };
      const hillerod = { latitude: 55.9267, longitude: 12.3109 };
      // A Tuesday, 10:00 in Copenhagen.
      const q = openAtFilter(new Date('2026-03-10T09:00:00Z'));
      beforeAll(async () => {
        await engine.index([
          doc(40, { title: 'Stedprøve Helsingør', location: helsingor, municipalityCodes: ['0217'] }),
          doc(41, { title: 'Stedprøve Hillerød', location: hillerod, municipalityCodes: ['0219'] }),
          doc(42, { title: 'Stedprøve uden adresse', location: null, municipalityCodes: ['0217'] }),
          doc(43, { title: 'Stedprøve Sønderborg', location: { latitude: 54.9089, longitude: 9.7892 }, municipalityCodes: ['0540'] }),
          doc(50, { title: 'Tidsprøve døgnåben', alwaysOpen: true }),
          doc(51, { title: 'Tidsprøve åben nu', openSlots: [q.slot - 1, q.slot, q.slot + 1] }),
          doc(52, { title: 'Tidsprøve åbner senere', openSlots: [q.slot + 8] }),
          doc(53, { title: 'Tidsprøve lukket i dag', alwaysOpen: true, exceptionDates: [q.date] }),
          doc(54, { title: 'Tidsprøve ekstra åben', exceptionDates: [q.date], exceptionOpen: [q.dayKey] }),
        ]);
      });
      const near = (radiusKm: number) => ({ ...helsingor, radiusKm, municipalityCode: '0217' });

      it('finds what lies within a radius of a point, or covers the municipality the point lies in', async () => {
        expect(await sorted({ text: 'stedprøve', near: near(30) })).toEqual([id(40), id(41), id(42)]);
        expect(await sorted({ text: 'stedprøve', near: near(5) })).toEqual([id(40), id(42)]);
      });

      it('sorts by distance, records without a location last, and says how far each is', async () => {
        const { hits } = await search({ text: 'stedprøve', near: near(30), sortBy: 'DISTANCE' });
        expect(hits.map((h) => h.id)).toEqual([id(40), id(41), id(42)]);
        expect(hits[0].distanceKm).toBeCloseTo(0, 1);
        expect(hits[1].distanceKm).toBeGreaterThan(20);
        expect(hits[1].distanceKm).toBeLessThan(26);
        expect(hits[2].distanceKm ?? null).toBeNull();
      });

      it('finds what is open at a moment: always, by weekly hours, or by an exception', async () => {
        expect(await sorted({ text: 'tidsprøve', openAt: q })).toEqual([id(50), id(51), id(54)]);
      });
    });

    describe('clear', () => {
      it('removes every document', async () => {
        await engine.clear();
        expect((await search({})).total).toBe(0);
        expect((await search({ text: 'bostøtte' })).hits).toEqual([]);
      });
    });

    describe('relevance over the demo data', () => {
      it(`meets the relevance floor (${RELEVANCE_CASES.length} queries)`, async () => {
        const projector = t.context.get(SearchProjector);
        const docs = await projector.project(await projector.loadAll(t.context.get(DataSource).manager), { organisations: [], units: [] });
        await engine.clear();
        await engine.index(docs);
        const catalogue = await loadRelevanceCatalogue(t.context.get(DataSource));
        const report = await evaluateRelevance(engineSearch(t.context.get(SearchService), engine), catalogue, RELEVANCE_CASES);
        expect({ engine: name, belowFloor: belowFloor(report, RELEVANCE_FLOOR), report: formatReport(report) }).toEqual({
          engine: name,
          belowFloor: [],
          report: expect.any(String),
        });
      });
    });
  });
}
