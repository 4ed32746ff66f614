import { AccountsService } from '#auth';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

const ORIGIN = 'https://intra.example.org';

describe('endpoint hardening', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ corsOrigins: [ORIGIN], introspection: false });
  });
  afterAll(() => t.close());

  it('sends security headers and does not announce Express', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('lets only allow-listed origins call the API from a browser', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
    expect((await preflight(ORIGIN)).headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect((await preflight('https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('blocks a simple cross-site GET (CSRF prevention)', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('can switch introspection off', async () => {
    const res = await t.graphql(`{ __schema { queryType { name } } }`);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('stops password guessing on an account after five failures, even with the right password', async () => {
    await t.app.get(AccountsService).create({ email: 'gaet@example.org', displayName: 'Gæt Mig', password: 'den-rigtige-kode' });
    const signIn = async (password: string) =>
      (
        await t.graphql<{ signIn: { __typename: string; code?: string } }>(
          `mutation ($p: String!) { signIn(input: { email: "gaet@example.org", password: $p }) { __typename ... on AuthenticationError { code } } }`,
          { p: password },
        )
      ).data!.signIn;
    for (let i = 0; i < 5; i++)
      expect(await signIn(`forkert-${i}`)).toEqual({ __typename: 'AuthenticationError', code: 'AUTHENTICATION_FAILED' });
    expect(await signIn('den-rigtige-kode')).toEqual({ __typename: 'AuthenticationError', code: 'TOO_MANY_ATTEMPTS' });
  });

  it('refuses queries nested too deep', async () => {
    const deep = `{ contacts(first: 1) { edges { node { deputy { deputy { deputy { deputy { deputy { deputy { deputy { deputy { deputy { name } } } } } } } } } } } } }`;
    const res = await t.graphql(deep);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toContain('for dyb');
  });

  it('refuses a query that asks for too much at once', async () => {
    const greedy = `{ organisations(first: 100) { edges { node { units { children { children { name description } } } } } } }`;
    const res = await t.graphql(greedy);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const modest = await t.graphql(`{ organisations(first: 10) { edges { node { name units { name } } } } }`);
    expect(modest.errors).toBeUndefined();
  });

  it('estimates the same query text anew for other variables, whatever it answered before', async () => {
    const paged = `query Paged($n: Int!) { organisations(first: $n) { edges { node { units { children { children { name description } } } } } } }`;
    for (const [n, refused] of [
      [1, false],
      [100, true],
      [1, false],
      [100, true],
    ] as const) {
      const res = await t.graphql(paged, { n });
      expect(res.errors?.[0]?.extensions?.code === 'QUERY_TOO_COMPLEX').toBe(refused);
    }
  });
});

describe('body size limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({});
  });
  afterAll(() => t.close());

  const post = (authorization?: string, size = 1_000_000, path = '/graphql', accept = 'application/json') =>
    fetch(`${t.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query: '{ regions { key } }', variables: { filler: 'x'.repeat(size) } }),
    });
  /** The Danish answer every route gives a body over its limit: no Express English, no stack. */
  const expectTooLarge = async (refused: Response) => {
    expect(refused.status).toBe(413);
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await refused.json()).toEqual({ code: 'TOO_LARGE', message: 'Forespørgslen er for stor.' });
  };

  it('takes a body over 100 kB only from a valid sign-in, not from anyone who merely sends an Authorization header', async () => {
    for (const bogus of [undefined, 'Bearer ikke-et-token', 'Basic YWRtaW46YWRtaW4=']) await expectTooLarge(await post(bogus));
    const accepted = await post(`Bearer ${await signInAsAdmin(t)}`);
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as { data: { regions: unknown[] } }).data.regions.length).toBeGreaterThan(0);
  });

  it('answers a body over 15 MB from a valid sign-in with the same Danish TOO_LARGE', async () => {
    await expectTooLarge(await post(`Bearer ${await signInAsAdmin(t)}`, 16 * 1024 * 1024));
  });

  it('answers TOO_LARGE in Danish on the other JSON routes too, also to a browser', async () => {
    for (const path of ['/konto/session', '/hsds/organizations', '/overlevering/ark'])
      for (const accept of ['application/json', 'text/html']) await expectTooLarge(await post(undefined, 200_000, path, accept));
  });

  it('answers a body that is not valid JSON with a Danish 400 on every route, and runs nothing', async () => {
    for (const path of ['/graphql', '/konto/session', '/hsds/organizations'])
      for (const body of ['{"query": ', '{bad', '{"query": "{ regions { key } }",}']) {
        const refused = await fetch(`${t.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        expect(refused.status).toBe(400);
        expect(await refused.json()).toEqual({ code: 'INVALID_JSON', message: 'Forespørgslen er ikke gyldig JSON.' });
      }
  });
});

describe('mutation rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ limits: { anonymousMutationsPerMinute: 3 } });
  });
  afterAll(() => t.close());

  it('answers 429 TOO_MANY_REQUESTS once an address sends more anonymous mutations a minute than allowed', async () => {
    const attempt = () =>
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { requestPasswordReset(email: "nogen@example.org") { accepted } }` }),
      });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(200);
    const refused = await attempt();
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect((await t.graphql(`{ regions { key } }`)).errors).toBeUndefined(); // queries are not limited
  });
});
