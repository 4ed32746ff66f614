import type { Page } from 'playwright-core';
import {
  APPLICANT,
  COORDINATOR,
  demoOf,
  everyFieldInvalid,
  graphql,
  heading,
  KEY_PERSON,
  membersOf,
  PASSWORD,
  tokenOf,
  type Demo,
} from './network-fixture.js';
import { accessibilityViolations, screenshot, signInThroughPage, startWebApp, WIDTHS, type WebApp, type WidthName } from './web-app.js';

/**
 * What the network pages lacked (issue 17, item 3): administrators create networks, coordinators cap a supervision
 * group's seats per sector, and a party's key persons decide their own party's applications.
 */

const ADMIN = 'admin@example.org';
const PROFESSIONAL = 'fagperson@example.org';
const OTHER_APPLICANT = 'redaktoer@example.org';
const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });

describe('network pages: new network, sector caps, key persons’ applications', () => {
  let app: WebApp;
  let coordinator: string;
  let demo: Demo;
  let otherApplicationId: string;

  beforeAll(async () => {
    app = await startWebApp();
    coordinator = await tokenOf(app, COORDINATOR);
    demo = await demoOf(app, coordinator);
    // An application through another party than the key person's (Helsingør).
    const { network } = await graphql<{ network: { parties: { id: string; name: string; kind: string }[] } }>(
      app,
      `
        query ($id: ID!) {
          network(id: $id) {
            parties {
              id
              name
              kind
            }
          }
        }
      `,
      { id: demo.networkId },
      coordinator,
    );
    const other = network.parties.find((p) => p.kind === 'MUNICIPALITY' && !p.name.includes('Helsingør'))!;
    const { applyToNetwork } = await graphql<{ applyToNetwork: { __typename: string; id: string } }>(
      app,
      `
        mutation ($input: ApplyToNetworkInput!) {
          applyToNetwork(input: $input) {
            __typename
            ... on NetworkMember {
              id
            }
          }
        }
      `,
      { input: { networkId: demo.networkId, partyId: other.id, jobTitle: 'Redaktør (demo)' } },
      await tokenOf(app, OTHER_APPLICANT),
    );
    expect(applyToNetwork.__typename).toBe('NetworkMember');
    otherApplicationId = applyToNetwork.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lets an administrator create a network from the network list', async () => {
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, ADMIN, PASSWORD);
    await menu(page).getByRole('link', { name: 'Netværk' }).click();
    await heading(page, 'Netværk');
    await page.getByRole('link', { name: 'Opret et netværk' }).click();
    await heading(page, 'Opret et netværk');
    await page.getByLabel('Navn', { exact: true }).fill('Ungenetværket Nordsjælland');
    await page.getByLabel('Beskrivelse', { exact: true }).fill('Kommuner og frivillige om unge i krise. (Test.)');
    await page.getByLabel('Koordinatorens e-mail', { exact: true }).fill('unge.koordinator@example.org');
    await page.getByRole('button', { name: 'Opret netværket' }).click();
    await heading(page, 'Ungenetværket Nordsjælland');
    const id = new URL(page.url()).pathname.split('/')[2];
    const { network } = await graphql<{ network: { name: string; contactEmail: string } }>(
      app,
      `
        query ($id: ID!) {
          network(id: $id) {
            name
            contactEmail
          }
        }
      `,
      { id },
      await tokenOf(app, ADMIN),
    );
    expect(network).toEqual({ name: 'Ungenetværket Nordsjælland', contactEmail: 'unge.koordinator@example.org' });
    await offline.context.close();
  });

  it('shows every invalid field of the new-network form at once, and creates nothing', async () => {
    const admin = await tokenOf(app, ADMIN);
    const before = await networkCount(app, admin);
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, ADMIN, PASSWORD);
    await page.goto(`${app.origin}/netvaerk/ny`);
    await heading(page, 'Opret et netværk');
    await everyFieldInvalid(
      page,
      [
        ['Navn', '', 'Skal udfyldes.'],
        ['Beskrivelse', 'x'.repeat(4001), 'Må højst være 4000 tegn.'],
        ['Koordinatorens e-mail', 'ikke-en-adresse', 'Ugyldig e-mailadresse.'],
      ],
      'Opret netværket',
    );
    expect(await networkCount(app, admin)).toBe(before);
    await offline.context.close();
  });

  it('lets a coordinator cap a supervision group’s seats per sector', async () => {
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, COORDINATOR, PASSWORD);
    await page.goto(`${app.origin}/supervisionsgrupper/${demo.groupId}/ret`);
    await heading(page, /^Ret /);
    await page.getByLabel('Højst pladser fra kommuner', { exact: true }).fill('4');
    await page.getByLabel('Højst pladser fra frivillige organisationer', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Gem gruppen' }).click();
    await page.getByText('Gruppen er gemt.').waitFor();
    const { supervisionGroup } = await graphql<{ supervisionGroup: { sectorCaps: { sector: string; max: number }[] } }>(
      app,
      `
        query ($id: ID!) {
          supervisionGroup(id: $id) {
            sectorCaps {
              sector
              max
            }
          }
        }
      `,
      { id: demo.groupId },
      coordinator,
    );
    expect([...supervisionGroup.sectorCaps].sort((a, b) => a.sector.localeCompare(b.sector))).toEqual([
      { sector: 'CIVIL_SOCIETY', max: 2 },
      { sector: 'MUNICIPAL', max: 4 },
    ]);
    await page.reload();
    await heading(page, /^Ret /);
    await expect(page.getByLabel('Højst pladser fra kommuner', { exact: true }).inputValue()).resolves.toBe('4');
    await expect(page.getByLabel('Højst pladser fra regioner', { exact: true }).inputValue()).resolves.toBe('');
    await offline.context.close();
  });

  it('lets a key person approve an application through their own party, and shows them no other party’s', async () => {
    const { page, offline } = await app.open('phone');
    await signInThroughPage(page, app.origin, KEY_PERSON, PASSWORD);
    await menu(page).getByRole('link', { name: 'Ansøgninger' }).click();
    await heading(page, 'Ansøgninger til netværk');
    await page.getByRole('heading', { level: 2, name: /Livsmod: Helsingør/ }).waitFor();
    await expect(page.getByRole('cell', { name: /Redaktør/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: `Godkend ${APPLICANT}` }).click();
    await page.getByText(`${APPLICANT} er godkendt og får besked.`).waitFor();
    await page.getByText('Ingen ansøgninger venter.').waitFor();
    const approved = await membersOf(app, demo.networkId, 'APPROVED', coordinator);
    expect(approved.some((m) => m.name === APPLICANT)).toBe(true);
    // Another party's application stays the coordinators' (or that party's key persons'): the API refuses too.
    const keyPerson = await tokenOf(app, KEY_PERSON);
    expect(await decide(app, 'approveNetworkMember', otherApplicationId, keyPerson)).toBe('ForbiddenError');
    const pending = await membersOf(app, demo.networkId, 'PENDING', coordinator);
    expect(pending.map((m) => m.id)).toContain(otherApplicationId);
    await offline.context.close();
  });

  it.each(Object.keys(WIDTHS) as WidthName[])('has no axe violations on the new pages at %s width', async (width) => {
    for (const [who, path, h1, name] of [
      [ADMIN, '/netvaerk/ny', 'Opret et netværk', 'netvaerk-ny'],
      [KEY_PERSON, '/netvaerk/ansoegninger', 'Ansøgninger til netværk', 'netvaerk-ansoegninger'],
      [COORDINATOR, `/supervisionsgrupper/${demo.groupId}/ret`, /^Ret /, 'supervisionsgruppe-sektorloft'],
    ] as const) {
      const { page, offline } = await app.open(width);
      await signInThroughPage(page, app.origin, who, PASSWORD);
      await page.goto(`${app.origin}${path}`);
      await heading(page, h1);
      await page.waitForLoadState('networkidle');
      expect({ name, violations: await accessibilityViolations(page) }).toEqual({ name, violations: [] });
      expect({ name, width: await page.evaluate('document.documentElement.scrollWidth') }).toEqual({ name, width: WIDTHS[width].width });
      await screenshot(page, name, width);
      expect(offline.outside).toEqual([]);
      await offline.context.close();
    }
  });

  it('shows the new pages to no one else, and the API refuses them too', async () => {
    const { page, offline } = await app.open('phone');
    await signInThroughPage(page, app.origin, COORDINATOR, PASSWORD);
    await page.goto(`${app.origin}/netvaerk`);
    await heading(page, 'Netværk');
    await page
      .getByRole('link', { name: /Livsmod/ })
      .first()
      .waitFor();
    await expect(page.getByRole('link', { name: 'Opret et netværk' }).count()).resolves.toBe(0);
    await page.goto(`${app.origin}/netvaerk/ny`);
    await heading(page, 'Kun for administratorer');
    await offline.context.close();
    const { createNetwork } = await graphql<{ createNetwork: { __typename: string } }>(
      app,
      `
        mutation {
          createNetwork(input: { name: "Koordinatorens eget netværk" }) {
            __typename
          }
        }
      `,
      {},
      coordinator,
    );
    expect(createNetwork.__typename).toBe('ForbiddenError');

    for (const who of [PROFESSIONAL, KEY_PERSON]) {
      const visit = await app.open('phone');
      await signInThroughPage(visit.page, app.origin, who, PASSWORD);
      if (who === PROFESSIONAL) {
        await expect(menu(visit.page).getByRole('link', { name: 'Ansøgninger' }).count()).resolves.toBe(0);
        await visit.page.goto(`${app.origin}/netvaerk/ansoegninger`);
        await heading(visit.page, 'Kun for parternes nøglepersoner');
      }
      await visit.page.goto(`${app.origin}/netvaerk/ny`);
      await heading(visit.page, 'Kun for administratorer');
      await visit.page.goto(`${app.origin}/netvaerk/${demo.networkId}`);
      await heading(visit.page, 'Kun for netværkets koordinatorer');
      await visit.offline.context.close();
    }
    expect(await decide(app, 'rejectNetworkMember', otherApplicationId, await tokenOf(app, PROFESSIONAL))).toBe('ForbiddenError');
  });
});

async function decide(
  app: WebApp,
  mutation: 'approveNetworkMember' | 'rejectNetworkMember',
  memberId: string,
  token: string,
): Promise<string> {
  const answer = await graphql<Record<string, { __typename: string }>>(
    app,
    `mutation ($id: ID!) { ${mutation}(memberId: $id) { __typename } }`,
    { id: memberId },
    token,
  );
  return answer[mutation].__typename;
}

async function networkCount(app: WebApp, token: string): Promise<number> {
  const { networks } = await graphql<{ networks: { totalCount: number } }>(
    app,
    `
      {
        networks {
          totalCount
        }
      }
    `,
    {},
    token,
  );
  return networks.totalCount;
}
