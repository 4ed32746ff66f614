import { AccountsService } from '#auth';
import { DEFAULT_OPERATION_LIMITS, type Database } from '#core';
import { openSameDatabase } from '#testing';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';
import { publicThemeDay, REGISTER, type Registered } from './theme-day-fixture.js';

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { __typename ... on AuthenticationError { code message } }
}`;
type SignedIn = { signIn: { __typename: string; code?: string; message?: string } };

/** Status and error code of one POST to /graphql. */
async function post(t: TestApp, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Registered; errors?: { extensions: { code: string } }[] };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), code: body.errors?.[0]?.extensions.code, data: body.data };
}

// A whole town hall behind one NAT address (every request here comes from 127.0.0.1), with the
// limits a deployment starts with.
describe('a town hall behind one address, with production limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ limits: DEFAULT_OPERATION_LIMITS });
  });
  afterAll(() => t.close());

  // First, before mail jobs from the tests below write to the database in the background.
  it('writes nothing to the database for queries', async () => {
    t.queries.reset();
    for (let i = 0; i < 20; i++) expect((await t.graphql(`{ regions { key } }`)).errors).toBeUndefined();
    expect(t.queries.queries.filter((q) => /rate_limit_counter|^\s*(INSERT|UPDATE|DELETE)/i.test(q))).toEqual([]);
  });

  // Sent at once, so well within a minute: all counted against the one address's anonymous limit.
  it('lets 200 colleagues register for one theme day at once, and overbooks nobody', async () => {
    const SEATS = 40;
    const dayId = await publicThemeDay(t.app, SEATS);
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        post(t, REGISTER, { input: { themeDayId: dayId, name: `Kollega ${i}`, email: `kollega${i}@kommune.example.org` } }),
      ),
    );
    expect(responses.filter((r) => r.status !== 200 || r.code)).toEqual([]);
    const results = responses.map((r) => r.data!.registerForThemeDay);
    expect(results.filter((r) => r.status === 'CONFIRMED')).toHaveLength(SEATS);
    expect(results.filter((r) => r.status === 'WAITLISTED')).toHaveLength(200 - SEATS);
    const [{ confirmed }]: { confirmed: string }[] = await t.database.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed FROM theme_day_registration WHERE theme_day_id = $1`,
      [dayId],
    );
    expect(Number(confirmed)).toBe(SEATS);
  });

  it('limits the same e-mail registering for one day again and again, and no one else at the address', async () => {
    const dayId = await publicThemeDay(t.app, 5, 'Temadag om spiseforstyrrelser');
    const otherDayId = await publicThemeDay(t.app, 5, 'Temadag om angst');
    const register = (themeDayId: string, email: string) => post(t, REGISTER, { input: { themeDayId, name: 'Gentager', email } });
    expect((await register(dayId, 'gentager@example.org')).data!.registerForThemeDay.status).toBe('CONFIRMED');
    for (let i = 0; i < 4; i++) expect((await register(dayId, 'GENTAGER@example.org')).data!.registerForThemeDay.code).toBe('CONFLICT');
    const refused = await register(dayId, 'gentager@example.org');
    // Refused during execution: HTTP 200 like every execution error (Nest's Apollo driver keeps it
    // so), the code in the error, and Retry-After as for the 429 of the mutation limit.
    expect(refused).toMatchObject({ code: 'TOO_MANY_REQUESTS', data: null });
    expect(Number(refused.retryAfter)).toBeGreaterThan(3500);
    expect((await register(dayId, 'naboen@example.org')).data!.registerForThemeDay.status).toBe('CONFIRMED');
    expect((await register(otherDayId, 'gentager@example.org')).data!.registerForThemeDay.status).toBe('CONFIRMED');
  });

  it('locks an account after five failed sign-ins, not the address: 30 colleagues who mistyped still get in', async () => {
    const accounts = t.app.get(AccountsService);
    const signIn = async (email: string, password: string) => (await t.graphql<SignedIn>(SIGN_IN, { email, password })).data!.signIn;
    await accounts.create({ email: 'glemsom@kommune.example.org', displayName: 'Glemsom', password: 'rigtig-kode-1' });
    for (let i = 0; i < 5; i++) expect((await signIn('glemsom@kommune.example.org', `forkert-${i}`)).code).toBe('AUTHENTICATION_FAILED');
    const locked = await signIn('glemsom@kommune.example.org', 'rigtig-kode-1');
    expect(locked).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', message: expect.stringContaining('denne konto') });

    const colleagues = Array.from({ length: 30 }, (_, i) => `medarbejder${i}@kommune.example.org`);
    for (const email of colleagues) await accounts.create({ email, displayName: 'Medarbejder', password: 'rigtig-kode-2' });
    for (const email of colleagues) expect((await signIn(email, 'forkert')).code).toBe('AUTHENTICATION_FAILED');
    for (const email of colleagues) expect((await signIn(email, 'rigtig-kode-2')).__typename).toBe('Session');
  });
});

describe('the per-address ceiling on failed sign-ins', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ trustProxy: 1, signInLimits: { signInFailuresPerAddress: 10 } });
  });
  afterAll(() => t.close());

  it('refuses an address once failures from it reach the ceiling, across accounts; other addresses go on', async () => {
    await t.app.get(AccountsService).create({ email: 'rigtig@kommune.example.org', displayName: 'Rigtig', password: 'rigtig-kode' });
    const signIn = async (email: string, password: string, address: string) =>
      (await t.graphql<SignedIn>(SIGN_IN, { email, password }, { headers: { 'x-forwarded-for': address } })).data!.signIn;
    for (let i = 0; i < 10; i++) expect((await signIn(`gaet${i}@example.org`, 'gaet', '203.0.113.9')).code).toBe('AUTHENTICATION_FAILED');
    expect(await signIn('rigtig@kommune.example.org', 'rigtig-kode', '203.0.113.9')).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      message: expect.stringContaining('netværksadresse'),
    });
    expect((await signIn('rigtig@kommune.example.org', 'rigtig-kode', '203.0.113.10')).__typename).toBe('Session');
  });
});

// Two API instances on one database (on PostgreSQL each with its own connection pool): one limit.
describe('two app instances on one database', () => {
  let first: TestApp;
  let second: TestApp;
  let shared: Database;
  const limits = { anonymousMutationsPerMinute: 4, mutationsPerMinute: 3 };
  beforeAll(async () => {
    first = await startTestApp({ limits, trustProxy: 1 });
    shared = await openSameDatabase(first.database);
    second = await startTestApp({ limits, trustProxy: 1, database: shared, jobs: { work: false } });
  });
  afterAll(async () => {
    await second.close();
    await shared.close();
    await first.close();
  });

  const RESET = `mutation { requestPasswordReset(email: "nogen@example.org") { accepted } }`;

  it('share the limit per account', async () => {
    const token = await signInAsAdmin(first);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(i % 2 ? second : first, RESET, {}, { authorization: `Bearer ${token}` })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('share the limit per address', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await post(i % 2 ? first : second, RESET, {}, { 'x-forwarded-for': '203.0.113.50' })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });
});
