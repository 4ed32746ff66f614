import type { Page } from 'playwright-core';
import { cspViolations } from './browser.js';
import { accessibilityViolations, screenshot, startWebApp, WIDTHS, type WebApp, type WidthName } from './web-app.js';

/** Pages with no data of their own; the feature suites check the rest the same way. */
const PAGES = [
  { name: 'forside', path: '/', heading: 'Find den rette samarbejdspartner' },
  { name: 'tilgaengelighed', path: '/tilgaengelighed', heading: 'Tilgængelighedserklæring' },
  { name: 'privatliv', path: '/privatliv', heading: 'Privatlivspolitik' },
  { name: 'findes-ikke', path: '/findes/ikke', heading: 'Siden findes ikke' },
];

describe('the web app served by the API', () => {
  let app: WebApp;

  beforeAll(async () => {
    app = await startWebApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it.each(Object.keys(WIDTHS) as WidthName[])(
    'shows every page at %s width from the app alone, in Danish, with no axe violations',
    async (width) => {
      const { page, offline } = await app.open(width);
      for (const { name, path, heading } of PAGES) {
        const answer = await page.goto(`${app.origin}${path}`);
        expect(answer?.status()).toBe(200);
        expect(answer?.headers()['content-security-policy']).toContain("script-src 'self'");
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        expect(await page.getAttribute('html', 'lang')).toBe('da');
        expect(await accessibilityViolations(page)).toEqual([]);
        expect({ path, refused: await cspViolations(page) }).toEqual({ path, refused: [] });
        await screenshot(page, name, width);
      }
      // Fonts, icons and scripts all came from the app: nothing was fetched elsewhere.
      expect(offline.outside).toEqual([]);
      expect(offline.inside.some((r) => /^GET \/assets\/IBMPlexSans-.*\.woff2$/.test(r))).toBe(true);
      await offline.context.close();
    },
  );

  it('links the accessibility statement and the privacy notice from every page footer, and has a skip link', async () => {
    const { page, offline } = await app.open('phone');
    await page.goto(`${app.origin}/`);
    // The app renders after the load event; Tab before that would find nothing to focus.
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    await expect(focusedText(page)).resolves.toBe('Gå til sidens indhold');
    await page.keyboard.press('Enter');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tilgængelighedserklæring' }).waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Privatlivspolitik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privatlivspolitik' }).waitFor();
    // After navigation, focus is on the new page's heading.
    await page.locator('h1:focus', { hasText: 'Privatlivspolitik' }).waitFor();
    await offline.context.close();
  });

  it('leaves server-rendered pages and API answers to the server', async () => {
    const confirm = await fetch(`${app.origin}/bekraeft/ukendt-token`, { headers: { accept: 'text/html' } });
    expect(await confirm.text()).toContain('Linket findes ikke');
    const api = await fetch(`${app.origin}/findes-ikke`, { headers: { accept: 'application/json' } });
    expect(api.status).toBe(404);
    const asset = await fetch(`${app.origin}/assets/findes-ikke.js`, { headers: { accept: 'text/html' } });
    expect(asset.status).toBe(404);
  });
});

async function focusedText(page: Page): Promise<string> {
  return ((await page.locator(':focus').textContent()) ?? '').trim();
}
