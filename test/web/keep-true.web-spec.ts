import type { Page } from 'playwright-core';
import { postGraphQL } from '#testing';
import { graphql, helsingorGap, PASSWORD, queueOf, tokenOf } from './keep-true-fixture.js';
import { accessibilityViolations, screenshot, signInThroughPage, startWebApp, WIDTHS, type WebApp, type WidthName } from './web-app.js';

/** Keeping it true in the browser (issue 17, item 2): history, the verification queue, coverage gaps, on the demo data. */

const EDITOR = 'redaktoer@example.org';
const KEY_PERSON = 'noegleperson@example.org';
const PROFESSIONAL = 'fagperson@example.org';

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('keeping Vejviser true in the browser', () => {
  let app: WebApp;
  let editor: string;
  let organisationId: string;
  let network: { id: string; name: string };

  beforeAll(async () => {
    app = await startWebApp();
    editor = await tokenOf(app, EDITOR);
    const { me } = await graphql<{ me: { grants: { role: string; organisationId: string | null }[] } }>(
      app,
      `
        {
          me {
            grants {
              role
              organisationId
            }
          }
        }
      `,
      {},
      editor,
    );
    organisationId = me.grants.find((g) => g.role === 'EDITOR')!.organisationId!;
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
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lets an editor confirm three records from the verification queue, and names them in the history', async () => {
    const before = await queueOf(app, organisationId, editor, 365);
    expect(before.length).toBeGreaterThanOrEqual(3);
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Vedligehold' }).click();
    await heading(page, 'Vedligehold');
    await page.getByRole('link', { name: 'Oplysninger der skal bekræftes' }).click();
    await heading(page, /Oplysninger der skal bekræftes/);
    await page.getByLabel('Vis oplysninger der skal bekræftes inden for').selectOption('365');
    await page.waitForURL(/dage=365/);
    const [one, two, three] = before;
    // One by its own button, two as a selection.
    await page.getByRole('button', { name: `Stadig korrekt: ${one.name}` }).click();
    await page.getByText('1 oplysning er bekræftet').waitFor();
    await page.getByLabel(`Vælg ${two.name}`).check();
    await page.getByLabel(`Vælg ${three.name}`).check();
    await page.getByRole('button', { name: 'Bekræft valgte som stadig korrekte (2)' }).click();
    await page.getByText('2 oplysninger er bekræftet').waitFor();
    // Confirmed today by the editor: none of them is due within the digests' 14 days any more.
    const soon = (await queueOf(app, organisationId, editor, 14)).map((i) => i.id);
    for (const item of [one, two, three]) {
      expect(soon).not.toContain(item.id);
      const kind = item.recordType === 'CONTACT' ? 'contact' : 'offer';
      const record = await graphql<Record<string, { lastVerifiedBy: string }>>(
        app,
        `query ($id: ID!) { ${kind}(id: $id) { lastVerifiedBy } }`,
        { id: item.id },
        editor,
      );
      expect(record[kind].lastVerifiedBy).toBe('Demo Redaktør, Helsingør');
    }
    // The history names who confirmed it.
    await page.goto(`${app.origin}/${one.recordType === 'CONTACT' ? 'kontakter' : 'tilbud'}/${one.id}/historik`);
    await heading(page, `Historik for ${one.name}`);
    await page
      .getByRole('heading', { level: 2, name: /Bekræftet som korrekt/ })
      .first()
      .waitFor();
    await page.getByText('Af Demo Redaktør, Helsingør').first().waitFor();
    await page
      .getByRole('row', { name: /Bekræftet af/ })
      .first()
      .waitFor();
    await offline.context.close();
  });

  it('lets a key person who edits the municipality follow a coverage gap to the form and fill it', async () => {
    // The demo editor joins the network through Helsingør; its key person approves, the coordinator makes them key person.
    const { parties } = (
      await graphql<{ network: { parties: { id: string; organisation: { id: string } }[] } }>(
        app,
        `
          query ($id: ID!) {
            network(id: $id) {
              parties {
                id
                organisation {
                  id
                }
              }
            }
          }
        `,
        { id: network.id },
      )
    ).network;
    const party = parties.find((p) => p.organisation.id === organisationId)!;
    const { applyToNetwork } = await graphql<{ applyToNetwork: { id: string } }>(
      app,
      `
        mutation ($input: ApplyToNetworkInput!) {
          applyToNetwork(input: $input) {
            ... on NetworkMember {
              id
              accountId
            }
          }
        }
      `,
      { input: { networkId: network.id, partyId: party.id, jobTitle: 'Redaktør' } },
      editor,
    );
    const approved = await graphql<{ approveNetworkMember: { __typename: string } }>(
      app,
      `
        mutation ($id: ID!) {
          approveNetworkMember(memberId: $id) {
            __typename
          }
        }
      `,
      { id: applyToNetwork.id },
      await tokenOf(app, KEY_PERSON),
    );
    expect(approved.approveNetworkMember.__typename).toBe('NetworkMember');
    const roles = await graphql<{ setNetworkMemberRoles: { __typename: string } }>(
      app,
      `
        mutation ($input: MemberRolesInput!) {
          setNetworkMemberRoles(input: $input) {
            __typename
          }
        }
      `,
      { input: { memberId: applyToNetwork.id, isKeyPerson: true } },
      await tokenOf(app, 'koordinator@example.org'),
    );
    expect(roles.setNetworkMemberRoles.__typename).toBe('NetworkMember');
    const gap = await helsingorGap(app, network.id, editor);

    const { page, offline } = await app.open('phone');
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    await page.goto(`${app.origin}/netvaerk/${network.id}/daekning?kommune=0217`);
    await heading(page, `Dækning i ${network.name}`);
    await page.getByRole('link', { name: `Opret en indgang for ${gap.label}` }).click();
    await heading(page, 'Ny kontakt');
    expect(page.url()).toContain(`situation=${gap.situationKey}`);
    await page.getByLabel('Navn eller funktion').fill('Vagttelefonen, Helsingør');
    await page.getByRole('button', { name: 'Opret kontakten' }).click();
    await heading(page, 'Vagttelefonen, Helsingør');
    await page.goto(`${app.origin}/netvaerk/${network.id}/daekning?kommune=0217`);
    await heading(page, `Dækning i ${network.name}`);
    await page
      .getByRole('row', { name: new RegExp(gap.label) })
      .getByText('Vagttelefonen, Helsingør')
      .waitFor();
    await expect(page.getByRole('link', { name: `Opret en indgang for ${gap.label}` }).count()).resolves.toBe(0);
    await offline.context.close();
  });

  it('hands a departing person’s roles to a successor after a preview, and a search for the old name leads to the successor', async () => {
    const { contacts } = await graphql<{ contacts: { edges: { node: { id: string; name: string; kind: string } }[] } }>(
      app,
      `
        query ($org: ID!) {
          contacts(filter: { organisationId: $org }, first: 100) {
            edges {
              node {
                id
                name
                kind
              }
            }
          }
        }
      `,
      { org: organisationId },
      editor,
    );
    const people = contacts.edges.map((e) => e.node);
    const leaving = people.find((c) => c.kind === 'PERSON')!;
    const successor = people.find((c) => c.kind === 'FUNCTION')!;
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    await page.goto(`${app.origin}/vedligehold`);
    await page.getByRole('link', { name: 'En medarbejder stopper' }).click();
    await heading(page, /En medarbejder stopper/);
    // Every field invalid at once: nobody chosen, and a note far too long.
    await page.getByLabel('Besked til netværkets koordinatorer').fill('x'.repeat(1001));
    await page.getByRole('button', { name: 'Se virkningen' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    const expected: [id: string, message: string][] = [
      ['turnover-contactId', 'Vælg den, der stopper.'],
      ['turnover-successorContactId', 'Vælg den, der overtager.'],
      ['turnover-note', 'Må højst være 1000 tegn.'],
    ];
    for (const [id, message] of expected) {
      await expect(page.locator(`[id="${id}"]`).getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(page.locator(`[id="${id}-error"]`).textContent()).resolves.toContain(message);
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Hvem stopper?').selectOption(leaving.id);
    await page.getByLabel('Hvem overtager?').selectOption(successor.id);
    await page.getByLabel('Besked til netværkets koordinatorer').fill('Starter på mandag.');
    await page.getByRole('button', { name: 'Se virkningen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sådan bliver det' }).waitFor();
    await page.getByText(`Søgninger efter navnet fører til ${successor.name}`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'keep-true-fratraedelse-preview', 'desktop');
    // Nothing happened yet.
    const still = await graphql<{ contact: { leftAt: string | null } }>(
      app,
      `
        query ($id: ID!) {
          contact(id: $id) {
            leftAt
          }
        }
      `,
      { id: leaving.id },
    );
    expect(still.contact.leftAt).toBeNull();
    await page.getByRole('button', { name: 'Overdrag' }).click();
    await page.getByText(`${successor.name} har overtaget efter ${leaving.name}`).waitFor();
    // The old name leads to the successor.
    // The search index follows the change after it is committed (a job): search again until it has.
    let found = 0;
    for (let attempt = 0; attempt < 20 && !found; attempt++) {
      await page.goto(`${app.origin}/`);
      const box = page.getByRole('combobox', { name: /Hvem søger du/ });
      await box.fill(leaving.name);
      await box.press('Enter');
      await page
        .getByRole('status')
        .getByText(/resultater/)
        .waitFor();
      found = await page.locator('.find-hit-name').filter({ hasText: successor.name }).count();
      if (!found) await page.waitForTimeout(500);
    }
    expect(found).toBeGreaterThan(0);
    await offline.context.close();
  });

  it.each(Object.keys(WIDTHS) as WidthName[])('has no axe violations on the new pages at %s width', async (width) => {
    const [record] = await queueOf(app, organisationId, editor, 365);
    const { page, offline } = await app.open(width);
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    const pages: [name: string, path: string, title: string | RegExp][] = [
      ['vedligehold', '/vedligehold', 'Vedligehold'],
      ['bekraeft', `/organisationer/${organisationId}/bekraeft?dage=365`, /Oplysninger der skal bekræftes/],
      ['fratraedelse', `/organisationer/${organisationId}/fratraedelse`, /En medarbejder stopper/],
      ['historik', `/${record.recordType === 'CONTACT' ? 'kontakter' : 'tilbud'}/${record.id}/historik`, `Historik for ${record.name}`],
    ];
    for (const [name, path, title] of pages) {
      await page.goto(`${app.origin}${path}`);
      await heading(page, title);
      await page.locator('[role="status"]').filter({ hasText: 'Henter' }).waitFor({ state: 'detached' });
      expect({ name, violations: await accessibilityViolations(page) }).toEqual({ name, violations: [] });
      expect({ name, width: await page.evaluate('document.documentElement.scrollWidth') }).toEqual({ name, width: WIDTHS[width].width });
      await screenshot(page, `keep-true-${name}`, width);
    }
    expect(offline.outside).toEqual([]);
    await offline.context.close();
  });

  it('keeps the pages from a professional: only their network’s coverage, and the API refuses the records', async () => {
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, PROFESSIONAL, PASSWORD);
    await page.goto(`${app.origin}/`);
    // The demo professional is an ordinary member of Livsmod: upkeep is the network's coverage, no organisation's records.
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Vedligehold' }).click();
    await heading(page, 'Vedligehold');
    await page.getByRole('link', { name: `Dækning i ${network.name}` }).waitFor();
    await page.getByText('Du er ikke redaktør eller nøgleperson for en organisation.').waitFor();
    await expect(page.getByRole('link', { name: 'Oplysninger der skal bekræftes' }).count()).resolves.toBe(0);
    await page.goto(`${app.origin}/organisationer/${organisationId}/bekraeft`);
    await heading(page, /Oplysninger der skal bekræftes/);
    // The queue answers a professional with only the records they answer for: none.
    await page.getByText('Der er intet at bekræfte lige nu.').waitFor();
    const professional = await tokenOf(app, PROFESSIONAL);
    const refused = await postGraphQL(
      app.port,
      `query ($org: ID!) { verificationQueue(organisationId: $org) { totalCount } }`,
      { org: organisationId },
      { token: professional },
    );
    expect(refused).toEqual({ data: { verificationQueue: { totalCount: 0 } } });
    const forbidden = [expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })];
    // A record with a history (the editor confirms it first) is refused to a professional all the same.
    const [record] = await queueOf(app, organisationId, editor, 365);
    await graphql(
      app,
      `mutation ($input: VerifyInput!) { verify${record.recordType === 'CONTACT' ? 'Contact' : 'Offer'}(input: $input) { __typename } }`,
      { input: { id: record.id, verifiedBy: 'Redaktøren' } },
      editor,
    );
    const history = await postGraphQL(
      app.port,
      `query ($id: ID!) { history(entityId: $id) { accountName } }`,
      { id: record.id },
      { token: professional },
    );
    expect(history.errors).toEqual(forbidden);
    const { contacts } = await graphql<{ contacts: { edges: { node: { id: string } }[] } }>(
      app,
      `
        query ($org: ID!) {
          contacts(filter: { organisationId: $org, kind: PERSON }, first: 2) {
            edges {
              node {
                id
              }
            }
          }
        }
      `,
      { org: organisationId },
    );
    const [a, b] = contacts.edges.map((e) => e.node.id);
    const handover = await postGraphQL<{ handOverRolesPreview: { __typename: string } }>(
      app.port,
      `query ($input: HandOverRolesInput!) { handOverRolesPreview(input: $input) { __typename } }`,
      { input: { contactId: a, successorContactId: b } },
      { token: professional },
    );
    expect(handover.data?.handOverRolesPreview.__typename).toBe('ForbiddenError');
    await offline.context.close();
  });
});
