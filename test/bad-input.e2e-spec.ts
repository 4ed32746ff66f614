import { signInAsAdmin, startTestApp, type TestApp } from '#testing';
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
});
