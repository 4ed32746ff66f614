import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';
import { badValuesFor } from './bad-input/bad-values.js';
import { ERROR_RESULTS, argumentsWith, leavesOf, operationText, rootFields, sample, type RootField } from './bad-input/schema-walk.js';
import { changedTables, installWriteCounter, knownIds, type WriteCounter } from './bad-input/write-counter.js';

// Issue 14: bad input generated from the committed schema — every argument and input field of every
// operation, with wrong types, nulls, empty and huge strings, NUL, half surrogates, control characters,
// emoji, CPR-like text, extreme numbers and dates, invalid ids and over-long lists — answers a client
// error or a typed result, never an internal error or HTTP 5xx, and a refused mutation writes nothing.

interface Answer {
  status: number;
  body: { data?: Record<string, { __typename?: string } | null> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

interface Case {
  root: RootField;
  where: string;
  value: unknown;
  args: Record<string, unknown>;
  token?: string;
}

const describeValue = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}… (${text.length} tegn)` : text;
};

describe('bad input generated from the schema', () => {
  let t: TestApp;
  let admin: string;
  let writes: WriteCounter;
  let ids: Map<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ demo: true, demoAsOf: new Date('2026-11-02T09:00:00+01:00'), jobs: { work: false } });
    admin = await signInAsAdmin(t);
    ids = await knownIds(t.database.dataSource);
    writes = await installWriteCounter(t.database.dataSource);
  }, 180_000);
  afterAll(() => t?.close());

  async function send(query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    try {
      return { status: res.status, body: JSON.parse(text) as Answer['body'] };
    } catch {
      return { status: res.status, body: { errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP_${res.status}` } }] } };
    }
  }

  function cases(): Case[] {
    const all: Case[] = [];
    for (const root of rootFields()) {
      for (const leaf of leavesOf(root)) {
        const item = sample(leaf.type, String(leaf.path.at(-1)), root.field.name, ids);
        for (const value of badValuesFor(leaf.type, Array.isArray(item) ? item[0] : item)) {
          const args = argumentsWith(root, leaf.path, value, ids);
          const where = `${root.field.name}(${leaf.path.join('.')})`;
          // Mutations as an administrator, so only the input can stop them; queries both anonymous and signed in.
          if (root.kind === 'mutation') all.push({ root, where, value, args, token: admin });
          else all.push({ root, where, value, args }, { root, where, value, args, token: admin });
        }
      }
    }
    return all;
  }

  it('answers at least 5,000 cases without an internal error, and no refused mutation writes a row', async () => {
    const all = cases();
    const internal: string[] = [];
    const wrote: string[] = [];
    for (const c of all) {
      const before = c.root.kind === 'mutation' ? await writes.writes() : new Map<string, number>();
      const { status, body } = await send(operationText(c.root, c.args), c.args, c.token);
      const codes = (body.errors ?? []).map((e) => e.extensions?.code);
      if (status >= 500 || codes.some((code) => code === 'INTERNAL_SERVER_ERROR' || code?.startsWith('HTTP_5'))) {
        internal.push(`${c.where} = ${describeValue(c.value)}: HTTP ${status} ${body.errors?.[0]?.message ?? ''}`);
      }
      if (c.root.kind === 'mutation') {
        const result = body.data?.[c.root.field.name];
        const refused = codes.length > 0 || !result || ERROR_RESULTS.has(result.__typename ?? '');
        const changed = refused ? changedTables(before, await writes.writes()) : [];
        if (changed.length) wrote.push(`${c.where} = ${describeValue(c.value)}: ${changed.join(', ')}`);
      }
    }
    console.log(`${all.length} generated cases; ${internal.length} internal errors; ${wrote.length} refused mutations that wrote`);
    expect(all.length).toBeGreaterThanOrEqual(5000);
    expect({ internal, wrote }).toEqual({ internal: [], wrote: [] });
  }, 1_800_000);

  it('answers malformed and oversized operations with a client error, never an internal one', async () => {
    const deep = `{ ${'organisations { edges { node { '.repeat(30)}id${' } } }'.repeat(30)} }`;
    const aliases = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: regions { key }`).join(' ')} }`;
    const directives = `{ regions ${'@include(if: true) '.repeat(200)}{ key } }`;
    const tokens = `{ ${'regions { key } '.repeat(5000)} }`;
    const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
      fetch(`${t.url}/graphql`, { method: 'POST', headers, body });
    const get = (query: string) => fetch(`${t.url}/graphql?${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    const attempts: [string, () => Promise<Response>][] = [
      ['deep nesting', () => post(JSON.stringify({ query: deep }))],
      ['1,000 aliases', () => post(JSON.stringify({ query: aliases }))],
      ['200 directives', () => post(JSON.stringify({ query: directives }))],
      ['20,000 tokens', () => post(JSON.stringify({ query: tokens }))],
      ['a subscription', () => post(JSON.stringify({ query: 'subscription { regions { key } }' }))],
      ['a persisted query by GET', () => get(`extensions=${encodeURIComponent('{"persistedQuery":1}')}`)],
      ['a persisted query by POST', () => post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab' } } }))],
      ['a batch of 50', () => post(JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ regions { key } }' }))))],
      ['invalid JSON', () => post('{"query": "{ regions { key } }"')],
      [
        'variables as a string',
        () => post(JSON.stringify({ query: 'query($c: String!) { municipality(code: $c) { name } }', variables: '{"c":"0217"}' })),
      ],
      ['variables as a list', () => post(JSON.stringify({ query: '{ regions { key } }', variables: [1, 2] }))],
      ['an unknown operation name', () => post(JSON.stringify({ query: 'query A { regions { key } }', operationName: 'B' }))],
      ['two operations, no name', () => post(JSON.stringify({ query: 'query A { regions { key } } query B { regions { key } }' }))],
      [
        '__proto__ in variables',
        () => post('{"query":"query($c: String!) { municipality(code: $c) { name } }","variables":{"__proto__":{"c":"0217"}}}'),
      ],
      ['a mutation by GET', () => get(`query=${encodeURIComponent('mutation { signOut { __typename } }')}`)],
      ['text/plain (a forged form)', () => post(JSON.stringify({ query: '{ regions { key } }' }), { 'content-type': 'text/plain' })],
      ['a body over 100 kB', () => post(JSON.stringify({ query: '{ regions { key } }', variables: { x: 'x'.repeat(200_000) } }))],
      ['a NUL in the query text', () => post(JSON.stringify({ query: '{ regions\u0000 { key } }' }))],
      ['bad percent-encoding', () => get('query=%E0%A4%A')],
    ];
    const internal: string[] = [];
    for (const [name, attempt] of attempts) {
      const res = await attempt();
      const text = await res.text();
      if (res.status >= 500 || text.includes('INTERNAL_SERVER_ERROR')) internal.push(`${name}: HTTP ${res.status} ${text.slice(0, 120)}`);
      if (res.status >= 400) expect(text).not.toMatch(/\s{4}at |node_modules|\.ts:\d+/);
    }
    expect(internal).toEqual([]);
  });
});
