import { createHash, randomBytes } from 'node:crypto';
import type { BrowserSession } from '#auth';
import { makeOrganisation } from '#testing';
import { startTestApp, type TestApp } from './support/test-app.js';
import { Sector } from '#directory';
import { startOidcProvider, type OidcProviderFixture } from './oidc-provider-fixture.js';

const REDIRECT_URI = 'https://vejviser.test/log-ind/sso';
const base64url = (bytes: Buffer) => bytes.toString('base64url');

interface SsoSettings {
  enabled: boolean;
  authorizationUrl: string;
  clientId: string;
  redirectUri: string;
  scope: string;
}

/**
 * Single sign-on as the web app does it, over HTTP: authorization code with PKCE against a real
 * OpenID provider (oidc-provider) on loopback, its login and consent pages answered as a person
 * would, the code and verifier handed to POST /konto/session/sso, and the session that follows
 * refreshed through the HttpOnly cookie.
 */
describe('single sign-on in the browser (authorization code with PKCE)', () => {
  let provider: OidcProviderFixture;
  let t: TestApp;
  let organisationId: string;

  beforeAll(async () => {
    provider = await startOidcProvider({
      redirectUris: () => [REDIRECT_URI],
      people: {
        sofie: { email: 'sofie.sso@kommune.example.org', name: 'Sofie Sund', roles: ['ADMIN'] },
        nils: { email: 'nils.nattevagt@region.example.org', name: 'Nils Nattevagt', roles: [] },
      },
    });
    t = await startTestApp({
      oidc: {
        issuer: provider.issuer,
        jwksUrl: provider.jwksUrl,
        audience: provider.audience,
        rolesClaim: 'roles',
        client: {
          clientId: provider.clientId,
          clientSecret: null,
          redirectUri: REDIRECT_URI,
          scope: 'openid profile email vejviser',
          authorizationEndpoint: null,
          tokenEndpoint: null,
        },
      },
    });
    organisationId = (await makeOrganisation(t.app, { name: 'SSO Kommune', sector: Sector.MUNICIPAL, municipalityCode: '0219' })).id;
  });
  afterAll(async () => {
    await t.close();
    await provider.close();
  });

  /** What the browser does: PKCE pair and state, then the provider's pages, until it is sent back with a code. */
  async function authorize(login: string, settings: SsoSettings, challengeFor?: string) {
    const verifier = base64url(randomBytes(32));
    const state = base64url(randomBytes(16));
    const url = new URL(settings.authorizationUrl);
    url.search = new URLSearchParams({
      client_id: settings.clientId,
      redirect_uri: settings.redirectUri,
      response_type: 'code',
      scope: settings.scope,
      state,
      code_challenge: base64url(
        createHash('sha256')
          .update(challengeFor ?? verifier)
          .digest(),
      ),
      code_challenge_method: 'S256',
    }).toString();
    const jar = new Map<string, string>();
    let next: { url: string; method: 'GET' | 'POST'; body?: string } = { url: url.toString(), method: 'GET' };
    for (let step = 0; step < 12; step++) {
      const response = await fetch(next.url, {
        method: next.method,
        redirect: 'manual',
        headers: {
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
          ...(next.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: next.body,
      });
      for (const header of response.headers.getSetCookie()) {
        const [pair] = header.split(';');
        jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
      }
      const location = response.headers.get('location');
      if (location) {
        const target = new URL(location, next.url);
        if (target.href.startsWith(settings.redirectUri)) {
          return { code: target.searchParams.get('code')!, state: target.searchParams.get('state'), verifier, sentState: state };
        }
        next = { url: target.href, method: 'GET' };
        continue;
      }
      const page = await response.text();
      expect(response.status).toBe(200);
      const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
      if (!action) throw new Error(`Ingen formular på udbyderens side: ${page.slice(0, 300)}`);
      const body = page.includes('name="login"') ? `prompt=login&login=${login}&password=hvad-som-helst` : 'prompt=consent';
      next = { url: new URL(action, next.url).href, method: 'POST', body };
    }
    throw new Error('Udbyderen sendte ikke browseren tilbage');
  }

  const post = async (path: string, body: unknown, cookie?: string) => {
    const response = await fetch(`${t.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie: `vejviser_session=${cookie}` } : {}) },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    const setCookie = response.headers.getSetCookie()[0] ?? null;
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : null) as BrowserSession & { code?: string; message?: string },
      cookie: setCookie ? setCookie.slice(setCookie.indexOf('=') + 1, setCookie.indexOf(';')) : null,
      setCookie,
    };
  };

  const settings = async () => (await (await fetch(`${t.url}/konto/sso`)).json()) as SsoSettings;

  it('tells the web app where to send the person, read from the provider’s discovery document', async () => {
    expect(await settings()).toEqual({
      enabled: true,
      authorizationUrl: `${provider.issuer}/auth`,
      clientId: 'vejviser-web',
      redirectUri: REDIRECT_URI,
      scope: 'openid profile email vejviser',
    });
  });

  it('signs in through the provider: the code and verifier become a session with the roles claim’s grants, refreshed by cookie', async () => {
    const sso = await settings();
    const { code, state, sentState, verifier } = await authorize('sofie', sso);
    expect(state).toBe(sentState);
    const signedIn = await post('/konto/session/sso', { code, codeVerifier: verifier });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.account).toMatchObject({
      email: 'sofie.sso@kommune.example.org',
      displayName: 'Sofie Sund',
      grants: [{ role: 'ADMIN' }],
    });
    expect(signedIn.setCookie).toMatch(
      /^vejviser_session=[\w-]{43}; Max-Age=28800; Path=\/konto\/session; Expires=[^;]+; HttpOnly; Secure; SameSite=Strict$/,
    );

    // The access token is the API's own, and it carries the provider's grants.
    const create = await t.graphql<{ createOrganisation: { __typename: string } }>(
      `mutation { createOrganisation(input: { name: "Oprettet via SSO", sector: STATE }) { __typename } }`,
      {},
      { token: signedIn.body.accessToken },
    );
    expect(create.data!.createOrganisation.__typename).toBe('Organisation');

    // The refresh keeps the provider's grants (not the account's own, which are none).
    const renewed = await post('/konto/session/forny', {}, signedIn.cookie!);
    expect(renewed.status).toBe(200);
    expect(renewed.body.account.grants).toEqual([{ role: 'ADMIN' }]);
    expect(renewed.cookie).not.toBe(signedIn.cookie);
    const update = await t.graphql<{ updateOrganisation: { __typename: string } }>(
      `mutation ($id: ID!) { updateOrganisation(id: $id, input: { description: "Rettet via SSO" }) { __typename } }`,
      { id: organisationId },
      { token: renewed.body.accessToken },
    );
    expect(update.data!.updateOrganisation.__typename).toBe('Organisation');

    // A code works once.
    const again = await post('/konto/session/sso', { code, codeVerifier: verifier });
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('SSO_FAILED');
  });

  it('gives a professional without roles a plain session', async () => {
    const { code, verifier } = await authorize('nils', await settings());
    const signedIn = await post('/konto/session/sso', { code, codeVerifier: verifier });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.account).toMatchObject({ email: 'nils.nattevagt@region.example.org', grants: [] });
    const me = await t.graphql<{ me: { email: string } }>(`{ me { email } }`, {}, { token: signedIn.body.accessToken });
    expect(me.data!.me.email).toBe('nils.nattevagt@region.example.org');
  });

  it('refuses a code presented with another verifier than the one its challenge was made from (PKCE)', async () => {
    const sso = await settings();
    const { code } = await authorize('nils', sso, base64url(randomBytes(32)));
    const refused = await post('/konto/session/sso', { code, codeVerifier: base64url(randomBytes(32)) });
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({
      code: 'SSO_FAILED',
      message: 'Log-ind hos din organisation blev ikke godkendt, eller linket er brugt. Prøv at logge ind igen.',
    });
    expect(refused.cookie).toBeNull();
  });

  it('says in Danish what is missing from a bad request', async () => {
    const bad = await post('/konto/session/sso', { code: '', codeVerifier: 'kort' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: [
        { path: 'code', message: 'Koden fra log-ind mangler.' },
        { path: 'codeVerifier', message: 'Kodeverifikatoren skal være 43–128 tegn (A–Z, a–z, 0–9, - . _ ~).' },
      ],
    });
  });
});
