import type { Page } from 'playwright-core';
import { postGraphQL } from '#testing';
import { accessibilityViolations, screenshot, signInThroughPage, startWebApp, WIDTHS, type WebApp, type WidthName } from './web-app.js';

const DEMO_EMAIL = 'fagperson@example.org';
const DEMO_PASSWORD = 'vejviser-demo';
const STAFF_QUERY = `{ contacts(first: 100) { edges { node { id name channels { visibility } } } } }`;

/** A contact with a STAFF line, found through GraphQL with a signed-in professional's token (anonymous sees none). */
async function contactWithStaffLine(app: WebApp, token: string): Promise<{ id: string; name: string }> {
  const answer = await postGraphQL<{ contacts: { edges: { node: { id: string; name: string; channels: { visibility: string }[] } }[] } }>(
    app.port,
    STAFF_QUERY,
    {},
    { token },
  );
  const node = answer.data?.contacts.edges.map((e) => e.node).find((n) => n.channels.some((c) => c.visibility === 'STAFF'));
  if (!node) throw new Error(`No contact with a STAFF line: ${JSON.stringify(answer.errors)}`);
  return { id: node.id, name: node.name };
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
    await signInThroughPage(page, app.origin, DEMO_EMAIL, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Find den rette samarbejdspartner' }).waitFor();
    const header = page.getByRole('banner');

    // The refresh token is in an HttpOnly cookie; nothing is kept in web storage.
    const cookies = await offline.context.cookies();
    expect(cookies.map((c) => ({ name: c.name, httpOnly: c.httpOnly, secure: c.secure, sameSite: c.sameSite, path: c.path }))).toEqual([
      { name: 'vejviser_session', httpOnly: true, secure: true, sameSite: 'Strict', path: '/konto/session' },
    ]);
    expect(await page.evaluate('[localStorage.length, sessionStorage.length, document.cookie]')).toEqual([0, 0, '']);

    // What the session gives: a contact page shows its STAFF line, marked, where an anonymous visitor sees none.
    const token = await tokenThroughCookie(page);
    expect(token).toBeTruthy();
    const contact = await contactWithStaffLine(app, token!);
    await page.goto(`${app.origin}/kontakter/${contact.id}`);
    await page.getByRole('heading', { level: 1, name: contact.name }).waitFor();
    await page.getByRole('main').getByText('kun for fagpersoner').first().waitFor();
    const anonymous = await app.open('desktop');
    await anonymous.page.goto(`${app.origin}/kontakter/${contact.id}`);
    await anonymous.page.getByRole('heading', { level: 1, name: contact.name }).waitFor();
    await expect(anonymous.page.getByText('kun for fagpersoner').count()).resolves.toBe(0);
    await anonymous.offline.context.close();

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
