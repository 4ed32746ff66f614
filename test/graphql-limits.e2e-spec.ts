import { GRAPHQL_LIMITS } from '#core';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Answer {
  status: number;
  errors: { message: string; extensions?: { code?: string } }[];
}

async function post(t: TestApp, body: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, errors: ((await res.json()) as { errors?: Answer['errors'] }).errors ?? [] };
}

/** `contacts → edges → node`, then `deputies` levels of `deputy`, then `name`: 4 + deputies levels deep. */
const nested = (deputies: number) =>
  `{ contacts(first: 1) { edges { node { ${'deputy { '.repeat(deputies)}name${' }'.repeat(deputies)} } } } }`;

describe('GraphQL limits (graphql-armor)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ introspection: false });
  });
  afterAll(() => t.close());

  it('lets an operation at the depth limit through, and refuses one level deeper with the depth in the message', async () => {
    expect(GRAPHQL_LIMITS.depth).toBe(12);
    expect((await t.graphql(nested(8))).errors).toBeUndefined();
    const res = await post(t, { query: nested(9) });
    expect(res.status).toBe(400);
    expect(res.errors).toEqual([
      { message: 'Forespørgslen er for dyb (13 niveauer; højst 12).', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
  });

  it('follows fragments, nested and inline, when it counts the depth', async () => {
    const query = (deputies: number) =>
      `{ contacts(first: 1) { edges { node { ...d } } } }
       fragment d on Contact { deputy { ... on Contact { deputy { ...n } } } }
       fragment n on Contact { ${'deputy { '.repeat(deputies)}name${' }'.repeat(deputies)} }`;
    expect((await t.graphql(query(6))).errors).toBeUndefined();
    expect((await t.graphql(query(7))).errors?.[0].message).toContain('for dyb (13 niveauer');
  });

  it('refuses more aliases than allowed', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `r${i}: regions { key }`).join(' ')} }`;
    expect((await t.graphql(aliases(GRAPHQL_LIMITS.aliases))).errors).toBeUndefined();
    const res = await post(t, { query: aliases(GRAPHQL_LIMITS.aliases + 1) });
    expect(res.status).toBe(400);
    expect(res.errors[0]).toEqual({
      message: 'Forespørgslen har for mange aliasser (16; højst 15).',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('refuses more directives than allowed', async () => {
    const directives = (n: number) => `{ regions { ${Array.from({ length: n }, () => 'key @include(if: true)').join(' ')} } }`;
    expect((await t.graphql(directives(GRAPHQL_LIMITS.directives))).errors).toBeUndefined();
    const res = await post(t, { query: directives(GRAPHQL_LIMITS.directives + 1) });
    expect(res.status).toBe(400);
    expect(res.errors[0]).toEqual({
      message: 'Forespørgslen har for mange direktiver (21; højst 20).',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('refuses a query text of more tokens than allowed, as a client error', async () => {
    const res = await post(t, { query: `{ regions { ${'key '.repeat(GRAPHQL_LIMITS.tokens)}} }` });
    expect(res.status).toBe(400);
    expect(res.errors[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors[0].message).toContain('Forespørgslen er for lang');
  });

  it('still answers a syntax error as GRAPHQL_PARSE_FAILED', async () => {
    const res = await post(t, { query: `query books / { books { title } }` });
    expect(res.status).toBe(400);
    expect(res.errors[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('suggests no enum values while introspection is off, in the query or in its variables', async () => {
    const inline = await post(t, { query: `{ contacts(filter: { kind: PERSO }, first: 1) { totalCount } }` });
    const variables = await post(t, {
      query: `query ($k: ContactKind) { contacts(filter: { kind: $k }, first: 1) { totalCount } }`,
      variables: { k: 'PERSO' },
    });
    for (const res of [inline, variables]) {
      expect(res.status).toBe(400);
      expect(res.errors[0].message).not.toMatch(/PERSON|Did you mean/);
    }
  });

  it('suggests no field names while introspection is off', async () => {
    const res = await post(t, { query: `{ contac(id: "x") { id } }` });
    expect(res.status).toBe(400);
    expect(res.errors[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors[0].message).not.toMatch(/contact|Did you mean/);
  });

  it('refuses a subscription, which Vejviser does not have, as a validation error', async () => {
    const res = await post(t, { query: `subscription { regions { key } }` });
    expect(res.status).toBe(400);
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: 'Vejviser har ingen abonnementer (subscription). Brug query eller mutation.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
  });

  it('answers every persisted-query request with PERSISTED_QUERY_NOT_SUPPORTED', async () => {
    const get = await fetch(`${t.url}/graphql?extensions=${encodeURIComponent('{"persistedQuery":1}')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    const answers: Answer[] = [
      { status: get.status, errors: ((await get.json()) as { errors: Answer['errors'] }).errors },
      await post(t, { extensions: { persistedQuery: { version: 1 } } }),
      await post(t, { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
      await post(t, { query: '{ regions { key } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBeGreaterThanOrEqual(200);
      expect(answer.status).toBeLessThan(500);
      expect(answer.errors[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
      expect(answer.errors[0].message).toContain('understøtter ikke');
    }
  });
});

describe('field suggestions with introspection on', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ introspection: true });
  });
  afterAll(() => t.close());

  it('still suggests the field meant, since the schema is public anyway', async () => {
    const res = await t.graphql(`{ contac(id: "x") { id } }`);
    expect(res.errors?.[0].message).toContain('Did you mean "contact"');
  });
});
