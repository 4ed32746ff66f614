import type { Database } from '#core';
import { createTestDatabase, freePort, killServerProcesses, postGraphQL, startServerProcess, testServerUrl } from '#testing';

// Two API processes with the search result cache on, one PostgreSQL database: a change written
// through one process is found by the next search on the other, though that one has the same search
// cached. Runs with `npm run test:pg` only: the embedded database belongs to one process.
let db: Database;
const ports: number[] = [];
let token: string;

async function gql<T>(port: number, query: string, variables?: Record<string, unknown>, withToken = false): Promise<T> {
  const body = await postGraphQL<T>(port, query, variables, withToken ? { token } : {});
  expect(body.errors).toBeUndefined();
  return body.data!;
}

const SEARCH = `query ($q: String!) { search(input: { query: $q }) { totalCount edges { node { ... on Organisation { name } } } } }`;
const SUGGEST = `query ($p: String!) { suggest(prefix: $p) { label } }`;
const found = async (port: number, q: string) =>
  (await gql<{ search: { edges: { node: { name: string } }[] } }>(port, SEARCH, { q })).search.edges.map((e) => e.node.name);
const suggested = async (port: number, p: string) =>
  (await gql<{ suggest: { label: string }[] }>(port, SUGGEST, { p })).suggest.map((s) => s.label);

describe('search result cache on two API processes', () => {
  beforeAll(async () => {
    db = await createTestDatabase();
    const [{ name }]: { name: string }[] = await db.dataSource.query(`SELECT current_database() AS name`);
    const url = new URL(testServerUrl()!);
    url.pathname = `/${name}`;
    const env = {
      DATABASE_URL: url.toString(),
      SEED_DEMO: 'false',
      JWT_SECRET: 'search-cache-processes-share-this-secret-32',
      SEARCH_CACHE: '500',
    };
    const admin = await startServerProcess(env, 'dist/apps/api/src/cli/admin-create.js', [
      '--email',
      'drift@example.org',
      '--password',
      'drift-adgangskode-1234',
    ]).exit(60);
    expect(admin.code).toBe(0);
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      await startServerProcess({ ...env, PORT: String(port) }).waitUntilHealthy(port);
      ports.push(port);
    }
    const signIn = await gql<{ signIn: { accessToken: string } }>(
      ports[0],
      `mutation { signIn(input: { email: "drift@example.org", password: "drift-adgangskode-1234" }) { ... on Session { accessToken } } }`,
    );
    token = signIn.signIn.accessToken;
  }, 120_000);

  afterAll(async () => {
    killServerProcesses();
    await db?.close();
  });

  it('finds on one process what was created through the other, after the same search was cached there', async () => {
    const [a, b] = ports;
    // Three times: the third is answered whole from memory (PublicAnswerCache).
    for (let i = 0; i < 3; i++) {
      expect(await found(b, 'Kastanjegården')).toEqual([]);
      expect(await suggested(b, 'kastanje')).toEqual([]);
    }
    const created = await gql<{ createOrganisation: { id: string } }>(
      a,
      `mutation { createOrganisation(input: { name: "Kastanjegården", sector: CIVIL_SOCIETY }) { ... on Organisation { id } } }`,
      undefined,
      true,
    );
    for (let i = 0; i < 3; i++) {
      expect(await found(b, 'Kastanjegården')).toEqual(['Kastanjegården']);
      expect(await suggested(b, 'kastanje')).toEqual(['Kastanjegården']);
    }

    await gql(
      a,
      `mutation ($id: ID!) { updateOrganisation(id: $id, input: { name: "Lindegården" }) { __typename } }`,
      { id: created.createOrganisation.id },
      true,
    );
    expect(await found(b, 'Kastanjegården')).toEqual([]);
    expect(await found(b, 'Lindegården')).toEqual(['Lindegården']);
    expect(await found(a, 'Lindegården')).toEqual(['Lindegården']);
  });

  it('forgets a removed record on both processes', async () => {
    const [a, b] = ports;
    const created = await gql<{ createOrganisation: { id: string } }>(
      b,
      `mutation { createOrganisation(input: { name: "Egebakken Netværk", sector: CIVIL_SOCIETY }) { ... on Organisation { id } } }`,
      undefined,
      true,
    );
    expect(await found(a, 'Egebakken')).toEqual(['Egebakken Netværk']);
    expect(await found(b, 'Egebakken')).toEqual(['Egebakken Netværk']);
    await db.dataSource.query(`DELETE FROM search_document WHERE id = $1`, [created.createOrganisation.id]);
    expect(await found(a, 'Egebakken')).toEqual([]);
    expect(await found(b, 'Egebakken')).toEqual([]);
  });
});
