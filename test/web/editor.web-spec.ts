import type { Page } from 'playwright-core';
import { postGraphQL } from '#testing';
import { accessibilityViolations, screenshot, signInThroughPage, startWebApp, WIDTHS, type WebApp, type WidthName } from './web-app.js';

/** Editing in the browser (issue 17, item 1): an editor's forms on the demo data, channels one at a time. */

type Channel = { id: string; kind: string; value: string; label: string | null; visibility: string };
type Record = { id: string; name: string; channels: Channel[]; organisation: { id: string } };

const EDITOR = 'redaktoer@example.org';
const PASSWORD = 'vejviser-demo';

async function graphql<T>(app: WebApp, query: string, variables: { [name: string]: unknown } = {}, token?: string): Promise<T> {
  const answer = await postGraphQL<T>(app.port, query, variables, { token });
  if (answer.errors || !answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

async function editorToken(app: WebApp): Promise<string> {
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
    { email: EDITOR, password: PASSWORD },
  );
  return signIn.accessToken;
}

const CHANNELS = 'channels { id kind value label visibility }';

/** An offer and a contact of the organisation the demo editor edits, the offer with at least two channels. */
async function editorsRecords(app: WebApp, token: string): Promise<{ offer: Record; contact: Record; organisationId: string }> {
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
    token,
  );
  const organisationId = me.grants.find((g) => g.role === 'EDITOR' && g.organisationId)!.organisationId!;
  const data = await graphql<{ offers: { edges: { node: Record }[] }; contacts: { edges: { node: Record }[] } }>(
    app,
    `query ($org: ID!) {
      offers(filter: { organisationId: $org }, first: 50) { edges { node { id name organisation { id } ${CHANNELS} } } }
      contacts(filter: { organisationId: $org }, first: 50) { edges { node { id name organisation { id } ${CHANNELS} } } }
    }`,
    { org: organisationId },
    token,
  );
  const offer = data.offers.edges.map((e) => e.node).find((o) => o.channels.length >= 2)!;
  const contact = data.contacts.edges[0].node;
  return { offer, contact, organisationId };
}

const channelsOf = async (app: WebApp, id: string, token: string) =>
  (await graphql<{ offer: { channels: Channel[] } }>(app, `query ($id: ID!) { offer(id: $id) { ${CHANNELS} } }`, { id }, token)).offer
    .channels;

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('editing in the browser', () => {
  let app: WebApp;
  let token: string;
  let records: Awaited<ReturnType<typeof editorsRecords>>;

  beforeAll(async () => {
    app = await startWebApp();
    token = await editorToken(app);
    records = await editorsRecords(app, token);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lets an editor add a channel to an offer, and the others remain', async () => {
    const before = await channelsOf(app, records.offer.id, token);
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    await page.goto(`${app.origin}/tilbud/${records.offer.id}/ret`);
    await heading(page, records.offer.name);
    // Pre-filled with what the offer says.
    await expect(page.getByLabel('Navn', { exact: true }).inputValue()).resolves.toBe(records.offer.name);
    const adding = page.locator('form.channel-form').last();
    await adding.getByLabel('Type').selectOption('PHONE');
    await adding.getByLabel('Nummer eller adresse').fill('33 12 34 56');
    await adding.getByLabel('Betegnelse').fill('Ny vagtlinje');
    await adding.getByRole('button', { name: 'Tilføj kanalen' }).click();
    await page.getByText('Kanalen er tilføjet.').waitFor();
    const after = await channelsOf(app, records.offer.id, token);
    expect(after.map((c) => c.value)).toEqual([...before.map((c) => c.value), '+45 33 12 34 56']);
    for (const channel of after) await page.locator('.channels-editor').getByText(channel.value, { exact: false }).first().waitFor();
    await offline.context.close();
  });

  it('shows every invalid field at once, next to the field, with the server’s Danish messages', async () => {
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    await page.goto(`${app.origin}/tilbud/${records.offer.id}/ret`);
    await heading(page, records.offer.name);
    const fields: [label: string, value: string, message: string][] = [
      ['Navn', '', 'Skal udfyldes.'],
      ['Beskrivelse', 'x'.repeat(4001), 'Må højst være 4000 tegn.'],
      ['Hvad tilbuddet hjælper med', 'x'.repeat(2001), 'Må højst være 2000 tegn.'],
      ['Alder fra', '121', 'Alder må højst være 120.'],
      ['Alder til', '-1', 'Alder kan ikke være negativ.'],
      ['Ventetid', 'x'.repeat(201), 'Må højst være 200 tegn.'],
      ['Pris', 'x'.repeat(201), 'Må højst være 200 tegn.'],
      ['Adresse', 'x'.repeat(301), 'Må højst være 300 tegn.'],
    ];
    for (const [label, value] of fields) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole('button', { name: 'Gem tilbuddet' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Ret de markerede felter' });
    await summary.waitFor();
    await expect(summary.locator('li').count()).resolves.toBe(fields.length);
    for (const [label, , message] of fields) {
      const field = page.getByLabel(label, { exact: true });
      await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
      const describedBy = (await field.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-error'))!;
      await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toContain(message);
    }
    // The channel form the same way: a bad number and a too long label, both named; nothing is added.
    const adding = page.locator('form.channel-form').last();
    await adding.getByLabel('Nummer eller adresse').fill('12');
    await adding.getByLabel('Betegnelse').fill('x'.repeat(101));
    await adding.getByRole('button', { name: 'Tilføj kanalen' }).click();
    await adding.getByRole('alert').waitFor();
    await expect(adding.locator('[id="offer-new-channel-value-error"]').textContent()).resolves.toContain(
      'Telefonnummeret skal have 8 cifre',
    );
    await expect(adding.locator('[id="offer-new-channel-label-error"]').textContent()).resolves.toContain('Må højst være 100 tegn.');
    await expect(adding.getByRole('alert').locator('li').count()).resolves.toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'editor-invalid', 'desktop');
    await offline.context.close();
  });

  it.each(Object.keys(WIDTHS) as WidthName[])('has no axe violations on the edit forms at %s width', async (width) => {
    const { page, offline } = await app.open(width);
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    const pages: [name: string, path: string, heading: string, form: string][] = [
      ['tilbud-ret', `/tilbud/${records.offer.id}/ret`, records.offer.name, 'Gem tilbuddet'],
      ['kontakt-ret', `/kontakter/${records.contact.id}/ret`, records.contact.name, 'Gem kontakten'],
      ['kontakt-ny', `/kontakter/ny?organisation=${records.organisationId}&situation=transition-18`, 'Ny kontakt', 'Opret kontakten'],
    ];
    for (const [name, path, title, button] of pages) {
      await page.goto(`${app.origin}${path}`);
      await heading(page, title);
      await page.getByRole('button', { name: button }).waitFor();
      expect({ name, violations: await accessibilityViolations(page) }).toEqual({ name, violations: [] });
      expect({ name, width: await page.evaluate('document.documentElement.scrollWidth') }).toEqual({ name, width: WIDTHS[width].width });
      await screenshot(page, `editor-${name}`, width);
    }
    expect(offline.outside).toEqual([]);
    await offline.context.close();
  });

  it('filters the search by an age range, and says next to the field what is wrong with a bad one', async () => {
    const { page, offline } = await app.open('phone');
    await page.goto(`${app.origin}/`);
    await page.getByLabel('Alder fra').fill('15');
    await page.getByLabel('Alder til').fill('25');
    await page.waitForURL(/alder-fra=15&alder-til=25/);
    await page.getByText(/^\d+ resultater/).waitFor();
    await page.getByLabel('Alder til').fill('10');
    await page.getByText('"Alder til" må ikke være mindre end "alder fra".').waitFor();
    await expect(page.getByLabel('Alder til').getAttribute('aria-invalid')).resolves.toBe('true');
    // The last valid range stays searched.
    expect(page.url()).toContain('alder-til=25');
    expect(await accessibilityViolations(page)).toEqual([]);
    await offline.context.close();
  });

  it('creates a contact from the coverage link and opens its form', async () => {
    const { page, offline } = await app.open('phone');
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    await page.goto(`${app.origin}/kontakter/ny?organisation=${records.organisationId}&situation=transition-18`);
    await heading(page, 'Ny kontakt');
    await page.getByRole('button', { name: 'Opret kontakten' }).click();
    await page.getByRole('alert').getByText('Skal udfyldes.').waitFor();
    await page.getByLabel('Navn eller funktion').fill('Overgangsteamet, vagttelefon');
    await page.getByRole('button', { name: 'Opret kontakten' }).click();
    await heading(page, 'Overgangsteamet, vagttelefon');
    await page.getByRole('button', { name: 'Gem kontakten' }).waitFor();
    await offline.context.close();
  });
});
