import type { Locator, Page } from 'playwright-core';
import { graphql, PASSWORD, tokenOf } from './keep-true-fixture.js';
import { accessibilityViolations, screenshot, signInThroughPage, startWebApp, WIDTHS, type WebApp, type WidthName } from './web-app.js';

/** Organisations and units in the browser (issue 17, item 1): forms, delete, and a menu and pages only for those who may. */

const EDITOR = 'redaktoer@example.org';
const ADMIN = 'admin@example.org';
const PROFESSIONAL = 'fagperson@example.org';
type Unit = { id: string; name: string; contacts: { id: string }[]; children: { id: string }[] };

async function editorsOrganisation(app: WebApp, token: string): Promise<{ id: string; name: string; units: Unit[] }> {
  const { me } = await graphql<{ me: { grants: { role: string; organisationId: string | null }[] } }>(
    app,
    '{ me { grants { role organisationId } } }',
    {},
    token,
  );
  const id = me.grants.find((g) => g.role === 'EDITOR' && g.organisationId)!.organisationId!;
  const data = await graphql<{ organisation: { name: string }; units: { edges: { node: Unit }[] } }>(
    app,
    `
      query ($id: ID!) {
        organisation(id: $id) {
          name
        }
        units(filter: { organisationId: $id }, first: 100) {
          edges {
            node {
              id
              name
              contacts {
                id
              }
              children {
                id
              }
            }
          }
        }
      }
    `,
    { id },
    token,
  );
  return { id, name: data.organisation.name, units: data.units.edges.map((e) => e.node) };
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Fills each [label, value]; a select gets the option with that value. */
async function fill(form: Locator, fields: [label: string, value: string][]): Promise<void> {
  for (const [label, value] of fields) {
    const field = form.getByLabel(label, { exact: true });
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
}

/** Each field's own message next to it, and one line per field in the summary above the form. */
async function expectAllInvalid(form: Locator, labels: string[]): Promise<void> {
  for (const label of labels) {
    const field = form.getByLabel(label, { exact: true });
    const id = (await field.getAttribute('id'))!;
    await form.locator(`[id="${id}-error"]`).filter({ hasText: /\S/ }).waitFor();
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(field.getAttribute('aria-describedby')).resolves.toContain(`${id}-error`);
  }
  const summary = form.getByRole('alert').filter({ hasText: 'Ret de markerede felter' });
  await expect(summary.locator('li').count()).resolves.toBe(labels.length);
}

const LONG = (n: number) => 'x'.repeat(n);
const BAD_ORGANISATION: [string, string][] = [
  ['Navn', ''],
  ['Sektor', ''],
  ['Kommunekode', '12'],
  ['Region', 'Atlantis'],
  ['Adresse', LONG(301)],
  ['Hjemmeside', 'ikke en adresse'],
  ['Beskrivelse', LONG(4001)],
  ['Dage mellem bekræftelser', '3'],
];
/** Every field of the new-offer form that can be wrong ("Enhed" offers only the organisation's units; "Adgang" makes "Visiteres af" required). */
const BAD_OFFER: [string, string][] = [
  ['Navn', ''],
  ['Adgang', 'VISITATION'],
  ['Visiteres af', ''],
  ['Beskrivelse', LONG(4001)],
  ['Hvad tilbuddet hjælper med', LONG(2001)],
  ['Alder fra', '121'],
  ['Alder til', '-1'],
  ['Ventetid', LONG(201)],
  ['Pris', LONG(201)],
  ['Adresse', LONG(301)],
];
const BAD_UNIT: [string, string][] = [
  ['Navn', ''],
  ['Adresse', LONG(301)],
  ['Beskrivelse', LONG(4001)],
];

describe('organisations and units in the browser', () => {
  let app: WebApp;
  let organisation: Awaited<ReturnType<typeof editorsOrganisation>>;

  beforeAll(async () => {
    app = await startWebApp();
    organisation = await editorsOrganisation(app, await tokenOf(app, EDITOR));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows "Ret kataloget" in the menu only to those who may edit, and keeps the forms from the others', async () => {
    const { page, offline } = await app.open('desktop');
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    await page.goto(`${app.origin}/`);
    await menu.getByRole('link', { name: 'Søg' }).waitFor();
    await expect(menu.getByRole('link', { name: 'Ret kataloget' }).count()).resolves.toBe(0);
    await signInThroughPage(page, app.origin, PROFESSIONAL, PASSWORD);
    await page.goto(`${app.origin}/`);
    await menu.getByRole('link', { name: 'Søg' }).waitFor();
    await expect(menu.getByRole('link', { name: 'Ret kataloget' }).count()).resolves.toBe(0);
    const unit = organisation.units[0];
    for (const path of [
      '/redigering',
      `/organisationer/${organisation.id}/ret`,
      `/enheder/ny?organisation=${organisation.id}`,
      `/tilbud/ny?organisation=${organisation.id}`,
      `/enheder/${unit.id}/ret`,
      '/organisationer/ny',
    ]) {
      await page.goto(`${app.origin}${path}`);
      await heading(page, 'Kun for redaktører');
      await expect(page.locator('form').count()).resolves.toBe(0);
    }
    await page.goto(`${app.origin}/organisationer/${organisation.id}`);
    await heading(page, organisation.name);
    await page.getByRole('heading', { name: 'Enheder og kontakter' }).waitFor();
    await expect(page.getByRole('link', { name: 'Ret organisationen' }).count()).resolves.toBe(0);
    // The API refuses too.
    const refused = await graphql<{ updateOrganisation: { __typename: string } }>(
      app,
      'mutation ($id: ID!) { updateOrganisation(id: $id, input: { name: "Overtaget" }) { __typename } }',
      { id: organisation.id },
      await tokenOf(app, PROFESSIONAL),
    );
    expect(refused.updateOrganisation.__typename).toBe('ForbiddenError');
    await offline.context.close();

    // An editor has the menu entry, but creating organisations is for administrators.
    const editor = await app.open('desktop');
    await signInThroughPage(editor.page, app.origin, EDITOR, PASSWORD);
    await editor.page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Ret kataloget' }).click();
    await heading(editor.page, 'Ret kataloget');
    await expect(editor.page.getByRole('link', { name: 'Opret en organisation' }).count()).resolves.toBe(0);
    await editor.page.getByRole('link', { name: `Ret ${organisation.name}` }).waitFor();
    // The organisation's page leads its editor to the form.
    await editor.page.goto(`${app.origin}/organisationer/${organisation.id}`);
    await editor.page.getByRole('link', { name: 'Ret organisationen' }).click();
    await editor.page.getByRole('button', { name: 'Gem organisationen' }).waitFor();
    await editor.page.goto(`${app.origin}/organisationer/ny`);
    await heading(editor.page, 'Kun for redaktører');
    await editor.offline.context.close();
  });

  it('submits every new form once with every field invalid and shows all the errors', async () => {
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, ADMIN, PASSWORD);
    const forms: [path: string, title: string | RegExp, button: string, bad: [string, string][]][] = [
      ['/organisationer/ny', 'Ny organisation', 'Opret organisationen', BAD_ORGANISATION],
      [`/organisationer/${organisation.id}/ret`, organisation.name, 'Gem organisationen', BAD_ORGANISATION],
      [`/enheder/ny?organisation=${organisation.id}`, 'Ny enhed', 'Opret enheden', BAD_UNIT],
      [`/enheder/${organisation.units[0].id}/ret`, organisation.units[0].name, 'Gem enheden', BAD_UNIT],
      [`/tilbud/ny?organisation=${organisation.id}`, 'Nyt tilbud', 'Opret tilbuddet', BAD_OFFER],
    ];
    for (const [path, title, button, bad] of forms) {
      await page.goto(`${app.origin}${path}`);
      await heading(page, title);
      const form = page.locator('form.record-form');
      await form.getByRole('button', { name: button }).waitFor();
      await fill(form, bad);
      await form.getByRole('button', { name: button }).click();
      await expectAllInvalid(
        form,
        bad.map(([label]) => label).filter((label) => label !== 'Adgang'),
      );
      expect({ path, violations: await accessibilityViolations(page) }).toEqual({ path, violations: [] });
    }
    await offline.context.close();
  });

  it('lets an editor create an offer in a unit from the unit’s form, and opens the new offer’s form', async () => {
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    const unit = organisation.units[0];
    await page.goto(`${app.origin}/enheder/${unit.id}/ret`);
    await page.getByRole('link', { name: 'Opret et tilbud i enheden' }).click();
    await heading(page, 'Nyt tilbud');
    const form = page.locator('form.record-form');
    await expect(form.getByLabel('Enhed', { exact: true }).inputValue()).resolves.toBe(unit.id);
    await fill(form, [
      ['Navn', 'Ungeguiden'],
      ['Adgang', 'VISITATION'],
      ['Visiteres af', 'Familieafdelingen'],
      ['Alder fra', '15'],
      ['Alder til', '25'],
    ]);
    await form.getByRole('button', { name: 'Opret tilbuddet' }).click();
    await heading(page, 'Ungeguiden');
    await page.waitForURL(/\/tilbud\/[^/]+\/ret$/);
    await page.locator('.hours-editor').waitFor();
    const id = new URL(page.url()).pathname.split('/')[2];
    const { offer } = await graphql<{
      offer: { unit: { id: string }; accessRoute: string; decidedBy: string; ageMin: number; ageMax: number };
    }>(app, 'query ($id: ID!) { offer(id: $id) { unit { id } accessRoute decidedBy ageMin ageMax } }', { id }, await tokenOf(app, EDITOR));
    expect(offer).toEqual({ unit: { id: unit.id }, accessRoute: 'VISITATION', decidedBy: 'Familieafdelingen', ageMin: 15, ageMax: 25 });
    await offline.context.close();
  });

  it('lets an editor create a unit, change it and delete it; a unit with contacts says what must go first', async () => {
    const { page, offline } = await app.open('phone');
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    await page.goto(`${app.origin}/enheder/ny?organisation=${organisation.id}`);
    await heading(page, 'Ny enhed');
    await page.getByLabel('Navn', { exact: true }).fill('Ungeteamet Nord');
    await page.getByLabel('Niveau').selectOption('TEAM');
    await page.getByRole('button', { name: 'Opret enheden' }).click();
    await heading(page, 'Ungeteamet Nord');
    await page.getByLabel('Adresse', { exact: true }).fill('Stengade 59, 3000 Helsingør');
    await page.getByRole('button', { name: 'Gem enheden' }).click();
    await page.getByText('Enheden er gemt.').waitFor();
    await page.getByRole('button', { name: 'Slet enheden …' }).click();
    const confirm = page.getByRole('alert').filter({ hasText: 'Vil du slette enheden “Ungeteamet Nord”' });
    await confirm.getByText('Redaktørrettigheder givet for enheden').waitFor();
    await confirm.getByRole('button', { name: 'Ja, slet enheden' }).click();
    await page.waitForURL(`${app.origin}/organisationer/${organisation.id}`);

    const busy = organisation.units.find((u) => u.contacts.length > 0)!;
    await page.goto(`${app.origin}/enheder/${busy.id}/ret`);
    await heading(page, busy.name);
    await page.getByRole('button', { name: 'Slet enheden …' }).click();
    const blocked = page.getByRole('status').filter({ hasText: 'Enheden kan ikke slettes endnu' });
    await blocked.getByText(`Kontakter: ${busy.contacts.length}`).waitFor();
    await expect(page.getByRole('button', { name: 'Ja, slet enheden' }).count()).resolves.toBe(0);
    await offline.context.close();
  });

  it.each(Object.keys(WIDTHS) as WidthName[])('has no axe violations on the organisation and unit pages at %s width', async (width) => {
    const { page, offline } = await app.open(width);
    await signInThroughPage(page, app.origin, ADMIN, PASSWORD);
    const unit = organisation.units[0];
    const pages: [name: string, path: string, title: string, ready: string][] = [
      ['redigering', '/redigering', 'Ret kataloget', '#all-organisations'],
      ['organisation-ny', '/organisationer/ny', 'Ny organisation', 'form'],
      ['organisation-ret', `/organisationer/${organisation.id}/ret`, organisation.name, 'form'],
      ['organisation-side', `/organisationer/${organisation.id}`, organisation.name, '.record-edit-links'],
      ['enhed-ny', `/enheder/ny?organisation=${organisation.id}`, 'Ny enhed', 'form'],
      ['enhed-ret', `/enheder/${unit.id}/ret`, unit.name, 'form'],
    ];
    for (const [name, path, title, ready] of pages) {
      await page.goto(`${app.origin}${path}`);
      await heading(page, title);
      await page.locator(ready).first().waitFor();
      expect({ name, violations: await accessibilityViolations(page) }).toEqual({ name, violations: [] });
      expect({ name, width: await page.evaluate('document.documentElement.scrollWidth') }).toEqual({ name, width: WIDTHS[width].width });
      await screenshot(page, `catalogue-${name}`, width);
    }
    expect(offline.outside).toEqual([]);
    await offline.context.close();
  });
});
