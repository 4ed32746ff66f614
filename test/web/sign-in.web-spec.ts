import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot, startWebApp, WIDTHS, type WebApp, type WidthName } from './web-app.js';

const DEMO_EMAIL = 'fagperson@example.org';
const DEMO_PASSWORD = 'vejviser-demo';
const STAFF_QUERY = `{ contacts(first: 100) { edges { node { channels { visibility value } } } } }`;

/** How many STAFF lines the API shows with this token (none: anonymous). */
async function staffLines(app: WebApp, token?: string): Promise<number> {
  const response = await fetch(`${app.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: STAFF_QUERY }),
  });
  const body = (await response.json()) as { data: { contacts: { edges: { node: { channels: { visibility: string }[] } }[] } } };
  return body.data.contacts.edges.flatMap((e) => e.node.channels).filter((c) => c.visibility === 'STAFF').length;
}

/** The access token the page could get through its cookie right now (the browser sends the HttpOnly cookie). */
const tokenThroughCookie = (page: Page) =>
  page.evaluate(async () => {
    const response = await fetch('/konto/session/forny', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    return response.status === 200 ? ((await response.json()) as { accessToken: string }).accessToken : null;
  });

describe('signing in on the web', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(Object.keys(WIDTHS) as WidthName[])(
    'has a sign-in page with no axe violations at %s width, errors tied to fields',
    async (width) => {
      const { page, offline } = await app.open(width);
      await page.goto(`${app.origin}/log-ind`);
      await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'log-ind', width);
      await page.getByRole('button', { name: 'Log ind', exact: true }).click();
      await page.getByRole('alert').getByText('Udfyld e-mail og adgangskode.').waitFor();
      expect(await page.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#email-error').textContent()).toBe('Fejl: Skriv din e-mailadresse.');
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'log-ind-fejl', width);
      await offline.context.close();
    },
  );

  it('says so in Danish when the password is wrong', async () => {
    const { page, offline } = await app.open('phone');
    await page.goto(`${app.origin}/log-ind`);
    await page.getByLabel('E-mail').fill(DEMO_EMAIL);
    await page.getByLabel('Adgangskode').fill('forkert-adgangskode');
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await page.getByRole('alert').getByText('Forkert e-mail eller adgangskode.').waitFor();
    await offline.context.close();
  });

  it('signs a professional in, keeps the session over a reload without storing a token, and signs out', async () => {
    const { page, offline } = await app.open('desktop');
    await page.goto(`${app.origin}/log-ind`);
    await page.getByLabel('E-mail').fill(DEMO_EMAIL);
    await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Find den rette samarbejdspartner' }).waitFor();
    const header = page.getByRole('banner');
    await header.getByRole('button', { name: 'Log ud' }).waitFor();

    // The refresh token is in an HttpOnly cookie; nothing is kept in web storage.
    const cookies = await offline.context.cookies();
    expect(cookies.map((c) => ({ name: c.name, httpOnly: c.httpOnly, secure: c.secure, sameSite: c.sameSite, path: c.path }))).toEqual([
      { name: 'vejviser_session', httpOnly: true, secure: true, sameSite: 'Strict', path: '/konto/session' },
    ]);
    expect(await page.evaluate('[localStorage.length, sessionStorage.length, document.cookie]')).toEqual([0, 0, '']);

    // What the session gives: STAFF lines an anonymous visitor does not get.
    const token = await tokenThroughCookie(page);
    expect(token).toBeTruthy();
    expect(await staffLines(app, token!)).toBeGreaterThan(0);
    expect(await staffLines(app)).toBe(0);

    await page.reload();
    await header.getByRole('button', { name: 'Log ud' }).waitFor();
    await screenshot(page, 'logget-ind', 'desktop');

    await header.getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('status').getByText('Du er logget ud.').waitFor();
    await header.getByRole('link', { name: 'Log ind' }).waitFor();
    expect(await tokenThroughCookie(page)).toBeNull();
    await page.reload();
    await header.getByRole('link', { name: 'Log ind' }).waitFor();
    await offline.context.close();
  });
});
