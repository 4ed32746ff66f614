import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { postGraphQL } from '#testing';
import { accessibilityViolations, screenshot, signInThroughPage, startWebApp, WIDTHS, type WebApp, type WidthName } from './web-app.js';

/** Theme days for network coordinators in the browser (issue 17, item 3), on the demo data. */

const PASSWORD = 'vejviser-demo';
const COORDINATOR = 'noegleperson@example.org';
const EDITOR = 'redaktoer@example.org';
const DAY = 24 * 3600 * 1000;

async function graphql<T>(app: WebApp, query: string, variables: { [name: string]: unknown } = {}, token?: string): Promise<T> {
  const answer = await postGraphQL<T>(app.port, query, variables, { token });
  if (answer.errors || !answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

async function tokenOf(app: WebApp, email: string): Promise<string> {
  const { signIn } = await graphql<{ signIn: { accessToken: string } }>(
    app,
    `
      mutation ($email: String!, $password: String!) {
        signIn(input: { email: $email, password: $password }) {
          ... on Session {
            accessToken
          }
        }
      }
    `,
    { email, password: PASSWORD },
  );
  return signIn.accessToken;
}

const registrationsOf = async (app: WebApp, id: string, token: string) =>
  (
    await graphql<{ themeDay: { registrations: { id: string; name: string; status: string }[] | null } }>(
      app,
      `
        query ($id: ID!) {
          themeDay(id: $id) {
            registrations {
              id
              name
              status
            }
          }
        }
      `,
      { id },
      token,
    )
  ).themeDay.registrations;

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('theme days for network coordinators', () => {
  let app: WebApp;
  let coordinator: string;
  let editor: string;
  let dayId: string;
  const title = 'Selvskade hos unge – hvem gør hvad?';

  beforeAll(async () => {
    app = await startWebApp();
    const admin = await tokenOf(app, 'admin@example.org');
    const { networks } = await graphql<{ networks: { edges: { node: { id: string } }[] } }>(
      app,
      `
        {
          networks(first: 1) {
            edges {
              node {
                id
              }
            }
          }
        }
      `,
      {},
      admin,
    );
    const networkId = networks.edges[0].node.id;
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
      await tokenOf(app, COORDINATOR),
    );
    await graphql(
      app,
      `
        mutation ($n: ID!, $a: ID!) {
          setNetworkCoordinator(networkId: $n, accountId: $a) {
            __typename
          }
        }
      `,
      {
        n: networkId,
        a: me.id,
      },
      admin,
    );
    coordinator = await tokenOf(app, COORDINATOR);
    editor = await tokenOf(app, EDITOR);
    const starts = new Date(Date.now() + 20 * DAY);
    const { createThemeDay } = await graphql<{ createThemeDay: { id: string } }>(
      app,
      `
        mutation ($input: CreateThemeDayInput!) {
          createThemeDay(input: $input) {
            ... on ThemeDay {
              id
            }
            ... on ErrorResult {
              message
            }
          }
        }
      `,
      {
        input: {
          networkId,
          title,
          topic: 'Samarbejdet mellem kommune og region efter udskrivning.',
          venue: 'Kulturværftet, Allégade 2, Helsingør',
          startsAt: starts.toISOString(),
          endsAt: new Date(starts.getTime() + 6 * 3600 * 1000).toISOString(),
          capacity: 1,
          visibility: 'PUBLIC',
        },
      },
      coordinator,
    );
    dayId = createThemeDay.id;
    for (const [name, email, workplace] of [
      ['Anne Andersen', 'anne.temadag@example.org', 'Helsingør Kommune, PPR'],
      ['=HYPERLINK("https://example.org")', 'bo.temadag@example.org', '@Fredensborg'],
      ['Cille Clausen', 'cille.temadag@example.org', null],
    ])
      await graphql(
        app,
        `
          mutation ($input: RegisterForThemeDayInput!) {
            registerForThemeDay(input: $input) {
              __typename
            }
          }
        `,
        {
          input: { themeDayId: dayId, name, email, workplace },
        },
      );
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lets a coordinator move someone up from the waitlist by cancelling another registration, and export the list', async () => {
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, COORDINATOR, PASSWORD);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Temadage' }).click();
    await heading(page, 'Temadage');
    await page.getByRole('link', { name: title }).click();
    await heading(page, title);
    await page.getByRole('button', { name: 'Meld fra: Anne Andersen' }).click();
    await page.getByRole('button', { name: 'Ja, meld Anne Andersen fra' }).click();
    await page.getByText('Anne Andersen er meldt fra').waitFor();
    await page.getByRole('heading', { name: 'Bekræftede (1)' }).waitFor();
    await page.getByRole('table', { name: 'Bekræftede tilmeldinger' }).getByText('=HYPERLINK("https://example.org")').waitFor();
    await page.locator('.waitlist').getByText('Cille Clausen').waitFor();
    expect((await registrationsOf(app, dayId, coordinator))!.map((r) => `${r.name} ${r.status}`)).toEqual([
      'Anne Andersen CANCELLED',
      '=HYPERLINK("https://example.org") CONFIRMED',
      'Cille Clausen WAITLISTED',
    ]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent deltagerlisten som CSV' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'Navn;E-mail;Arbejdssted;Status;Plads på venteliste;Mødt',
      `"'=HYPERLINK(""https://example.org"")";bo.temadag@example.org;'@Fredensborg;Bekræftet;;`,
      'Cille Clausen;cille.temadag@example.org;;Venteliste;1;',
      '',
    ]);
    await page.getByRole('link', { name: 'Udskrivbar deltagerliste' }).click();
    await heading(page, title);
    await page.getByRole('table', { name: 'Bekræftede deltagere' }).getByText('=HYPERLINK("https://example.org")').waitFor();
    await page.goBack();
    const ics = await page.getByRole('link', { name: 'Netværkets kalender (.ics)' }).getAttribute('href');
    expect(ics).toMatch(/^\/calendar\/networks\/[\w-]+\.ics$/);
    await offline.context.close();
  });

  it('shows every invalid field of the new theme day at once, with the server’s Danish messages', async () => {
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, COORDINATOR, PASSWORD);
    await page.goto(`${app.origin}/temadage/ny`);
    await heading(page, 'Planlæg en temadag');
    await page.getByLabel('Netværk', { exact: true }).selectOption('');
    const fields: [label: string, value: string, message: string][] = [
      ['Titel', '', 'Skal udfyldes.'],
      ['Emne', '', 'Skal udfyldes.'],
      ['Beskrivelse', 'x'.repeat(8001), 'Må højst være 8000 tegn.'],
      ['Onlinelink', 'ftp://example.org', 'Linket skal starte med https://.'],
      ['Starter', '2020-01-01T10:00', 'Temadagen skal ligge i fremtiden.'],
      ['Slutter', '2020-01-01T09:00', 'Slut skal ligge efter start.'],
      ['Antal pladser', '0', 'Der skal være mindst én plads.'],
      ['Tilmelding åbner', '2020-01-02T10:00', 'Tilmeldingen skal åbne, før den lukker.'],
      ['Tilmelding lukker', '2020-01-01T12:00', 'Tilmeldingen skal lukke senest, når dagen begynder.'],
    ];
    for (const [label, value] of fields) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole('button', { name: 'Opret temadagen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Ret de markerede felter' });
    await summary.waitFor();
    await expect(summary.locator('li').count()).resolves.toBe(fields.length + 1);
    for (const [label, , message] of [...fields, ['Netværk', '', 'Vælg et netværk.'] as const]) {
      const field = page.getByLabel(label, { exact: true });
      await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(page.locator(`[id="${await field.getAttribute('id')}-error"]`).textContent()).resolves.toContain(message);
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'theme-day-invalid', 'desktop');
    await offline.context.close();
  });

  it.each(Object.keys(WIDTHS) as WidthName[])('has no axe violations on the coordinators’ pages at %s width', async (width) => {
    const { page, offline } = await app.open(width);
    await signInThroughPage(page, app.origin, COORDINATOR, PASSWORD);
    const pages: [name: string, path: string, title: string | RegExp][] = [
      ['temadage', '/temadage', 'Temadage'],
      ['temadag-ny', '/temadage/ny', 'Planlæg en temadag'],
      ['temadag-tilmeldte', `/temadage/${dayId}/tilmeldte`, title],
      ['temadag-ret', `/temadage/${dayId}/ret`, /^Ret /],
      ['temadag-deltagerliste', `/temadage/${dayId}/deltagerliste`, title],
    ];
    for (const [name, path, h1] of pages) {
      await page.goto(`${app.origin}${path}`);
      await heading(page, h1);
      await page.waitForLoadState('networkidle');
      expect({ name, violations: await accessibilityViolations(page) }).toEqual({ name, violations: [] });
      expect({ name, width: await page.evaluate('document.documentElement.scrollWidth') }).toEqual({ name, width: WIDTHS[width].width });
      await screenshot(page, `coordinator-${name}`, width);
    }
    expect(offline.outside).toEqual([]);
    await offline.context.close();
  });

  it('shows the pages to no one else, and the API refuses them too', async () => {
    const { page, offline } = await app.open('phone');
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    await expect(page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Temadage' }).count()).resolves.toBe(0);
    for (const path of ['/temadage', `/temadage/${dayId}/tilmeldte`, `/temadage/${dayId}/deltagerliste`]) {
      await page.goto(`${app.origin}${path}`);
      await heading(page, 'Kun for netværkets koordinatorer');
      await expect(page.getByText('Cille Clausen').count()).resolves.toBe(0);
    }
    expect(await registrationsOf(app, dayId, editor)).toBeNull();
    const cille = (await registrationsOf(app, dayId, coordinator))!.find((r) => r.name === 'Cille Clausen')!;
    const { cancelThemeDayRegistrationOnBehalf } = await graphql<{ cancelThemeDayRegistrationOnBehalf: { __typename: string } }>(
      app,
      `
        mutation ($id: ID!) {
          cancelThemeDayRegistrationOnBehalf(registrationId: $id) {
            __typename
          }
        }
      `,
      { id: cille.id },
      editor,
    );
    expect(cancelThemeDayRegistrationOnBehalf.__typename).toBe('ForbiddenError');
    expect((await registrationsOf(app, dayId, coordinator))!.find((r) => r.id === cille.id)!.status).toBe('WAITLISTED');
    await offline.context.close();
  });
});
