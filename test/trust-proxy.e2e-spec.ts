import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from './support/test-app.js';
import { withoutDigits } from './support/without-digits.js';
import type { TrustProxy } from '../apps/api/src/http/configure-http.js';

const SIGN_IN = `mutation ($email: String!) { signIn(input: { email: $email, password: "forkert" }) { __typename } }`;
const RESET = `mutation { requestPasswordReset(email: "nogen@example.org") { accepted } }`;

/** The address the server took a request for: a failed sign-in records it for the throttle. */
async function addressSeen(t: TestApp, forwardedFor?: string): Promise<string> {
  const email = `ukendt-${withoutDigits(randomUUID())}@example.org`;
  // The describe's tight limit on anonymous mutations is for its last test: it does not refuse these sign-ins.
  await t.database.dataSource.query(`DELETE FROM rate_limit_counter`);
  const answer = await t.graphql(SIGN_IN, { email }, { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });
  const read = async (): Promise<{ address: string }[]> =>
    t.database.dataSource.query(`SELECT address FROM sign_in_failure WHERE email = $1`, [email]);
  let rows = await read();
  for (let tries = 0; rows.length === 0 && tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    rows = await read();
  }
  // If no row is there, say what the sign-in answered.
  if (rows.length !== 1) throw new Error(`${rows.length} failed sign-ins recorded; the sign-in answered ${JSON.stringify(answer)}`);
  return rows[0].address;
}

/** Status codes of anonymous mutations, each claiming to come from another address. */
async function fromManyAddresses(t: TestApp, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i + 1}` },
      body: JSON.stringify({ query: RESET }),
    });
    statuses.push(res.status);
  }
  return statuses;
}

// Every request in these tests comes over loopback (127.0.0.1); the header claims another address.
describe.each<[string, TrustProxy, boolean]>([
  ['off (the default)', false, false],
  ['1 (one proxy in front)', 1, true],
  ['the proxy’s address', ['127.0.0.1'], true],
  ['another address', ['10.0.0.1', '192.168.0.0/16'], false],
])('TRUST_PROXY %s', (_name, trustProxy, believed) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ trustProxy, limits: { anonymousMutationsPerMinute: 3 } });
  });
  afterAll(() => t.close());

  it(believed ? 'takes the client address from X-Forwarded-For' : 'ignores X-Forwarded-For', async () => {
    expect(await addressSeen(t)).toBe('127.0.0.1');
    expect(await addressSeen(t, '203.0.113.7')).toBe(believed ? '203.0.113.7' : '127.0.0.1');
  });

  if (believed)
    it('believes only the entry the trusted proxy added, not what the client wrote before it', async () => {
      expect(await addressSeen(t, '6.6.6.6, 203.0.113.7')).toBe('203.0.113.7');
    });

  it(believed ? 'counts limits per real client address' : 'counts every claimed address as the one it comes from', async () => {
    await t.database.dataSource.query(`DELETE FROM rate_limit_counter`); // the sign-ins above counted too
    expect(await fromManyAddresses(t, 4)).toEqual(believed ? [200, 200, 200, 200] : [200, 200, 200, 429]);
  });
});
