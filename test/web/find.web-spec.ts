import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { accessibilityViolations, screenshot, signInThroughPage, startWebApp, WIDTHS, type WebApp, type WidthName } from './web-app.js';

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

  it('refuses a search that looks like a CPR number, and says why in Danish', async () => {
    const { page, offline } = await app.open('phone');
    await page.goto(`${app.origin}/`);
    await searchBox(page).fill('borger 230774-1754');
    await searchBox(page).press('Enter');
    await page
      .getByText(/ligner et CPR-nummer/)
      .first()
      .waitFor();
    expect(await page.content()).not.toContain('input.query');
    await offline.context.close();
  });

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
    // The spreadsheet links carry the filters: the municipality understood from the text, the age, the access route.
    const csvLink = page.locator('.find-export').getByRole('link', { name: 'CSV', exact: true });
    const href = (await csvLink.getAttribute('href'))!;
    const exported = new URL(href, app.origin);
    expect(exported.pathname).toBe('/eksport/katalog.csv');
    expect(exported.searchParams.getAll('kommune')).toEqual(['0540']);
    expect(exported.searchParams.get('alder')).toBe('17');
    expect(exported.searchParams.getAll('adgangsvej')).toHaveLength(1);
    expect(await page.locator('.find-export').getByRole('link', { name: 'Excel', exact: true }).getAttribute('href')).toBe(
      href.replace('katalog.csv', 'katalog.xlsx'),
    );
    const sheet = await fetch(exported);
    expect(sheet.status).toBe(200);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await sheet.arrayBuffer()).split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFType;Id;Navn;/);
    expect(lines.length).toBeGreaterThan(2);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'find-coordinator', 'desktop');
    await offline.context.close();
  });

  it('lets a signed-in professional download the spreadsheet with the staff lines, which the public links leave out', async () => {
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, 'admin@example.org', 'vejviser-demo');
    await page.goto(`${app.origin}/?kommune=0217&alder=17`);
    await status(page)
      .getByText(/\d+ resultater/)
      .waitFor();
    const exports = page.locator('.find-export');
    expect(await exports.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href')).toBe(
      '/eksport/katalog.csv?kommune=0217&alder=17',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByRole('button', { name: 'CSV med medarbejderlinjer' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tilbudskatalog-\d{4}-\d{2}-\d{2}\.csv$/);
    const header = (await readFile(await download.path(), 'utf8')).split('\r\n')[0];
    expect(header).toMatch(/^\uFEFFType;Id;Navn;/);
    expect(header).toContain(';Medarbejderlinjer (kun for fagpersoner);');
    expect(await accessibilityViolations(page)).toEqual([]);
    await offline.context.close();
  });
});

/** Find's state in the address, keyboard-only use and reflow at 400 % and 200 % zoom (issue 13, items 3 and 8). */
describe('Find in the address bar, by keyboard and at high zoom', () => {
  let app: WebApp;

  beforeAll(async () => {
    app = await startWebApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  const searchBox = (page: Page) => page.getByRole('combobox', { name: /Hvem søger du/ });
  const status = (page: Page) => page.getByRole('status');
  const params = (page: Page) => new URL(page.url()).searchParams;

  it('keeps the search in the address: typing adds no history entry, a search and a filter do, and back and a bookmark restore them', async () => {
    const { page, offline } = await app.open('desktop');
    await page.goto(`${app.origin}/`);
    const entries = () => page.evaluate<number>('history.length');
    const before = await entries();
    await searchBox(page).pressSequentially('Sønderborg 17 år');
    expect(await entries()).toBe(before);
    expect(page.url()).toBe(`${app.origin}/`);
    await searchBox(page).press('Enter');
    await page.getByText('Kommune: Sønderborg').waitFor();
    expect(params(page).get('q')).toBe('Sønderborg 17 år');
    expect(await entries()).toBe(before + 1);

    await status(page)
      .getByText(/^\d+ resultater/)
      .waitFor();
    const everything = (await status(page).textContent())!;
    await page
      .getByRole('group', { name: 'Type' })
      .getByRole('checkbox', { name: /Tilbud/ })
      .check();
    await page.waitForURL((url) => url.searchParams.get('type') === 'tilbud');
    // The offers' count, once it has replaced the count of everything.
    await status(page)
      .filter({ hasNotText: everything })
      .filter({ hasText: /^\d+ resultater, side 1 af/ })
      .waitFor();
    const offers = await status(page).textContent();
    await page.getByRole('button', { name: 'Næste side' }).click();
    await status(page)
      .getByText(/side 2 af/)
      .waitFor();
    expect(params(page).get('side')).toBe('2');
    const secondPage = await page.locator('.find-hit h3').allTextContents();

    // Every hit's name links to its record page.
    for (const href of await page.locator('.find-hit h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^\/(kontakter|tilbud|organisationer)\/[^/]+$|^\/organisationer\/[^/#]+#enhed-.+$/);

    // A bookmark of page 2 opens page 2 with the same hits and filters.
    const bookmark = page.url();
    const other = await offline.context.newPage();
    await other.goto(bookmark);
    await status(other)
      .getByText(/side 2 af/)
      .waitFor();
    expect(await other.locator('.find-hit h3').allTextContents()).toEqual(secondPage);
    expect(
      await other
        .getByRole('group', { name: 'Type' })
        .getByRole('checkbox', { name: /Tilbud/ })
        .isChecked(),
    ).toBe(true);
    expect(await searchBox(other).inputValue()).toBe('Sønderborg 17 år');
    await other.close();

    // Back: page 1 of the offers, then the search without the filter, then the empty front page.
    await page.goBack();
    await status(page).getByText(offers!).waitFor();
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('type'));
    expect(
      await page
        .getByRole('group', { name: 'Type' })
        .getByRole('checkbox', { name: /Tilbud/ })
        .isChecked(),
    ).toBe(false);
    await page.goBack();
    await page.waitForURL(`${app.origin}/`);
    expect(await searchBox(page).inputValue()).toBe('');
    await page.locator('.find-hit').first().waitFor({ state: 'detached' });
    await offline.context.close();
  });

  it('works with the keyboard alone: type, arrow to a suggestion, Enter, Tab to a hit’s phone link', async () => {
    const { page, offline } = await app.open('phone');
    await page.goto(`${app.origin}/`);
    const focused = () => page.evaluate<string>('document.activeElement?.outerHTML.slice(0, 200) ?? ""');
    // From the top of the page to the search box by Tab.
    for (let tabs = 0; !(await searchBox(page).evaluate((el) => el === el.ownerDocument.activeElement)); tabs++) {
      expect(tabs).toBeLessThan(12);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('udskrivning BUP hels');
    await page
      .getByRole('option', { name: /Helsingør/ })
      .first()
      .waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await searchBox(page).getAttribute('aria-activedescendant')).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.getByText('Kommune: Helsingør').waitFor();
    await status(page)
      .getByText(/\d+ resultater/)
      .waitFor();
    // Tab on until a phone number in a hit has focus: the hits come before the filters.
    let tabs = 0;
    while (
      !(await page.evaluate<boolean>(
        '!!document.activeElement?.closest(".find-hit") && document.activeElement.matches("a[href^=\'tel:\']")',
      ))
    ) {
      expect(tabs++).toBeLessThan(12);
      await page.keyboard.press('Tab');
    }
    const link = page.locator(':focus');
    expect(await link.getAttribute('href')).toMatch(/^tel:\+?\d+$/);
    // The focus is visible (dkfds draws an outline) and the link is on screen.
    expect(await link.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    expect(await page.evaluate<string>('getComputedStyle(document.activeElement).outlineStyle')).not.toBe('none');
    expect(await link.isVisible()).toBe(true);
    expect(await focused()).toContain('tel:');
    await screenshot(page, 'find-keyboard', 'phone');
    expect(offline.outside).toEqual([]);
    await offline.context.close();
  });

  /** Elements outside the viewport's width, content cut off by overflow: hidden, and words split over lines (empty: none). */
  const cutOff = (page: Page) =>
    page.evaluate<string[]>(`(() => {
      const width = document.documentElement.clientWidth;
      const found = [];
      if (document.documentElement.scrollWidth > width) found.push('horizontal scrolling: ' + document.documentElement.scrollWidth + ' > ' + width);
      const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
      for (const el of document.body.querySelectorAll('*')) {
        const rect = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (rect.width <= 1 || rect.height <= 1 || style.visibility === 'hidden') continue;
        if (el.closest('.sr-only, [hidden]')) continue;
        if (rect.right > width + 0.5 || rect.left < -0.5) found.push(name(el) + ' at ' + Math.round(rect.left) + '–' + Math.round(rect.right));
        // A text field scrolls its own text, as it should.
        if (['hidden', 'clip'].includes(style.overflowX) && !el.matches('input, textarea') && el.scrollWidth > el.clientWidth + 1) found.push(name(el) + ' cut off: ' + el.scrollWidth + ' > ' + el.clientWidth);
      }
      // A word split over two lines (overflow-wrap breaking a long Danish word) is cut, too; a break after a hyphen is not.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('.sr-only, [hidden], script, style') || !parent.getClientRects().length) continue;
        for (const match of node.data.matchAll(/[^\\s-]{4,}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) found.push('word split over lines: ' + match[0]);
        }
      }
      return found;
    })()`);

  it.each([
    ['400 %', 320],
    ['200 %', 640],
  ])('reflows at %s zoom of 1280 px (%i CSS px): no horizontal scrolling, nothing cut off', async (_zoom, width) => {
    const { page, offline } = await app.open('phone');
    await page.setViewportSize({ width, height: 256 * (1280 / width) });
    await page.goto(`${app.origin}/`);
    await searchBox(page).waitFor();
    expect(await cutOff(page)).toEqual([]);
    await searchBox(page).pressSequentially('udskrivning BUP hels');
    await page
      .getByRole('option', { name: /Helsingør/ })
      .first()
      .waitFor();
    expect(await cutOff(page)).toEqual([]);
    await searchBox(page).press('Escape');
    await searchBox(page).fill('udskrivning BUP Helsingør 17 år');
    await searchBox(page).press('Enter');
    await page.getByText('Kommune: Helsingør').waitFor();
    await page.locator('.find-hit').first().waitFor();
    expect(await cutOff(page)).toEqual([]);
    await screenshot(page, `find-reflow-${width}`, 'phone');
    await offline.context.close();
  });
});
