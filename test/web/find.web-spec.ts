import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot, startWebApp, WIDTHS, type WebApp, type WidthName } from './web-app.js';

/** The Find search on the front page (issue 13, item 3), against the built server with the demo data. */
describe('Find on the front page', () => {
  let app: WebApp;

  beforeAll(async () => {
    app = await startWebApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  const searchBox = (page: Page) => page.getByRole('combobox', { name: /Hvem søger du/ });
  const status = (page: Page) => page.getByRole('status');

  it.each(Object.keys(WIDTHS) as WidthName[])(
    'understands "udskrivning BUP Helsingør 17 år", shows chips and hits, with no axe violations at %s width',
    async (width) => {
      const { page, offline } = await app.open(width);
      await page.goto(`${app.origin}/`);
      await searchBox(page).fill('udskrivning BUP Helsingør 17 år');
      await searchBox(page).press('Enter');
      await status(page)
        .getByText(/\d+ resultater/)
        .waitFor();
      await page.getByText('Kommune: Helsingør').waitFor();
      await page.getByText('Alder: 17 år').waitFor();
      await page.getByText('Prioriteret: Udskrivning fra børne- og ungdomspsykiatrien (BUP)').waitFor();
      const first = page.locator('.find-hit').first();
      await first.getByText('Indgang ved udskrivning fra børne- og ungdomspsykiatrien – Familierådgivningen').waitFor();
      await first.getByText('Helsingør Kommune').first().waitFor();
      // The duty phone: open in words, its number a tel: link.
      const duty = page.locator('.find-hit', { hasText: 'Døgnåben vagttelefon – Socialvagten i Helsingør' });
      await duty.getByText(/Åben nu/).waitFor();
      expect(await duty.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'find-results', width);
      expect(offline.outside).toEqual([]);
      await offline.context.close();
    },
  );

  it('suggests names from the first letters with the matching part marked, and removes and turns chips into filters', async () => {
    const { page, offline } = await app.open('phone');
    await page.goto(`${app.origin}/`);
    await searchBox(page).pressSequentially('udskrivning BUP hels');
    const option = page.getByRole('option', { name: /Helsingør/ }).first();
    await option.waitFor();
    expect(await option.locator('mark').first().textContent()).toBe('Hels');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'find-suggestions', 'phone');
    await searchBox(page).press('ArrowDown');
    await searchBox(page).press('Enter');
    await page.getByText('Kommune: Helsingør').waitFor();
    // A situation chip becomes a filter: every hit then has that situation.
    await page.getByRole('button', { name: 'Vis kun denne situation: Udskrivning fra børne- og ungdomspsykiatrien (BUP)' }).click();
    await page.getByRole('checkbox', { name: /Udskrivning fra børne- og ungdomspsykiatrien \(BUP\)/ }).waitFor();
    expect(await page.getByRole('checkbox', { name: /Udskrivning fra børne- og ungdomspsykiatrien \(BUP\)/ }).isChecked()).toBe(true);
    // Removing the municipality chip searches the name as a word.
    await page.getByRole('button', { name: 'Fjern kommunen Helsingør' }).click();
    await page.getByText('Kommune: Helsingør').waitFor({ state: 'detached' });
    await offline.context.close();
  });

  it('lets a coordinator browse Sønderborg for a 17-year-old by access route and page through the offers', async () => {
    const { page, offline } = await app.open('desktop');
    await page.goto(`${app.origin}/`);
    await searchBox(page).fill('Sønderborg 17 år');
    await searchBox(page).press('Enter');
    await page.getByText('Kommune: Sønderborg').waitFor();
    await page
      .getByRole('group', { name: 'Type' })
      .getByRole('checkbox', { name: /Tilbud/ })
      .check();
    // The access route with the most offers, so there are pages to go through.
    const routes = page.getByRole('group', { name: 'Adgangsvej' }).locator('li');
    await routes.first().waitFor();
    const counted = (await routes.allTextContents()).map((text, i) => ({ i, count: Number(/\((\d+)\)/.exec(text)?.[1] ?? 0) }));
    const { i, count } = counted.sort((a, b) => b.count - a.count)[0];
    const route = routes.nth(i).getByRole('checkbox');
    await route.check();
    await status(page)
      .getByText(new RegExp(`^${count} resultater`))
      .waitFor();
    expect(count).toBeGreaterThan(5);
    const firstPage = await page.locator('.find-hit h3').allTextContents();
    expect(firstPage).toHaveLength(5);
    for (const kind of await page.locator('.find-hit-kind').allTextContents()) expect(kind).toMatch(/^Tilbud/);
    await page.getByRole('button', { name: 'Næste side' }).click();
    await status(page)
      .getByText(/side 2 af/)
      .waitFor();
    const secondPage = await page.locator('.find-hit h3').allTextContents();
    expect(secondPage.some((name) => !firstPage.includes(name))).toBe(true);
    await page.getByRole('button', { name: 'Forrige side' }).click();
    await status(page)
      .getByText(/side 1 af/)
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'find-coordinator', 'desktop');
    await offline.context.close();
  });
});
