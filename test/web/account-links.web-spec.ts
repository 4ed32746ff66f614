import { mailedLink } from './dev-mailbox.js';
import { accessibilityViolations, screenshot, startWebApp, WIDTHS, type WebApp, type WidthName } from './web-app.js';

/** The pages behind the account links Vejviser mails: an invitation and a password reset. */
describe('the mailed account links in the browser', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(Object.keys(WIDTHS) as WidthName[])('shows both pages and their errors with no axe violations at %s width', async (width) => {
    const { page, offline } = await app.open(width);
    for (const [path, heading, name] of [
      ['/konto/invitation', 'Opret din adgang', 'konto-invitation'],
      ['/konto/nulstil', 'Vælg ny adgangskode', 'konto-nulstil'],
    ] as const) {
      await page.goto(`${app.origin}${path}?token=ikke-gyldig`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, name, width);
      // Too short, and a token the server does not know: each error in Danish, where it belongs.
      await page.getByLabel('Ny adgangskode').fill('kort');
      await page.getByLabel('Gentag adgangskoden').fill('kort');
      await page.getByRole('button', { name: /log ind/ }).click();
      expect(await page.getByLabel('Ny adgangskode').getAttribute('aria-invalid')).toBe('true');
      await page.getByText('Adgangskoden skal være mindst 12 tegn.').waitFor();
      await page.getByLabel('Ny adgangskode').fill('en lang og god adgangskode');
      await page.getByLabel('Gentag adgangskoden').fill('en lang og god adgangskode');
      await page.getByRole('button', { name: /log ind/ }).click();
      await page.getByRole('alert').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `${name}-fejl`, width);
    }
    // Without its token the link says what to do instead.
    await page.goto(`${app.origin}/konto/nulstil`);
    await page.getByRole('alert').getByText('Linket mangler sin kode.', { exact: false }).waitFor();
    expect(offline.outside).toEqual([]);
    await offline.context.close();
  });

  it('sets a new password from the mailed reset link and is signed in with it', async () => {
    const asked = await fetch(`${app.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { requestPasswordReset(email: "fagperson@example.org") { __typename } }' }),
    });
    expect(asked.status).toBe(200);
    const link = await mailedLink(app.origin, /\/konto\/nulstil\?token=[\w-]+/);

    const { page, offline } = await app.open('phone');
    await page.goto(link);
    await page.getByLabel('Ny adgangskode').fill('nat-sygeplejersken-2026');
    await page.getByLabel('Gentag adgangskoden').fill('nat-sygeplejersken-2026');
    await page.getByRole('button', { name: 'Gem adgangskode og log ind' }).click();
    // Signed in: "Log ud" in the header, and the new password works on the sign-in page too.
    await page.getByRole('banner').getByRole('button', { name: 'Log ud' }).waitFor();
    await page.getByRole('banner').getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Log ind' }).click();
    await page.getByLabel('E-mail').fill('fagperson@example.org');
    await page.getByLabel('Adgangskode').fill('nat-sygeplejersken-2026');
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await page.getByRole('banner').getByRole('button', { name: 'Log ud' }).waitFor();
    // The link works once.
    await page.goto(link);
    await page.getByLabel('Ny adgangskode').fill('endnu-en-god-adgangskode');
    await page.getByLabel('Gentag adgangskoden').fill('endnu-en-god-adgangskode');
    await page.getByRole('button', { name: 'Gem adgangskode og log ind' }).click();
    await page.getByRole('alert').waitFor();
    expect(offline.outside).toEqual([]);
    await offline.context.close();
  });
});
