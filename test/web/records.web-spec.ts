import type { Page } from 'playwright-core';
import { postGraphQL } from '#testing';
import { accessibilityViolations, screenshot, signInThroughPage, startWebApp, WIDTHS, type WebApp, type WidthName } from './web-app.js';

/** Record pages (issue 13, items 5 and 6) on the demo data: ids are found through GraphQL, never hard-coded. */

interface Ids {
  staffContact: { id: string; name: string; organisationId: string; municipality: string | null };
  staleContact: { id: string; name: string };
  offer: { id: string; name: string };
  organisation: { id: string; name: string };
  volunteer: { id: string; name: string };
  themeDay: { id: string; title: string };
  otherThemeDay: { id: string; title: string };
  network: { id: string; name: string };
}

type Channel = { visibility: string; kind: string };
type ContactNode = {
  id: string;
  name: string;
  stale: boolean;
  channels: Channel[];
  organisation: { id: string; sector: string; municipality: { code: string } | null };
};

async function graphql<T>(app: WebApp, query: string, token?: string): Promise<T> {
  const answer = await postGraphQL<T>(app.port, query, {}, { token });
  if (answer.errors || !answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

async function adminToken(app: WebApp): Promise<string> {
  const { signIn } = await graphql<{ signIn: { accessToken: string } }>(
    app,
    `
      mutation {
        signIn(input: { email: "admin@example.org", password: "vejviser-demo" }) {
          ... on Session {
            accessToken
          }
        }
      }
    `,
  );
  return signIn.accessToken;
}

async function findIds(app: WebApp, token: string): Promise<Ids> {
  const data = await graphql<{
    contacts: { edges: { node: ContactNode }[] };
    offers: { edges: { node: { id: string; name: string; channels: Channel[]; openingHours: unknown } }[] };
    organisations: { edges: { node: { id: string; name: string } }[] };
    volunteerOrganisations: { edges: { node: { id: string; name: string } }[] };
    themeDays: { edges: { node: { id: string; title: string; visibility: string; registrationOpen: boolean } }[] };
    networks: { edges: { node: { id: string; name: string } }[] };
  }>(
    app,
    `
      {
        contacts(first: 100, filter: { municipality: "0217" }) {
          edges {
            node {
              id
              name
              stale
              channels {
                visibility
                kind
              }
              organisation {
                id
                sector
                municipality {
                  code
                }
              }
            }
          }
        }
        offers(first: 50, filter: { municipality: "0217" }) {
          edges {
            node {
              id
              name
              channels {
                visibility
                kind
              }
              openingHours {
                alwaysOpen
              }
            }
          }
        }
        organisations(first: 5, filter: { municipality: "0217", sector: MUNICIPAL }) {
          edges {
            node {
              id
              name
            }
          }
        }
        volunteerOrganisations(first: 5, municipality: "0217") {
          edges {
            node {
              id
              name
            }
          }
        }
        themeDays(first: 20) {
          edges {
            node {
              id
              title
              visibility
              registrationOpen
            }
          }
        }
        networks(first: 5) {
          edges {
            node {
              id
              name
            }
          }
        }
      }
    `,
    token,
  );
  const contacts = data.contacts.edges.map((e) => e.node);
  const staff = contacts.find(
    (c) => c.organisation.sector === 'MUNICIPAL' && c.channels.some((ch) => ch.visibility === 'STAFF') && !c.stale,
  )!;
  const stale = contacts.find((c) => c.stale)!;
  const offer = data.offers.edges.map((e) => e.node).find((o) => o.openingHours && o.channels.some((c) => c.kind === 'PHONE'))!;
  const [themeDay, otherThemeDay] = data.themeDays.edges.map((e) => e.node).filter((d) => d.visibility === 'PUBLIC' && d.registrationOpen);
  return {
    staffContact: {
      id: staff.id,
      name: staff.name,
      organisationId: staff.organisation.id,
      municipality: staff.organisation.municipality?.code ?? null,
    },
    staleContact: { id: stale.id, name: stale.name },
    offer: { id: offer.id, name: offer.name },
    organisation: data.organisations.edges[0].node,
    volunteer: data.volunteerOrganisations.edges[0].node,
    themeDay: { id: themeDay.id, title: themeDay.title },
    otherThemeDay: { id: otherThemeDay.id, title: otherThemeDay.title },
    network: data.networks.edges[0].node,
  };
}

const OPENING = /Åben nu|Lukket – åbner|Lukket \(/;

/** Signs the administrator in through the page /log-ind. */
const signInAsAdmin = (page: Page, app: WebApp) => signInThroughPage(page, app.origin, 'admin@example.org', 'vejviser-demo');

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('record pages', () => {
  let app: WebApp;
  let ids: Ids;

  beforeAll(async () => {
    app = await startWebApp();
    ids = await findIds(app, await adminToken(app));
  });

  afterAll(async () => {
    await app?.close();
  });

  function pages() {
    return [
      { name: 'kontakt', path: `/kontakter/${ids.staffContact.id}`, heading: ids.staffContact.name, phone: true },
      { name: 'kontakt-foraeldet', path: `/kontakter/${ids.staleContact.id}`, heading: ids.staleContact.name, phone: true },
      { name: 'tilbud', path: `/tilbud/${ids.offer.id}`, heading: ids.offer.name, phone: true },
      { name: 'organisation', path: `/organisationer/${ids.organisation.id}`, heading: ids.organisation.name, phone: true },
      { name: 'frivillig', path: `/frivillige/${ids.volunteer.id}`, heading: ids.volunteer.name, phone: false },
      { name: 'kommune', path: '/kommuner/0217', heading: 'Helsingør Kommune', phone: true },
      { name: 'region', path: '/regioner/hovedstaden', heading: 'Region Hovedstaden', phone: false },
      { name: 'temadag', path: `/temadage/${ids.themeDay.id}`, heading: ids.themeDay.title, phone: false },
      { name: 'kontakt-ret', path: `/kontakter/${ids.staffContact.id}/ret`, heading: ids.staffContact.name, phone: true },
      { name: 'tilbud-ret', path: `/tilbud/${ids.offer.id}/ret`, heading: ids.offer.name, phone: true },
      {
        name: 'kontakt-ny',
        path: `/kontakter/ny?organisation=${ids.organisation.id}&situation=transition-18`,
        heading: 'Ny kontakt',
        phone: false,
      },
      { name: 'daekning', path: `/netvaerk/${ids.network.id}/daekning`, heading: `Dækning i ${ids.network.name}`, phone: false },
      { name: 'kontakt-findes-ikke', path: '/kontakter/7c1e2a', heading: 'Kontakten findes ikke', phone: false },
    ];
  }

  it.each(Object.keys(WIDTHS) as WidthName[])('shows every record page at %s width with no axe violations', async (width) => {
    const { page, offline } = await app.open(width);
    for (const { name, path, heading: title, phone } of pages()) {
      const answer = await page.goto(`${app.origin}${path}`);
      expect(answer?.status()).toBe(200);
      await heading(page, title);
      if (phone) {
        await expect(page.locator('main a[href^="tel:"]').first().getAttribute('href')).resolves.toMatch(/^tel:\+?\d{8,}$/);
        await expect(page.locator('main').textContent()).resolves.toMatch(OPENING);
      }
      expect({ name, violations: await accessibilityViolations(page) }).toEqual({ name, violations: [] });
      // Nothing wider than the screen (long addresses and links wrap).
      expect({ name, width: await page.evaluate('document.documentElement.scrollWidth') }).toEqual({ name, width: WIDTHS[width].width });
      await screenshot(page, `record-${name}`, width);
    }
    expect(offline.outside).toEqual([]);
    await offline.context.close();
  });

  it('shows trust on a contact: opening status in words, last verified, and a stale marker when stale', async () => {
    const { page, offline } = await app.open('phone');
    await page.goto(`${app.origin}/kontakter/${ids.staffContact.id}`);
    await heading(page, ids.staffContact.name);
    const main = page.locator('main');
    await expect(main.textContent()).resolves.toMatch(/Sidst bekræftet \d{1,2}\. [a-zæøå]+ \d{4}/);
    await expect(main.getByText('Skal tjekkes').count()).resolves.toBe(0);
    await page.goto(`${app.origin}/kontakter/${ids.staleContact.id}`);
    await heading(page, ids.staleContact.name);
    await main.getByText('Skal tjekkes').first().waitFor();
    await expect(main.textContent()).resolves.toContain('Tjek dem, før du overleverer');
    await offline.context.close();
  });

  it('shows staff lines, marked for professionals, only to someone signed in through /log-ind', async () => {
    const anonymous = await app.open('desktop');
    await anonymous.page.goto(`${app.origin}/kontakter/${ids.staffContact.id}`);
    await heading(anonymous.page, ids.staffContact.name);
    await expect(anonymous.page.getByText('kun for fagpersoner').count()).resolves.toBe(0);
    await anonymous.offline.context.close();

    const signedIn = await app.open('desktop');
    await signInAsAdmin(signedIn.page, app);
    await signedIn.page.goto(`${app.origin}/kontakter/${ids.staffContact.id}`);
    await heading(signedIn.page, ids.staffContact.name);
    await signedIn.page.getByText('kun for fagpersoner').first().waitFor();
    await expect(signedIn.page.locator('main').textContent()).resolves.toContain('Ansvarlig for oplysningerne');
    await signedIn.offline.context.close();
  });

  it('links a contact to its organisation and on to its municipality', async () => {
    const { page, offline } = await app.open('desktop');
    await page.goto(`${app.origin}/kontakter/${ids.staffContact.id}`);
    await heading(page, ids.staffContact.name);
    await page.locator(`main a[href="/organisationer/${ids.staffContact.organisationId}"]`).click();
    await heading(page, ids.organisation.name);
    await page.locator('main').getByRole('link', { name: 'Helsingør', exact: true }).click();
    await heading(page, 'Helsingør Kommune');
    await page.getByRole('heading', { level: 2, name: 'Indgange efter situation' }).waitFor();
    // Grouped by the situations' Danish labels, never their keys.
    await page.getByRole('heading', { level: 3, name: 'Selvmordsforsøg og selvmordsadfærd' }).waitFor();
    await expect(page.locator('main').textContent()).resolves.not.toContain('suicidal-behaviour');
    // Each group is short: the rest behind "Vis N flere".
    await page
      .locator('summary', { hasText: /^Vis \d+ flere$/ })
      .first()
      .click();
    await offline.context.close();
  });

  it('tells an anonymous visitor of an edit link to sign in, and an administrator what they may do', async () => {
    const anonymous = await app.open('phone');
    await anonymous.page.goto(`${app.origin}/kontakter/${ids.staffContact.id}/ret`);
    await heading(anonymous.page, ids.staffContact.name);
    const signIn = anonymous.page.getByRole('complementary', { name: 'Ret oplysningerne' }).getByRole('link', { name: 'Log ind' });
    await signIn.waitFor();
    await expect(anonymous.page.getByText('Log ind for at se, hvad du kan rette.').count()).resolves.toBe(1);
    await expect(signIn.getAttribute('href')).resolves.toBe(
      `/log-ind?tilbage=${encodeURIComponent(`/kontakter/${ids.staffContact.id}/ret`)}`,
    );
    await anonymous.offline.context.close();

    const admin = await app.open('desktop');
    await signInAsAdmin(admin.page, app);
    for (const path of [
      `/kontakter/${ids.staffContact.id}/ret`,
      `/tilbud/${ids.offer.id}/ret`,
      `/kontakter/ny?organisation=${ids.organisation.id}`,
    ]) {
      await admin.page.goto(`${app.origin}${path}`);
      await admin.page.getByText('Du kan rette oplysningerne herunder').waitFor();
    }
    await admin.offline.context.close();
  });

  it('shows a network’s coverage to an administrator, and explains why not to an anonymous visitor', async () => {
    const anonymous = await app.open('desktop');
    await anonymous.page.goto(`${app.origin}/netvaerk/${ids.network.id}/daekning?kommune=0217`);
    await heading(anonymous.page, `Dækning i ${ids.network.name}`);
    await anonymous.page.getByText('Dækningen vises for netværkets koordinatorer').waitFor();
    await expect(anonymous.page.locator('table').count()).resolves.toBe(0);
    await anonymous.offline.context.close();

    const admin = await app.open('desktop');
    await signInAsAdmin(admin.page, app);
    await admin.page.goto(`${app.origin}/netvaerk/${ids.network.id}/daekning?kommune=0217`);
    await heading(admin.page, `Dækning i ${ids.network.name}`);
    await admin.page.getByRole('heading', { level: 2, name: 'Helsingør' }).waitFor();
    await expect(admin.page.locator('section.coverage').count()).resolves.toBe(1);
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    // The municipality's page shows the same coverage to those allowed to see it.
    await admin.page.goto(`${app.origin}/kommuner/0217`);
    await admin.page.getByRole('heading', { level: 2, name: `Dækning i netværket ${ids.network.name}` }).waitFor();
    await admin.offline.context.close();
  });

  it('answers unknown ids and codes with a friendly page, not a crash', async () => {
    const { page, offline } = await app.open('phone');
    const unknown: [string, string][] = [
      ['/kontakter/7c1e2a/ret', 'Kontakten findes ikke'],
      ['/tilbud/91fd04/ret', 'Tilbuddet findes ikke'],
      ['/tilbud/00000000-0000-4000-8000-000000000000', 'Tilbuddet findes ikke'],
      ['/organisationer/findes-ikke', 'Organisationen findes ikke'],
      ['/frivillige/findes-ikke', 'Organisationen findes ikke'],
      ['/kommuner/9999', 'Kommunen findes ikke'],
      ['/regioner/atlantis', 'Regionen findes ikke'],
      ['/temadage/00000000-0000-4000-8000-000000000000', 'Temadagen findes ikke'],
      ['/netvaerk/4b2d/daekning', 'Netværket findes ikke'],
    ];
    for (const [path, title] of unknown) {
      const answer = await page.goto(`${app.origin}${path}`);
      expect(answer?.status()).toBe(200);
      await heading(page, title);
    }
    await offline.context.close();
  });

  it('registers for a public theme day, with Danish errors tied to their fields', async () => {
    const { page, offline } = await app.open('phone');
    await page.goto(`${app.origin}/temadage/${ids.themeDay.id}`);
    await heading(page, ids.themeDay.title);
    await page.getByRole('button', { name: 'Tilmeld mig' }).click();
    const name = page.getByLabel('Dit navn');
    await page.getByText('Skriv dit navn.').waitFor();
    await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator(':focus').getAttribute('id')).resolves.toBe('registration-name');
    await expect(page.locator(`#${(await name.getAttribute('aria-describedby'))!.split(' ').pop()}`).textContent()).resolves.toContain(
      'Skriv dit navn.',
    );
    await expect(page.getByLabel('Din arbejdsmail').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'record-temadag-fejl', 'phone');

    // Text that looks like a CPR number is refused by the API, with its reason, on the field.
    await name.fill('Borger 010203-1234');
    await page.getByLabel('Din arbejdsmail').fill('sygeplejerske@example.org');
    await page.getByRole('button', { name: 'Tilmeld mig' }).click();
    await page.locator('#registration-name-error', { hasText: 'ligner et CPR-nummer' }).waitFor();
    await expect(page.getByLabel('Din arbejdsmail').getAttribute('aria-invalid')).resolves.toBeNull();

    await name.fill('Demo Sygeplejerske');
    await page.getByLabel('Arbejdsplads (valgfri)').fill('Børne- og ungdomspsykiatrien');
    await page.getByRole('button', { name: 'Tilmeld mig' }).click();
    await page.getByText('Du er tilmeldt. Vi har sendt en bekræftelse til sygeplejerske@example.org.').waitFor();
    await screenshot(page, 'record-temadag-tilmeldt', 'phone');
    await offline.context.close();
  });

  it('registers a signed-in professional as their account, asking only for the workplace', async () => {
    const { page, offline } = await app.open('desktop');
    await signInAsAdmin(page, app);
    await page.goto(`${app.origin}/temadage/${ids.otherThemeDay.id}`);
    await heading(page, ids.otherThemeDay.title);
    await page.getByText('Du tilmeldes som Demo Administrator (admin@example.org).').waitFor();
    await expect(page.getByLabel('Dit navn').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Tilmeld mig' }).click();
    await page.getByText('Du er tilmeldt. Vi har sendt en bekræftelse til admin@example.org.').waitFor();
    await page.reload();
    await heading(page, ids.otherThemeDay.title);
    await page.getByText('Du er tilmeldt.', { exact: true }).waitFor();
    await offline.context.close();
  });
});
