import { createServer } from 'node:net';
import { JobQueue, ValidationError } from '#core';
import { AccessRoute, OffersService } from '#directory';
import { MEILI_REBUILD_JOB, MEILI_SYNC_JOB, meilisearchConfig } from '#search';
import { ADMIN_CTX, makeOffer, makeOrganisation, makeUnit, until } from '#testing';
import { startTestApp, type TestApp } from './support/test-app.js';
import { FakeMeilisearch } from './fake-meilisearch.js';

/** A port on loopback that nothing listens on: connections to it are refused (a real refusal, not a mock). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface SearchResponse {
  data?: { search: { totalCount: number; edges: { node: { id: string }; snippet: string }[] } };
  errors?: unknown[];
  extensions?: { search?: unknown };
}

const SEARCH = `query ($q: String) { search(input: { query: $q }) { totalCount edges { snippet node { ... on Offer { id } } } } }`;

describe('Meilisearch configured but down', () => {
  let t: TestApp;
  let port: number;
  let fake: FakeMeilisearch | null = null;
  let organisationId: string;
  let workshop: string;

  const search = async (q: string) => (await t.graphql(SEARCH, { q })) as SearchResponse;
  const everSent = (name: string) => t.app.get(JobQueue).count(name, ['created', 'retry', 'active', 'completed', 'failed', 'cancelled']);
  const documentIds = async () =>
    ((await t.database.dataSource.query(`SELECT id FROM search_document ORDER BY id`)) as { id: string }[]).map((r) => r.id);

  beforeAll(async () => {
    port = await closedPort();
    t = await startTestApp({
      meilisearch: meilisearchConfig(`http://127.0.0.1:${port}`, 'test-key', { retryDelaySeconds: 1, retryLimit: 30, breakerSeconds: 0 }),
    });
    organisationId = (await makeOrganisation(t.app, { name: 'Helsingør Kommune Socialpsykiatri' })).id;
    workshop = (await makeOffer(t.app, { organisationId, name: 'Snedkerværkstedet', description: 'Træarbejde <i>og</i> & lidt mere.' })).id;
  });
  afterAll(async () => {
    await fake?.stop();
    await t?.close();
  });

  it('answers searches from PostgreSQL and says so in the response extensions', async () => {
    const res = await search('snedkerværkstedet');
    expect(res.errors).toBeUndefined();
    expect(res.data?.search.edges.map((e) => e.node.id)).toEqual([workshop]);
    expect(res.extensions?.search).toEqual({
      engine: 'postgres',
      fallback: true,
      reason: expect.stringMatching(/^Meilisearch kan ikke nås \(ECONNREFUSED\)$/),
    });
  });

  it('reports search as degraded on GET /health, with status 200', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'degraded',
      database: { status: 'ok' },
      search: {
        status: 'degraded',
        detail: expect.stringMatching(/^Meilisearch kan ikke nås \(ECONNREFUSED\); søgning bruger PostgreSQL/),
      },
    });
  });

  it('enqueues an indexing job in the mutation’s own transaction, and none for a rejected one', async () => {
    const before = await everSent(MEILI_SYNC_JOB);
    await makeOffer(t.app, { organisationId, name: 'Kanogruppen' });
    expect(await everSent(MEILI_SYNC_JOB)).toBe(before + 1);
    // Rejected inside the transaction (the unit belongs to another organisation): rolled back with it.
    const other = await makeOrganisation(t.app, { name: 'Fredensborg Kommune', municipalityCode: '0210' });
    const unit = await makeUnit(t.app, { organisationId: other.id, name: 'Fremmed enhed' });
    const afterSetup = await everSent(MEILI_SYNC_JOB);
    const rejected = await t.app
      .get(OffersService)
      .create(ADMIN_CTX, { organisationId, unitId: unit.id, name: 'Tømrerholdet', accessRoute: AccessRoute.SELF_REFERRAL });
    expect(rejected).toBeInstanceOf(ValidationError);
    expect(await everSent(MEILI_SYNC_JOB)).toBe(afterSetup);
    // The jobs fail against the refused port and wait for a retry.
    await until(async () => (await t.app.get(JobQueue).count(MEILI_SYNC_JOB, ['retry'])) > 0, 45_000);
  });

  it('catches up once Meilisearch is back: builds the index whole, then sends changes and removals', async () => {
    fake = await FakeMeilisearch.start(port);
    const server = fake;
    // The first job to get through finds no index and builds it from every record.
    await until(
      async () =>
        JSON.stringify(
          server
            .documents()
            .map((d) => d.id)
            .sort(),
        ) === JSON.stringify(await documentIds()),
      45_000,
    );
    expect(await everSent(MEILI_REBUILD_JOB)).toBe(0);
    expect(server.documents().find((d) => d.id === workshop)).toMatchObject({
      type: 'OFFER',
      title: 'Snedkerværkstedet',
      statusRank: 2,
      ageFrom: 0,
      ageTo: 999,
    });
    // Built in a fresh index with the settings, then renamed into place (no half-filled live index).
    expect(server.settings.get('vejviser_rebuild/settings')).toMatchObject({
      filterableAttributes: expect.arrayContaining(['municipalityCodes']),
    });
    expect(server.requests.filter((r) => r.path === '/swap-indexes').map((r) => r.body)).toEqual([
      [{ indexes: ['vejviser_rebuild', 'vejviser'], rename: true }],
    ]);

    const offers = t.app.get(OffersService);
    const later = await makeOffer(t.app, { organisationId, name: 'Løbeklubben' });
    await until(() => server.documents().some((d) => d.id === later.id), 45_000);
    await offers.delete(ADMIN_CTX, later.id);
    await until(() => !server.documents().some((d) => d.id === later.id), 45_000);
    expect(server.requests.every((r) => r.authorization === 'Bearer test-key')).toBe(true);
  });

  it('answers from Meilisearch again, escaping its highlighted snippet', async () => {
    const res = await search('Træarbejde');
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.search).toBeUndefined();
    expect(res.data?.search.edges).toEqual([
      { node: { id: workshop }, snippet: expect.stringContaining('<mark>Træarbejde</mark> &lt;i&gt;og&lt;/i&gt; &amp;') },
    ]);
    const sent = fake!.requests.filter((r) => r.path === '/indexes/vejviser/search').at(-1)?.body;
    expect(sent).not.toHaveProperty('filter');
    expect(sent).toMatchObject({ q: 'Træarbejde', page: 1, hitsPerPage: 10, matchingStrategy: 'all', highlightPreTag: '\u0002' });
    const health = await fetch(`${t.url}/health`);
    expect(await health.json()).toMatchObject({
      status: 'ok',
      search: { status: 'ok', detail: expect.stringMatching(/^meilisearch, \d+ dokumenter/) },
    });
  });
});
