import { signInAsAdmin, startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

type Failure = { __typename: string; code: string; message: string; fieldErrors?: { path: string; message: string }[] };
const FAILURE = `... on ErrorResult { __typename code message } ... on ValidationError { fieldErrors { path message } }`;

function refusedQuery(res: GraphQLResponse, paths: string[]): void {
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  const fieldErrors = (res.errors![0].extensions as { fieldErrors?: { path: string }[] }).fieldErrors ?? [];
  expect(fieldErrors.map((e) => e.path)).toEqual(paths);
}

describe('text checked at the edge, before any resolver', () => {
  let t: TestApp;
  let admin: string;
  const networks = () => t.database.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM network`).then((r) => r[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInAsAdmin(t);
  });
  afterAll(() => t?.close());

  it.each([
    ['a NUL character', 'a\u0000'],
    ['half a surrogate pair', 'a\ud800'],
    ['an escape sequence', 'a\u001b[31m'],
    ['a CPR number', 'cpr nr 2307741754'],
  ])('refuses %s in an anonymous query argument, naming it', async (_, prefix) => {
    refusedQuery(await t.graphql(`query($prefix: String!) { suggest(prefix: $prefix) { label } }`, { prefix }), ['prefix']);
    refusedQuery(await t.graphql(`query($q: String!) { search(input: { query: $q }) { totalCount } }`, { q: prefix }), ['input.query']);
  });

  it('answers a mutation with one ValidationError naming every bad field, and writes nothing', async () => {
    const before = await networks();
    const res = await t.graphql<{ createNetwork: Failure }>(
      `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { ${FAILURE} } }`,
      {
        input: { name: 'Net\u0001\u0002\u001b[31m', description: 'Borger (CPR 230774-1754) henvist', contactEmail: 'a\u0000@example.org' },
      },
      { token: admin },
    );
    expect(res.data!.createNetwork.__typename).toBe('ValidationError');
    expect(res.data!.createNetwork.message).toMatch(/CPR-nummer/);
    expect(res.data!.createNetwork.fieldErrors!.map((e) => e.path).sort()).toEqual([
      'input.contactEmail',
      'input.description',
      'input.name',
    ]);
    expect(await networks()).toBe(before);
  });

  it('allows line breaks and tabs in multi-line text, not in a one-line name', async () => {
    const ok = await t.graphql<{ createNetwork: { __typename: string } }>(
      `mutation { createNetwork(input: { name: "Netværk for unge ", description: "Linje 1\\n\\tLinje 2" }) { __typename } }`,
      {},
      { token: admin },
    );
    expect(ok.data!.createNetwork.__typename).toBe('Network');
    const refused = await t.graphql<{ createNetwork: Failure }>(
      `mutation { createNetwork(input: { name: "To\\nlinjer" }) { ${FAILURE} } }`,
      {},
      { token: admin },
    );
    expect(refused.data!.createNetwork.fieldErrors!.map((e) => e.path)).toEqual(['input.name']);
  });

  it('refuses CPR-like text in an anonymous registration in every written form', async () => {
    for (const name of ['230774-1754', '2307741754', '230774 1754', 'Hans (CPR 230774-1754)', 'cpr nr 2307741754']) {
      const res = await t.graphql<{ registerForThemeDay: Failure }>(
        `mutation($name: String!) { registerForThemeDay(input: { themeDayId: "00000000-0000-4000-8000-000000000000", name: $name, email: "a@example.org" }) { ${FAILURE} } }`,
        { name },
      );
      expect(res.data!.registerForThemeDay.fieldErrors).toEqual([{ path: 'input.name', message: expect.stringMatching(/CPR-nummer/) }]);
    }
  });

  it('refuses a list longer than any form sends, before reading it', async () => {
    const situations = Array.from({ length: 10_000 }, (_, i) => `s${i}`);
    refusedQuery(
      await t.graphql(`query($s: [String!]) { handoverGuide(municipalityCode: "0217", situations: $s) { __typename } }`, { s: situations }),
      ['situations'],
    );
  });

  it('leaves ids and tokens to their own checks: a UUID may hold digits that read like a CPR number', async () => {
    const res = await t.graphql(`{ offer(id: "ab230774-1754-4000-8000-000000000000") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ offer: null });
  });
});

describe('plain HTTP routes checked at the edge', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it.each([
    ['a NUL character', 'kommune=%00'],
    ['an escape sequence', 'kommune=0217&situationer=%1B%5B31m'],
    ['a CPR number', 'kommune=230774-1754'],
    ['a CPR number written together', 'kommune=0217&situationer=cpr+2307741754'],
  ])('answers %s in the handover sheet address with a Danish 400 page', async (_, query) => {
    const res = await fetch(`${t.url}/overlevering/ark?${query}`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('<html lang="da">');
    expect(page).toMatch(/styretegn|CPR-nummer/);
    expect(page).not.toMatch(/230774|2307741754/);
  });

  it('answers JSON to a client that asks for it, and checks form bodies too', async () => {
    const res = await fetch(`${t.url}/konto/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', origin: t.url },
      body: JSON.stringify({ email: 'a\u0000@example.org', password: 'x' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ statusCode: 400, message: expect.stringMatching(/styretegn/) });
  });
});
