import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { json, type Request, type Response } from 'express';
import { buildSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { DirectoryGeneration } from '#directory';
import { SearchResultCache } from '#search';
import { NoMetrics } from '../observability/metrics.js';
import { requestScope } from '../observability/request-scope.js';
import { PublicAnswerCache } from './public-answer-cache.js';
import { repositoryRoot } from './repository-root.js';

// The answer cache in front of a stand-in for GraphQL that numbers its answers, over a stand-in for the
// database whose `generation` is what search_generation holds; what a query selects is read with the API's schema. The real GraphQL endpoint and database:
// test/search-cache.e2e-spec.ts (PGlite) and test/search-cache.pg-spec.ts (two processes on PostgreSQL).
const SEARCH = 'query Find($q: String!) { search(input: { query: $q }) { totalCount } }';
const HANDOVER = `query Guide($m: String!, $at: DateTime) {
  handoverGuide(municipalityCode: $m, at: $at) { at entryPoints { ...Entry } themeDays { title startsAt } }
}
fragment Entry on HandoverEntryPoint { callNow contact { name channels { value } } openingStatus { openNow } }`;
const schema = buildSchema(readFileSync(join(repositoryRoot(), 'schema/schema.graphql'), 'utf8'));

describe('PublicAnswerCache', () => {
  const state = {
    generation: 1,
    runs: 0,
    fail: false,
    now: Date.now(),
    databaseDown: false,
    /** What GraphQL's context says the answer holds until (RequestContext.heldUntil); undefined: no context made. */
    holds: undefined as number | undefined,
  };
  let server: Server;
  let url: string;
  let results: SearchResultCache;

  beforeAll(async () => {
    const dataSource = {
      query: () =>
        state.databaseDown
          ? Promise.reject(new Error('forbindelsen er lukket'))
          : Promise.resolve([{ generation: String(state.generation) }]),
    } as Pick<DataSource, 'query'> as DataSource;
    results = new SearchResultCache(new DirectoryGeneration(dataSource), { meilisearch: null, cacheEntries: 100 });
    const app = express();
    app.use(json());
    app.use((_req, _res, next) => requestScope.run({ id: 'spec' }, next));
    app.use(
      new PublicAnswerCache(
        results,
        new NoMetrics(),
        () => schema,
        () => state.now,
      ).middleware(),
    );
    app.post('/graphql', (_req: Request, res: Response) => {
      state.runs++;
      const holds = state.holds;
      if (holds !== undefined) requestScope.current()!.answerHolds = () => holds;
      if (state.fail) res.status(200).json({ errors: [{ message: 'nej' }], data: null });
      else res.status(200).json({ data: { run: state.runs } });
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    state.fail = false;
    state.holds = undefined;
  });

  const post = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as { data?: { run: number } } };
  };
  const run = async (query: string, variables: Record<string, unknown>, headers?: Record<string, string>) =>
    (await post(query, variables, headers)).body.data?.run;

  it('answers a search asked before from memory, as JSON', async () => {
    const first = await run(SEARCH, { q: 'angst' });
    const second = await post(SEARCH, { q: 'angst' });
    expect(second).toEqual({ status: 200, type: 'application/json; charset=utf-8', body: { data: { run: first } } });
    expect(await run(SEARCH, { q: 'angst unge' })).toBe(first! + 1);
  });

  it('runs again once the directory changed (a new generation) or this process cleared its search cache', async () => {
    await run(SEARCH, { q: 'bostøtte' });
    const kept = await run(SEARCH, { q: 'bostøtte' });
    expect(await run(SEARCH, { q: 'bostøtte' })).toBe(kept);
    state.generation++;
    const afterWrite = await run(SEARCH, { q: 'bostøtte' });
    expect(afterWrite).toBeGreaterThan(kept!);
    expect(await run(SEARCH, { q: 'bostøtte' })).toBe(afterWrite);
    results.clear();
    expect(await run(SEARCH, { q: 'bostøtte' })).toBeGreaterThan(afterWrite!);
  });

  it('without word from GraphQL on the clock, keeps an answer to the end of the minute it was made in, never longer', async () => {
    const minute = Date.UTC(2031, 0, 6, 1, 59);
    state.now = minute + 50_000;
    await run(SEARCH, { q: 'krise' });
    const kept = await run(SEARCH, { q: 'krise' });
    state.now = minute + 59_999;
    expect(await run(SEARCH, { q: 'krise' })).toBe(kept);
    state.now = minute + 60_000;
    expect(await run(SEARCH, { q: 'krise' })).toBeGreaterThan(kept!);
  });

  it('keeps an answer until the clock would change it (a place opens), 15 minutes or the day at most', async () => {
    const minute = Date.UTC(2031, 0, 6, 9, 0); // 10:00 in Copenhagen
    state.now = minute;
    state.holds = minute + 5 * 60_000;
    await run(SEARCH, { q: 'åbner' });
    const kept = await run(SEARCH, { q: 'åbner' });
    state.now = minute + 5 * 60_000 - 1;
    expect(await run(SEARCH, { q: 'åbner' })).toBe(kept);
    state.now = minute + 5 * 60_000;
    expect(await run(SEARCH, { q: 'åbner' })).toBeGreaterThan(kept!);

    state.holds = Infinity;
    const fresh = await run(SEARCH, { q: 'åbner' });
    state.now += 15 * 60_000 - 1;
    expect(await run(SEARCH, { q: 'åbner' })).toBe(fresh);
    state.now += 1;
    expect(await run(SEARCH, { q: 'åbner' })).toBeGreaterThan(fresh!);

    // 23:55 in Copenhagen: the date changes at midnight, in 5 minutes.
    state.now = Date.UTC(2031, 0, 6, 22, 55);
    const late = await run(SEARCH, { q: 'åbner' });
    state.now += 5 * 60_000 - 1;
    expect(await run(SEARCH, { q: 'åbner' })).toBe(late);
    state.now += 1;
    expect(await run(SEARCH, { q: 'åbner' })).toBeGreaterThan(late!);
  });

  it('never keeps what a signed-in caller asks, errors, mutations or other root fields', async () => {
    const signedIn = { authorization: 'Bearer abc' };
    const twice = async (query: string, variables: Record<string, unknown>, headers?: Record<string, string>) => {
      for (let i = 0; i < 2; i++) await run(query, variables, headers);
      const before = state.runs;
      await post(query, variables, headers);
      return state.runs - before;
    };
    expect(await twice(SEARCH, { q: 'personale' }, signedIn)).toBe(1);
    expect(await twice('mutation { signOut { __typename } }', {})).toBe(1);
    expect(await twice('query { me { id } search(input: {}) { totalCount } }', {})).toBe(1);
    expect(await twice('query { ...F } fragment F on Query { search(input: {}) { totalCount } }', {})).toBe(1);
    state.fail = true;
    expect(await twice(SEARCH, { q: 'fejl' })).toBe(1);
  });

  it('keeps handover answers for a moment, with their fragments', async () => {
    const at = '2031-01-06T02:00:00.000Z';
    await run(HANDOVER, { m: '0217', at });
    const kept = await run(HANDOVER, { m: '0217', at });
    expect(await run(HANDOVER, { m: '0217', at })).toBe(kept);
    expect(await run(HANDOVER, { m: '0217', at: '2031-01-06T02:01:00.000Z' })).toBeGreaterThan(kept!);
  });

  it("never keeps what reads more than the generation watches: registrations, a theme day's network, unknown fields", async () => {
    const keptAfterTwo = async (query: string) => {
      for (let i = 0; i < 2; i++) await run(query, {});
      const before = state.runs;
      await run(query, {});
      return state.runs === before;
    };
    expect(await keptAfterTwo('{ handoverGuide(municipalityCode: "0217") { themeDays { title hostOrganisation { name } } } }')).toBe(true);
    expect(await keptAfterTwo('{ handoverGuide(municipalityCode: "0217") { themeDays { seatsLeft } } }')).toBe(false);
    expect(await keptAfterTwo('{ handoverGuide(municipalityCode: "0219") { themeDays { network { name } } } }')).toBe(false);
    expect(
      await keptAfterTwo('{ search(input: {}) { edges { node { ... on Organisation { hostedThemeDays { registrationOpen } } } } } }'),
    ).toBe(false);
    expect(await keptAfterTwo('{ search(input: {}) { noSuchField } }')).toBe(false);
  });

  it('lets GraphQL answer when the generation cannot be read', async () => {
    await run(SEARCH, { q: 'nede' });
    await run(SEARCH, { q: 'nede' });
    state.databaseDown = true;
    const before = state.runs;
    expect((await post(SEARCH, { q: 'nede' })).status).toBe(200);
    expect(state.runs).toBe(before + 1);
    state.databaseDown = false;
  });

  it('keeps suggest answers, per prefix', async () => {
    const SUGGEST = 'query ($p: String!) { suggest(prefix: $p) { label } }';
    await run(SUGGEST, { p: 'hel' });
    const kept = await run(SUGGEST, { p: 'hel' });
    expect(await run(SUGGEST, { p: 'hel' })).toBe(kept);
    expect(await run(SUGGEST, { p: 'hels' })).toBeGreaterThan(kept!);
  });
});
