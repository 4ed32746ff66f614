import { startTestApp, type TestApp } from './support/test-app.js';
import { DEMO_PASSWORD } from '#demo';

// Who may change the directory, over HTTP against the demo data and its demo accounts.
const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { ... on Session { accessToken } } }`;
const CREATE_ORGANISATION = `mutation {
  createOrganisation(input: { name: "Uautoriseret Kommune", sector: MUNICIPAL, municipalityCode: "0217" }) {
    __typename ... on Organisation { id } ... on ErrorResult { code message } } }`;
const UPDATE_OFFER = `mutation ($id: ID!, $name: String!) {
  updateOffer(id: $id, input: { name: $name }) { __typename ... on Offer { id name } ... on ErrorResult { code message } } }`;

type Result = { __typename: string; id?: string; name?: string; code?: string; message?: string };
type OfferNode = { id: string; name: string; organisation: { id: string } };

describe('permissions over GraphQL', () => {
  let t: TestApp;
  let editorToken: string;
  /** The organisation the demo editor (redaktoer@example.org) is EDITOR of: Helsingør Kommune. */
  let editorOrganisation: string;

  const organisationCount = async () =>
    (await t.graphql<{ organisations: { totalCount: number } }>(`{ organisations { totalCount } }`)).data!.organisations.totalCount;
  const offerName = async (id: string) =>
    (await t.graphql<{ offer: { name: string } }>(`query ($id: ID!) { offer(id: $id) { name } }`, { id })).data!.offer.name;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const signedIn = await t.graphql<{ signIn: { accessToken: string } }>(SIGN_IN, {
      email: 'redaktoer@example.org',
      password: DEMO_PASSWORD,
    });
    editorToken = signedIn.data!.signIn.accessToken;
    const me = await t.graphql<{ me: { grants: { role: string; organisationId: string | null }[] } }>(
      `{ me { grants { role organisationId } } }`,
      {},
      { token: editorToken },
    );
    const grant = me.data!.me.grants.find((g) => g.role === 'EDITOR' && g.organisationId);
    editorOrganisation = grant!.organisationId!;
  });
  afterAll(() => t?.close());

  it('answers an anonymous createOrganisation with a ForbiddenError in Danish, and creates nothing', async () => {
    const before = await organisationCount();
    const res = await t.graphql<{ createOrganisation: Result }>(CREATE_ORGANISATION);
    expect(res.errors).toBeUndefined();
    expect(res.data!.createOrganisation).toEqual({
      __typename: 'ForbiddenError',
      code: 'FORBIDDEN',
      message: expect.stringMatching(/^Log ind for at ændre/),
    });
    expect(await organisationCount()).toBe(before);
  });

  it("lets the demo editor update an offer of Helsingør Kommune's organisation, but not one of another organisation", async () => {
    const offers = await t.graphql<{ offers: { edges: { node: OfferNode }[] } }>(
      `{ offers(first: 100) { edges { node { id name organisation { id } } } } }`,
    );
    const nodes = offers.data!.offers.edges.map((e) => e.node);
    const own = nodes.find((o) => o.organisation.id === editorOrganisation)!;
    const foreign = nodes.find((o) => o.organisation.id !== editorOrganisation)!;
    expect(own).toBeDefined();
    expect(foreign).toBeDefined();

    const renamed = `${own.name} (rettet af redaktøren)`;
    const allowed = await t.graphql<{ updateOffer: Result }>(UPDATE_OFFER, { id: own.id, name: renamed }, { token: editorToken });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.updateOffer).toEqual({ __typename: 'Offer', id: own.id, name: renamed });
    expect(await offerName(own.id)).toBe(renamed);

    const refused = await t.graphql<{ updateOffer: Result }>(
      UPDATE_OFFER,
      { id: foreign.id, name: 'Ikke din at rette' },
      { token: editorToken },
    );
    expect(refused.errors).toBeUndefined();
    expect(refused.data!.updateOffer).toEqual({
      __typename: 'ForbiddenError',
      code: 'FORBIDDEN',
      message: expect.stringContaining('redaktør'),
    });
    expect(await offerName(foreign.id)).toBe(foreign.name);
  });

  it('refuses a forged token with 401 UNAUTHENTICATED, even one claiming ADMIN, and creates nothing', async () => {
    // The editor's real token with its claims rewritten to ADMIN: the signature no longer matches.
    const [header, payload, signature] = editorToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = [header, Buffer.from(JSON.stringify({ ...claims, grants: [{ role: 'ADMIN' }] })).toString('base64url'), signature].join(
      '.',
    );
    const before = await organisationCount();

    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${forged}` },
      body: JSON.stringify({ query: CREATE_ORGANISATION }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data ?? null).toBeNull();
    expect(await organisationCount()).toBe(before);
  });
});
