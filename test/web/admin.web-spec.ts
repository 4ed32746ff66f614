import type { Page } from 'playwright-core';
import { postGraphQL } from '#testing';
import { graphql, PASSWORD, tokenOf } from './keep-true-fixture.js';
import { accessibilityViolations, screenshot, signInThroughPage, startWebApp, WIDTHS, type WebApp, type WidthName } from './web-app.js';

/** Administration and self-service in the browser (issue 17, items 4 and 5), on the demo data. */

const ADMIN = 'admin@example.org';
const PROFESSIONAL = 'fagperson@example.org';
const KEY_PERSON = 'noegleperson@example.org';

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });

/** Submits a form and checks that the summary lists every field given, each marked invalid with the server's message. */
async function expectFieldErrors(page: Page, button: string, fields: [label: string, message: string][]): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Ret de markerede felter' });
  await summary.waitFor();
  for (const [label, message] of fields) {
    const field = page.getByLabel(label, { exact: true });
    // Waits for this answer's message (a summary from an earlier submit may still be on the page).
    await page
      .locator(`[id="${await field.getAttribute('id')}-error"]`)
      .filter({ hasText: message })
      .waitFor();
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
  }
  await expect(summary.locator('li').count()).resolves.toBe(fields.length);
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe('administration and self-service in the browser', () => {
  let app: WebApp;
  let network: { id: string; name: string };
  let professionalId: string;

  beforeAll(async () => {
    app = await startWebApp();
    const { networks } = await graphql<{ networks: { edges: { node: { id: string; name: string } }[] } }>(
      app,
      `
        {
          networks(first: 10) {
            edges {
              node {
                id
                name
              }
            }
          }
        }
      `,
    );
    network = networks.edges.map((e) => e.node).find((n) => n.name.includes('Livsmod'))!;
    const { me } = await graphql<{ me: { id: string } }>(
      app,
      `
        {
          me {
            id
          }
        }
      `,
      {},
      await tokenOf(app, PROFESSIONAL),
    );
    professionalId = me.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('keeps administration from a non-administrator: no menu entry, a refusal on every page, and the API refuses', async () => {
    const { page, offline } = await app.open('phone');
    await signInThroughPage(page, app.origin, PROFESSIONAL, PASSWORD);
    await expect(menu(page).getByRole('link', { name: 'Administration' }).count()).resolves.toBe(0);
    for (const path of [
      '/administration',
      '/administration/konti',
      '/administration/konti/ny',
      `/administration/konti/${professionalId}`,
      '/administration/maillog',
      '/administration/synonymer',
    ]) {
      await page.goto(`${app.origin}${path}`);
      await heading(page, 'Kun for administratorer');
      await expect(page.getByRole('table').count()).resolves.toBe(0);
    }
    const token = await tokenOf(app, PROFESSIONAL);
    const answer = await postGraphQL(app.port, `{ accounts { totalCount } }`, {}, { token });
    expect(answer.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
    await offline.context.close();
  });

  it('lets an administrator grant a role, after which the account sees the matching menu', async () => {
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, ADMIN, PASSWORD);
    await menu(page).getByRole('link', { name: 'Administration' }).click();
    await heading(page, 'Administration');
    await page.getByRole('link', { name: 'Konti og roller' }).click();
    await heading(page, 'Konti og roller');
    await page.getByLabel('Navn eller e-mail').fill('fagperson');
    await page.getByRole('button', { name: 'Vis konti' }).click();
    await page.getByRole('link', { name: 'Demo Fagperson' }).click();
    await heading(page, 'Demo Fagperson');
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Netværkskoordinator' });
    await page.getByLabel('Netværk', { exact: true }).selectOption({ label: network.name });
    await page.getByRole('button', { name: 'Giv rollen' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: `Netværkskoordinator for netværket ${network.name}` })
      .waitFor();
    await offline.context.close();

    const other = await app.open('phone');
    await signInThroughPage(other.page, app.origin, PROFESSIONAL, PASSWORD);
    await menu(other.page).getByRole('link', { name: 'Temadage' }).click();
    await heading(other.page, 'Temadage');
    await expect(menu(other.page).getByRole('link', { name: 'Administration' }).count()).resolves.toBe(0);
    await other.offline.context.close();
  });

  it('shows every invalid field of each administration form at once, with the server’s Danish messages', async () => {
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, ADMIN, PASSWORD);
    await page.goto(`${app.origin}/administration/konti/ny`);
    await heading(page, 'Invitér en ny bruger');
    await page.getByLabel('E-mail').fill('ikke en adresse');
    await expectFieldErrors(page, 'Send invitationen', [
      ['E-mail', 'Ugyldig e-mailadresse.'],
      ['Navn', 'Skal udfyldes.'],
      ['Organisation', 'Vælg organisationen.'],
    ]);
    await screenshot(page, 'admin-invite-invalid', 'desktop');

    await page.goto(`${app.origin}/administration/konti/${professionalId}`);
    await heading(page, 'Demo Fagperson');
    await expectFieldErrors(page, 'Giv rollen', [['Rolle', 'Vælg en rolle.']]);
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Administrator' });
    await page.getByLabel('Find organisation (ord i navnet)').fill('Helsingør');
    await page
      .getByLabel('Organisation', { exact: true })
      .locator('option', { hasText: 'Helsingør' })
      .first()
      .waitFor({ state: 'attached' });
    const helsingor = await page
      .getByLabel('Organisation', { exact: true })
      .locator('option', { hasText: 'Helsingør' })
      .first()
      .getAttribute('value');
    await page.getByLabel('Organisation', { exact: true }).selectOption(helsingor!);
    await page.getByLabel('Netværk', { exact: true }).selectOption({ label: network.name });
    await expectFieldErrors(page, 'Giv rollen', [
      ['Organisation', 'En administrator gælder overalt'],
      ['Netværk', 'En administrator gælder overalt'],
    ]);

    await page.goto(`${app.origin}/administration/synonymer`);
    await heading(page, 'Synonymer');
    await page.getByLabel('Ord', { exact: true }).fill('kun-et-ord');
    await expectFieldErrors(page, 'Tilføj gruppen', [['Ord', 'Skriv mindst to ord']]);
    await offline.context.close();
  });

  it('lets a person change their own name and password, and sign in with the new one', async () => {
    const { page, offline } = await app.open('phone');
    await signInThroughPage(page, app.origin, KEY_PERSON, PASSWORD);
    // The name in the header leads to one's own account.
    await page.getByRole('banner').getByRole('link', { name: 'Demo Nøgleperson, Helsingør' }).click();
    await heading(page, 'Min konto');
    await page.getByLabel('Navn', { exact: true }).fill(' ');
    await page.getByLabel('Stilling').fill('x'.repeat(201));
    await page.getByLabel('Telefon på arbejdet').fill('ring til mig');
    await expectFieldErrors(page, 'Gem mine oplysninger', [
      ['Navn', 'Skal udfyldes.'],
      ['Stilling', 'Må højst være 200 tegn.'],
      ['Telefon på arbejdet', 'Skriv telefonnummeret med cifre'],
    ]);
    await page.getByLabel('Navn', { exact: true }).fill('Nina Nøgleperson');
    await page.getByLabel('Stilling').fill('Sundhedsplejerske');
    await page.getByLabel('Telefon på arbejdet').fill('72 34 56 78');
    await page.getByRole('button', { name: 'Gem mine oplysninger' }).click();
    await page.getByText('Dine oplysninger er gemt.').waitFor();
    await page.getByRole('banner').getByText('Nina Nøgleperson').waitFor();

    await page.getByRole('link', { name: 'Skift adgangskode' }).click();
    await heading(page, 'Skift adgangskode');
    await page.getByLabel('Ny adgangskode').fill('kort');
    await expectFieldErrors(page, 'Skift adgangskode', [
      ['Nuværende adgangskode', 'Skriv din nuværende adgangskode.'],
      ['Ny adgangskode', 'mindst 12 tegn'],
    ]);
    await page.getByLabel('Nuværende adgangskode').fill(PASSWORD);
    await page.getByLabel('Ny adgangskode').fill('en-helt-ny-adgangskode');
    await page.getByRole('button', { name: 'Skift adgangskode' }).click();
    await page.getByText('Din adgangskode er skiftet.').waitFor();
    // The password change ended the other sessions, not this one: a reload keeps the person signed in, and Mine data
    // lists the changes they made.
    await page.goto(`${app.origin}/konto/mine-data`);
    await heading(page, 'Det har Vejviser om dig');
    await page.getByRole('heading', { name: 'Ændringer, du har lavet' }).waitFor();
    await page
      .getByText(/Ændrede Account .*jobTitle/)
      .first()
      .waitFor();
    await page.getByRole('heading', { name: 'Temadage' }).waitFor();
    await page.getByRole('heading', { name: 'Supervisionsgrupper' }).waitFor();
    await page.getByRole('banner').getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL(/log-ind/);
    await signInThroughPage(page, app.origin, KEY_PERSON, 'en-helt-ny-adgangskode');
    await page.getByRole('banner').getByText('Nina Nøgleperson').waitFor();
    await offline.context.close();
  });

  it.each(Object.keys(WIDTHS) as WidthName[])(
    'has no axe violations on the administration and account pages at %s width',
    async (width) => {
      const { page, offline } = await app.open(width);
      await signInThroughPage(page, app.origin, ADMIN, PASSWORD);
      const pages: [name: string, path: string, title: string][] = [
        ['administration', '/administration', 'Administration'],
        ['konti', '/administration/konti', 'Konti og roller'],
        ['konti-ny', '/administration/konti/ny', 'Invitér en ny bruger'],
        ['konto-admin', `/administration/konti/${professionalId}`, 'Demo Fagperson'],
        ['maillog', '/administration/maillog', 'Maillog'],
        ['synonymer', '/administration/synonymer', 'Synonymer'],
        ['min-konto', '/konto', 'Min konto'],
        ['adgangskode', '/konto/adgangskode', 'Skift adgangskode'],
        ['mine-data', '/konto/mine-data', 'Det har Vejviser om dig'],
        ['slet', '/konto/slet', 'Slet min konto'],
      ];
      for (const [name, path, h1] of pages) {
        await page.goto(`${app.origin}${path}`);
        await heading(page, h1);
        await page.waitForLoadState('networkidle');
        expect({ name, violations: await accessibilityViolations(page) }).toEqual({ name, violations: [] });
        expect({ name, width: await page.evaluate('document.documentElement.scrollWidth') }).toEqual({ name, width: WIDTHS[width].width });
        await screenshot(page, `admin-${name}`, width);
      }
      expect(offline.outside).toEqual([]);
      await offline.context.close();
    },
  );
});
