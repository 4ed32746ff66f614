import { signInAsAdmin, startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

type Code = 'BAD_USER_INPUT' | 'GRAPHQL_VALIDATION_FAILED' | 'GRAPHQL_PARSE_FAILED';

/** The client sees a code and a message, never how the server failed inside. */
function expectCleanError(res: GraphQLResponse, code: Code): void {
  expect(res.errors?.length).toBeGreaterThan(0);
  for (const error of res.errors!) {
    expect(error.extensions?.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.extensions).not.toHaveProperty('stacktrace');
    expect(error.extensions).not.toHaveProperty('exception');
  }
  const raw = JSON.stringify(res);
  expect(raw).not.toMatch(/stacktrace|exception|\s{4}at |node_modules|\.ts:\d+/i);
}

describe('client errors over HTTP', () => {
  let t: TestApp;
  let organisationId: string;
  /** Mutations run as an administrator, so only the error under test can stop them. */
  let adminToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    adminToken = await signInAsAdmin(t);
    const res = await t.graphql<{ createOrganisation: { id: string } }>(
      `mutation { createOrganisation(input: { name: "Fejltest Kommune", sector: MUNICIPAL, municipalityCode: "0217" }) { ... on Organisation { id } } }`,
      {},
      { token: adminToken },
    );
    organisationId = res.data!.createOrganisation.id;
  });
  afterAll(() => t?.close());

  describe('paging', () => {
    it.each(['offers', 'contacts', 'organisations', 'units'])('rejects a cursor the server did not make in %s', async (list) => {
      expectCleanError(await t.graphql(`{ ${list}(after: "not-a-cursor") { totalCount } }`), 'BAD_USER_INPUT');
    });

    it('rejects a cursor the server did not make in search', async () => {
      expectCleanError(await t.graphql(`{ search(input: { query: "ung", after: "not-a-cursor" }) { totalCount } }`), 'BAD_USER_INPUT');
    });

    it('rejects a cursor with a negative position', async () => {
      const forged = Buffer.from('o:-1').toString('base64url');
      expectCleanError(
        await t.graphql(`query($after: String) { offers(after: $after) { totalCount } }`, { after: forged }),
        'BAD_USER_INPUT',
      );
    });

    it.each([1000, 0, -1])('rejects first: %d in lists and in search', async (first) => {
      expectCleanError(await t.graphql(`query($first: Int) { offers(first: $first) { totalCount } }`, { first }), 'BAD_USER_INPUT');
      expectCleanError(
        await t.graphql(`query($first: Int) { search(input: { first: $first }) { totalCount } }`, { first }),
        'BAD_USER_INPUT',
      );
    });

    it('accepts the largest allowed page', async () => {
      const res = await t.graphql<{ offers: { totalCount: number } }>(`{ offers(first: 100) { totalCount } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data!.offers.totalCount).toBeGreaterThanOrEqual(0);
    });
  });

  describe('municipality codes', () => {
    it.each(['12a', '217', '02170'])('rejects the code "%s" in municipality(code:)', async (code) => {
      const res = await t.graphql(`query($code: String!) { municipality(code: $code) { name } }`, { code });
      expectCleanError(res, 'BAD_USER_INPUT');
    });

    it('rejects a malformed code in search', async () => {
      expectCleanError(await t.graphql(`{ search(input: { municipalityCodes: ["12"] }) { totalCount } }`), 'BAD_USER_INPUT');
    });

    it('answers null for a well-formed code that is no municipality', async () => {
      const res = await t.graphql(`{ municipality(code: "9999") { name } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ municipality: null });
    });
  });

  describe('dates', () => {
    it('rejects "2027-13-45" written in the query as a validation failure', async () => {
      expectCleanError(
        await t.graphql(`{ municipality(code: "0217") { region(at: "2027-13-45") { name } } }`),
        'GRAPHQL_VALIDATION_FAILED',
      );
    });

    it('rejects "2027-13-45" passed as a variable as bad user input', async () => {
      const res = await t.graphql(`query($at: LocalDate) { regions(at: $at) { name } }`, { at: '2027-13-45' });
      expectCleanError(res, 'BAD_USER_INPUT');
    });

    it.each(['2027-02-30', '2027-04-31', '0000-01-01'])('rejects the non-existent date %s instead of failing inside', async (at) => {
      expectCleanError(await t.graphql(`query($at: LocalDate) { regions(at: $at) { name } }`, { at }), 'BAD_USER_INPUT');
    });

    it('rejects an impossible date in a mutation input and creates nothing', async () => {
      const res = await t.graphql(
        `mutation($input: CreateOfferInput!) { createOffer(input: $input) { __typename } }`,
        { input: { name: 'Datotest', organisationId, accessRoute: 'SELF_REFERRAL', startsOn: '2027-02-29' } },
        { token: adminToken },
      );
      expectCleanError(res, 'BAD_USER_INPUT');
      const offers = await t.graphql<{ offers: { totalCount: number } }>(
        `query($org: ID) { offers(filter: { organisationId: $org }) { totalCount } }`,
        { org: organisationId },
      );
      expect(offers.data!.offers.totalCount).toBe(0);
    });

    it('accepts a leap day that exists', async () => {
      const res = await t.graphql<{ regions: { name: string }[] }>(`{ regions(at: "2028-02-29") { name } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data!.regions.length).toBeGreaterThan(0);
    });
  });

  describe('malformed operations', () => {
    it('rejects an unknown field as a validation failure', async () => {
      expectCleanError(await t.graphql(`{ offers { totalCount nope } }`), 'GRAPHQL_VALIDATION_FAILED');
    });

    it('rejects an unknown enum value as a validation failure', async () => {
      expectCleanError(await t.graphql(`{ offers(filter: { status: SOMETIMES }) { totalCount } }`), 'GRAPHQL_VALIDATION_FAILED');
    });

    it('rejects a wrongly typed variable as bad user input', async () => {
      expectCleanError(await t.graphql(`query($first: Int) { offers(first: $first) { totalCount } }`, { first: 'ten' }), 'BAD_USER_INPUT');
    });

    it('rejects text that is not GraphQL as a parse failure', async () => {
      expectCleanError(await t.graphql(`{ offers { totalCount `), 'GRAPHQL_PARSE_FAILED');
    });
  });

  describe('GET /health', () => {
    it('answers 200 with JSON saying the database and search are ok', async () => {
      const response = await fetch(`${t.url}/health`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      const body = (await response.json()) as { status: string; database: { status: string }; search: { status: string } };
      expect(body.status).toBe('ok');
      expect(body.database.status).toBe('ok');
      expect(body.search.status).toBe('ok');
    });
  });
});
