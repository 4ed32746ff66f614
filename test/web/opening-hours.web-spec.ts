import type { Page } from 'playwright-core';
import { mailedLink } from './dev-mailbox.js';
import { graphql, PASSWORD, tokenOf } from './keep-true-fixture.js';
import { accessibilityViolations, screenshot, signInThroughPage, startWebApp, type WebApp } from './web-app.js';

/** Opening hours item by item, owner and deputy, and delete with its confirmation, in the offer and contact forms (issue 17, item 1). */

const EDITOR = 'redaktoer@example.org';
const HOURS =
  'openingHours { alwaysOpen openOnHolidays note weekly { id day opens closes } exceptions { id date closed opens closes note } }';
type Hours = {
  alwaysOpen: boolean;
  openOnHolidays: boolean;
  note: string | null;
  weekly: { id: string; day: string; opens: string; closes: string }[];
  exceptions: { id: string; date: string; note: string | null }[];
};
type Offer = { id: string; name: string; openingHours: Hours | null; channels: { id: string }[] };

async function editorsOffers(app: WebApp, token: string): Promise<{ organisationId: string; offers: Offer[] }> {
  const { me } = await graphql<{ me: { grants: { role: string; organisationId: string | null }[] } }>(
    app,
    '{ me { grants { role organisationId } } }',
    {},
    token,
  );
  const organisationId = me.grants.find((g) => g.role === 'EDITOR' && g.organisationId)!.organisationId!;
  const { offers } = await graphql<{ offers: { edges: { node: Offer }[] } }>(
    app,
    `query ($org: ID!) { offers(filter: { organisationId: $org }, first: 50) { edges { node { id name channels { id } ${HOURS} } } } }`,
    { org: organisationId },
    token,
  );
  return { organisationId, offers: offers.edges.map((e) => e.node) };
}

const hoursOf = async (app: WebApp, id: string, token: string) =>
  (await graphql<{ offer: Offer }>(app, `query ($id: ID!) { offer(id: $id) { id name ${HOURS} } }`, { id }, token)).offer.openingHours!;

async function openOfferForm(app: WebApp, page: Page, offer: Offer): Promise<void> {
  await page.goto(`${app.origin}/tilbud/${offer.id}/ret`);
  await page.getByRole('heading', { level: 1, name: offer.name }).waitFor();
  await page.locator('.hours-editor').waitFor();
}

/** Every field's message next to it (aria-describedby) and one line per field in the form's summary. */
async function expectAllInvalid(form: ReturnType<Page['locator']>, labels: string[]): Promise<void> {
  for (const label of labels) {
    const field = form.getByLabel(label, { exact: true });
    const id = (await field.getAttribute('id'))!;
    await form.locator(`[id="${id}-error"]`).filter({ hasText: /\S/ }).waitFor();
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(field.getAttribute('aria-describedby')).resolves.toContain(`${id}-error`);
  }
  await expect(form.getByRole('alert').locator('li').count()).resolves.toBe(labels.length);
}

describe('opening hours, owner and delete in the browser', () => {
  let app: WebApp;
  let token: string;
  let offer: Offer;
  let others: Offer[];
  let organisationId: string;

  beforeAll(async () => {
    app = await startWebApp();
    token = await tokenOf(app, EDITOR);
    const found = await editorsOffers(app, token);
    organisationId = found.organisationId;
    offer = found.offers.find((o) => (o.openingHours?.weekly.length ?? 0) >= 2)!;
    others = found.offers.filter((o) => o.id !== offer.id);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lets an editor add an opening-hours exception, and the other hours remain', async () => {
    const before = await hoursOf(app, offer.id, token);
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    await openOfferForm(app, page, offer);
    const adding = page.locator('form.exception-form').last();
    await adding.getByLabel('Dato', { exact: true }).fill('2027-12-24');
    await adding.getByLabel('Bemærkning', { exact: true }).fill('Juleaften');
    await adding.getByRole('button', { name: 'Tilføj undtagelsen' }).click();
    await page.getByText('Undtagelsen er tilføjet.').waitFor();
    await page.locator('.hours-item p', { hasText: '24. december 2027: lukket (Juleaften)' }).waitFor();
    const after = await hoursOf(app, offer.id, token);
    // The weekly hours are untouched (same items, same ids); the exceptions are the old ones and the new one.
    expect(after.weekly).toEqual(before.weekly);
    expect(after.exceptions.filter((e) => e.date !== '2027-12-24')).toEqual(before.exceptions);
    expect(after.exceptions.find((e) => e.date === '2027-12-24')?.note).toBe('Juleaften');
    for (const w of after.weekly) await page.locator('.hours-editor').getByText(`${w.opens}–${w.closes}`).first().waitFor();
    // Changing one weekly entry leaves the others.
    const first = after.weekly[0];
    await page
      .getByRole('button', {
        name: `Ret ${['Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag', 'Søndag'][['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'].indexOf(first.day)]} ${first.opens}–${first.closes}`,
      })
      .first()
      .click();
    const editing = page.locator(`form.weekly-hours-form`).first();
    await editing.getByLabel('Lukker', { exact: true }).fill('23:30');
    await editing.getByRole('button', { name: 'Gem tiden' }).click();
    await page.getByText('Tiden er ændret.').waitFor();
    const changed = await hoursOf(app, offer.id, token);
    expect(changed.weekly.map((w) => [w.day, w.opens, w.closes])).toEqual(
      after.weekly.map((w, i) => [w.day, w.opens, i === 0 ? '23:30' : w.closes]),
    );
    expect(changed.exceptions).toEqual(after.exceptions);
    await offline.context.close();
  });

  it('shows every invalid field of the hours forms at once, with the server’s messages', async () => {
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    await openOfferForm(app, page, offer);
    const weekly = page.locator('form.weekly-hours-form').last();
    await weekly.getByLabel('Åbner', { exact: true }).fill('25:00');
    await weekly.getByLabel('Lukker', { exact: true }).fill('kl. 16');
    await weekly.getByRole('button', { name: 'Tilføj tiden' }).click();
    await expectAllInvalid(weekly, ['Åbner', 'Lukker']);
    const exception = page.locator('form.exception-form').last();
    // An empty date is named before anything is sent (the API's date type refuses it before the other fields are checked).
    await exception.getByRole('button', { name: 'Tilføj undtagelsen' }).click();
    await expectAllInvalid(exception, ['Dato']);
    await exception.getByLabel('Dato', { exact: true }).fill('2027-12-31');
    await exception.getByLabel('Lukket hele dagen').uncheck();
    await exception.getByLabel('Åbner', { exact: true }).fill('8');
    await exception.getByLabel('Lukker', { exact: true }).fill('x');
    await exception.getByLabel('Bemærkning', { exact: true }).fill('x'.repeat(201));
    await exception.getByRole('button', { name: 'Tilføj undtagelsen' }).click();
    await expectAllInvalid(exception, ['Åbner', 'Lukker', 'Bemærkning']);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'hours-invalid', 'desktop');
    await offline.context.close();
  });

  it('sets "same hours on holidays" and the note on their own, and the times and exceptions remain', async () => {
    const before = await hoursOf(app, offer.id, token);
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    await openOfferForm(app, page, offer);
    const settings = page.locator('form.settings-form');
    await settings.getByLabel('Bemærkning til åbningstiderne').fill('x'.repeat(301));
    await settings.getByRole('button', { name: 'Gem indstillingerne' }).click();
    await expectAllInvalid(settings, ['Bemærkning til åbningstiderne']);
    await settings.getByLabel('Samme tider på helligdage').setChecked(!before.openOnHolidays);
    await settings.getByLabel('Bemærkning til åbningstiderne').fill('Ring før du kommer');
    await settings.getByRole('button', { name: 'Gem indstillingerne' }).click();
    await page.getByText('Indstillingerne er gemt.').waitFor();
    await page.locator('.hours-editor').getByText('Bemærkning: Ring før du kommer').waitFor();
    const after = await hoursOf(app, offer.id, token);
    expect(after).toEqual({ ...before, openOnHolidays: !before.openOnHolidays, note: 'Ring før du kommer' });
    await expect(settings.getByLabel('Samme tider på helligdage').isChecked()).resolves.toBe(!before.openOnHolidays);
    await offline.context.close();
  });

  it('sets a named editor of the organisation as owner of an offer', async () => {
    // A second editor of the organisation: invited by an administrator, the invitation accepted with the mailed link.
    const invited = await graphql<{ inviteMember: { __typename: string } }>(
      app,
      `
        mutation ($org: ID!) {
          inviteMember(input: { email: "kollega@example.org", displayName: "Karen Kollega", organisationId: $org, role: EDITOR }) {
            __typename
          }
        }
      `,
      { org: organisationId },
      await tokenOf(app, 'admin@example.org'),
    );
    expect(invited.inviteMember.__typename).toBe('Account');
    const link = new URL(await mailedLink(app.origin, /\/konto\/invitation\?token=[\w-]+/));
    await graphql(app, 'mutation ($t: String!) { acceptInvitation(input: { token: $t, password: "kollegaens-kodeord" }) { __typename } }', {
      t: link.searchParams.get('token'),
    });
    const { page, offline } = await app.open('phone');
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    await openOfferForm(app, page, offer);
    const form = page.locator('form.ownership-form');
    await form.locator('option', { hasText: 'Mig (' }).waitFor({ state: 'attached' });
    const colleague = await form.locator('option', { hasText: 'Karen Kollega' }).getAttribute('value');
    await form.getByLabel('Ansvarlig').selectOption(colleague!);
    await form.getByRole('button', { name: 'Gem ansvaret' }).click();
    await page.getByText('Ansvaret er gemt.').waitFor();
    const { offer: saved, recordEditors } = await graphql<{
      offer: { owner: { kind: string; accountId: string } };
      recordEditors: { id: string; displayName: string }[];
    }>(
      app,
      'query ($id: ID!, $org: ID!) { offer(id: $id) { owner { kind accountId } } recordEditors(organisationId: $org) { id displayName } }',
      { id: offer.id, org: organisationId },
      token,
    );
    expect(saved.owner).toEqual({ kind: 'ACCOUNT', accountId: recordEditors.find((e) => e.displayName === 'Karen Kollega')!.id });
    expect(`account:${saved.owner.accountId}`).toBe(colleague);
    await offline.context.close();
  });

  it('sets the deputy of a contact from the organisation’s other contacts', async () => {
    const { contacts } = await graphql<{ contacts: { edges: { node: { id: string; name: string } }[] } }>(
      app,
      'query ($org: ID!) { contacts(filter: { organisationId: $org }, first: 5) { edges { node { id name } } } }',
      { org: organisationId },
      token,
    );
    const [contact, deputy] = contacts.edges.map((e) => e.node);
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    await page.goto(`${app.origin}/kontakter/${contact.id}/ret`);
    await page.getByRole('heading', { level: 1, name: contact.name }).waitFor();
    const form = page.locator('form.ownership-form');
    await form.getByLabel('Stedfortræder').selectOption(deputy.id);
    await form.getByRole('button', { name: 'Gem ansvaret' }).click();
    await page.getByText('Ansvaret er gemt.').waitFor();
    const saved = await graphql<{ contact: { deputy: { id: string } | null } }>(
      app,
      'query ($id: ID!) { contact(id: $id) { deputy { id } } }',
      { id: contact.id },
      token,
    );
    expect(saved.contact.deputy?.id).toBe(deputy.id);
    await offline.context.close();
  });

  it('deletes an offer after a confirmation that says what goes with it', async () => {
    const victim = others.find((o) => o.channels.length > 0)!;
    const { page, offline } = await app.open('phone');
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    await openOfferForm(app, page, victim);
    await page.getByRole('button', { name: 'Slet tilbuddet …' }).click();
    const confirm = page.getByRole('alert').filter({ hasText: 'Vil du slette tilbuddet' });
    // The API's deletionPreview counts what goes with it.
    await confirm.getByText(`Kanaler (telefon, mail og lignende): ${victim.channels.length}`).waitFor();
    const weekly = victim.openingHours?.weekly.length ?? 0;
    if (weekly) await confirm.getByText(`Faste åbningstider: ${weekly}`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Ja, slet tilbuddet' }).click();
    await page.waitForURL(/\/organisationer\/[^/]+$/);
    const { offer: gone } = await graphql<{ offer: null }>(app, 'query ($id: ID!) { offer(id: $id) { id } }', { id: victim.id }, token);
    expect(gone).toBeNull();
    await offline.context.close();
  });
});
