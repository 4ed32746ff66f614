import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { Sector } from '#directory';
import { makeOrganisation } from '#testing';
import { startTestApp, type TestApp } from './support/test-app.js';

const ISSUER = 'https://login.kommune.example.org/tenant';
const AUDIENCE = 'vejviser';

/**
 * Single sign-on against an identity provider the test runs itself on loopback: its own JWKS
 * endpoint and RS256-signed tokens, as a municipality running Entra ID would issue them.
 */
describe('single sign-on (OpenID Connect)', () => {
  let provider: Server;
  let providerKey: CryptoKey;
  let strangerKey: CryptoKey;
  let t: TestApp;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    providerKey = pair.privateKey;
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'provider-key', alg: 'RS256', use: 'sig' };
    provider = createServer((req, res) => {
      if (req.url === '/keys') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ keys: [jwk] }));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => provider.listen(0, '127.0.0.1', done));
    const jwksUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/keys`;
    t = await startTestApp({ oidc: { issuer: ISSUER, jwksUrl, audience: AUDIENCE, rolesClaim: 'roles' } });
  });

  afterAll(async () => {
    await t.close();
    await new Promise<void>((done) => provider.close(() => done()));
  });

  const token = (claims: Record<string, unknown>, options: { key?: CryptoKey; audience?: string; expiresIn?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'provider-key' })
      .setIssuer(ISSUER)
      .setAudience(options.audience ?? AUDIENCE)
      .setSubject('entra-user-1')
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '10m')
      .sign(options.key ?? providerKey);

  it("accepts the provider's token, makes the account on first use and maps roles to grants", async () => {
    const org = await makeOrganisation(t.app, { name: 'SSO Kommune', sector: Sector.MUNICIPAL, municipalityCode: '0219' });
    const bearer = await token({
      email: 'Sofie.SSO@Kommune.example.org',
      name: 'Sofie Sund',
      roles: [`EDITOR:${org.id}`, 'UKENDT', 'EDITOR:ikke-et-id'],
    });
    const me = await t.graphql<{ me: { email: string; displayName: string; grants: { role: string; organisationId: string }[] } }>(
      `{ me { email displayName } }`,
      {},
      { token: bearer },
    );
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toEqual({ email: 'sofie.sso@kommune.example.org', displayName: 'Sofie Sund' });

    const update = await t.graphql<{ updateOrganisation: { __typename: string } }>(
      `mutation ($id: ID!) { updateOrganisation(id: $id, input: { description: "Rettet via SSO" }) { __typename } }`,
      { id: org.id },
      { token: bearer },
    );
    expect(update.data!.updateOrganisation.__typename).toBe('Organisation');
    const create = await t.graphql<{ createOrganisation: { __typename: string } }>(
      `mutation { createOrganisation(input: { name: "Ikke min", sector: STATE }) { __typename } }`,
      {},
      { token: bearer },
    );
    expect(create.data!.createOrganisation.__typename).toBe('ForbiddenError');
  });

  it('gives ADMIN from the roles claim', async () => {
    const bearer = await token({ email: 'it.admin@kommune.example.org', roles: ['ADMIN'] });
    const res = await t.graphql<{ createOrganisation: { __typename: string } }>(
      `mutation { createOrganisation(input: { name: "Styrelsen for Eksempler", sector: STATE }) { __typename } }`,
      {},
      { token: bearer },
    );
    expect(res.data!.createOrganisation.__typename).toBe('Organisation');
  });

  type Bad = { key?: 'stranger'; audience?: string; expiresIn?: string };
  it.each<[string, Bad]>([
    ['signed with a key the provider does not publish', { key: 'stranger' }],
    ['issued for another audience', { audience: 'another-app' }],
    ['expired', { expiresIn: '-1m' }],
  ])('refuses a token %s with 401 UNAUTHENTICATED', async (_what, option) => {
    const bearer = await token(
      { email: 'mallory@example.org', roles: ['ADMIN'] },
      { key: option.key === 'stranger' ? strangerKey : undefined, audience: option.audience, expiresIn: option.expiresIn },
    );
    const res = await t.graphql(`{ me { email } }`, {}, { token: bearer });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
