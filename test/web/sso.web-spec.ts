import { startOidcProvider, type OidcProviderFixture } from '../oidc-provider-fixture.js';
import { startWebApp, type WebApp } from './web-app.js';

/** Single sign-on in Chromium: the web app's PKCE round trip through a real OpenID provider on loopback. */
describe('signing in with the organisation (single sign-on)', () => {
  let provider: OidcProviderFixture;
  let app: WebApp;
  /** Fixed (from this suite's share of ports) so that the provider knows the redirect URI before the app starts. */
  const APP_PORT = 4132;
  const redirectUri = `http://127.0.0.1:${APP_PORT}/log-ind/sso`;

  beforeAll(async () => {
    provider = await startOidcProvider({
      redirectUris: () => [redirectUri],
      people: { sofie: { email: 'sofie.sso@kommune.example.org', name: 'Sofie Sund', roles: [] } },
    });
    app = await startWebApp({
      OIDC_ISSUER: provider.issuer,
      OIDC_JWKS_URL: provider.jwksUrl,
      OIDC_AUDIENCE: provider.audience,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_SCOPE: 'openid profile email vejviser',
      PORT: String(APP_PORT),
      PUBLIC_URL: `http://127.0.0.1:${APP_PORT}`,
    });
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  it('goes to the provider, signs in there, and comes back signed in', async () => {
    const { page, offline } = await app.open('desktop');
    // Besides the app, only the provider answers.
    await offline.context.route(`${provider.issuer}/**`, (route) => route.continue());
    await page.goto(`${app.origin}/log-ind`);
    await page.getByRole('button', { name: 'Log ind med din organisation' }).click();
    await page.locator('input[name="login"]').fill('sofie');
    await page.locator('input[name="password"]').fill('hvad-som-helst');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]').click(); // consent
    await page.getByRole('banner').getByRole('button', { name: 'Log ud' }).waitFor();
    expect(await page.getByRole('banner').textContent()).toContain('Sofie Sund');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    await page.reload();
    await page.getByRole('banner').getByRole('button', { name: 'Log ud' }).waitFor();
    await offline.context.close();
  });
});
