import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { freePort, killServerProcesses, startServerProcess } from '#testing';
import { cspViolations, launchChromium, offlineContext } from './browser.js';
import { pdfPages } from './pdf.js';

/**
 * The printable handover sheet (GET /overlevering/ark) printed by Chromium to A4: the night nurse's question
 * (Helsingør, 17 years, discharge from BUP after a suicide attempt, Saturday 23:30) fits on two pages. The
 * question names its moment, so the answer does not depend on the day the test runs; the demo data's own
 * dates (theme days a month or more ahead, verification ages) move with the day it is loaded, and the sheet
 * holds at most three of them.
 */
const QUESTION =
  'kommune=0217&alder=17&situationer=discharge-child-youth-psychiatry&situationer=suicidal-behaviour&tidspunkt=2027-01-09T23:30:00%2B01:00';

describe('the printable handover sheet in Chromium', () => {
  let dataDir: string;
  let origin: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vejviser-sheet-'));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const server = startServerProcess({ DATA_DIR: dataDir, PORT: String(port), SEED_DEMO: 'true', PUBLIC_URL: origin });
    browser = await launchChromium();
    await server.waitUntilHealthy(port);
    page = await (await offlineContext(browser, origin)).context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    killServerProcesses();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('puts the 24-hour duty phone under "Ring nu" and prints the night nurse\'s sheet on at most two A4 pages', async () => {
    const answer = await page.goto(`${origin}/overlevering/ark?${QUESTION}`);
    expect(answer?.status()).toBe(200);
    const call = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Ring nu' }) });
    await expect(call.getByRole('heading', { level: 3 }).allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Døgnåben vagttelefon – Socialvagten i Helsingør/),
    ]);
    await expect(call.innerText()).resolves.toContain('Åben på tidspunktet');
    // The sheet's own <style> is allowed by its hash; nothing else was refused.
    expect(await cspViolations(page)).toEqual([]);
    // Every other section is shortened, with the way to the rest.
    const more = await page.locator('p.more').allInnerTexts();
    expect(more.length).toBeGreaterThanOrEqual(2);
    for (const line of more)
      expect(line).toMatch(new RegExp(`^Se \\d+ (mere|flere) online: ${origin}/overlevering\\?kommune=0217&alder=17&`));

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
    // Left for a human look (not committed).
    await mkdir(join('test-results', 'screenshots'), { recursive: true });
    await writeFile(join('test-results', 'screenshots', 'overleveringsark-helsingoer.pdf'), pdf);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it('counts pages in a PDF by its page objects', () => {
    const two = Buffer.from('<< /Type /Pages /Kids [3 0 R 4 0 R] >> << /Type /Page >> << /Type/Page /Parent 2 0 R >>', 'latin1');
    expect(pdfPages(two)).toBe(2);
  });
});
