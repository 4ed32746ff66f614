import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { freePort, killServerProcesses, startServerProcess } from '#testing';
import { launchChromium, offlineContext, type OfflineContext } from './browser.js';

/** The widths every page is checked at: a phone and a desktop. */
export const WIDTHS = { phone: { width: 375, height: 800 }, desktop: { width: 1280, height: 900 } } as const;
export type WidthName = keyof typeof WIDTHS;

/** Where the suites leave screenshots of every page for a human look (not committed). */
export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

export interface WebApp {
  origin: string;
  port: number;
  browser: Browser;
  /** A fresh, offline (only the app's origin answers) context and page at that width. */
  open(width?: WidthName): Promise<{ page: Page; offline: OfflineContext }>;
  close(): Promise<void>;
}

/**
 * The built server (npm run build) on a fresh PGlite data directory with the demo data, and Debian's Chromium.
 * `env` adds settings (e.g. OIDC_*). Call in beforeAll, close in afterAll.
 */
let started = 0;
/** WEB_SPEC_PORT: the first of ports of one's own on a machine shared with others running the suites (one per app started). */
function ownPort(): number | null {
  const first = Number(process.env.WEB_SPEC_PORT);
  return Number.isInteger(first) && first > 0 ? first + started++ : null;
}

export async function startWebApp(env: Record<string, string> = {}): Promise<WebApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'vejviser-web-'));
  // A fixed PORT in `env` when something must know the address first (an identity provider's redirect URI).
  const port = env.PORT ? Number(env.PORT) : (ownPort() ?? (await freePort()));
  const origin = `http://127.0.0.1:${port}`;
  // Links the server puts in pages and mails are absolute to PUBLIC_URL: this server.
  const server = startServerProcess({ DATA_DIR: dataDir, PORT: String(port), PUBLIC_URL: origin, SEED_DEMO: 'true', ...env });
  const browser = await launchChromium();
  await server.waitUntilHealthy(port);
  return {
    origin,
    port,
    browser,
    async open(width = 'desktop') {
      const offline = await offlineContext(browser, origin);
      const page = await offline.context.newPage();
      await page.setViewportSize(WIDTHS[width]);
      return { page, offline };
    },
    async close() {
      await browser.close();
      killServerProcesses();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** WCAG 2.1 A and AA violations axe-core finds on the page, as readable lines (empty: none). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${n.target.join(' ')}`));
}

/** Saves a full-page screenshot as test-results/screenshots/<name>-<width>.png. */
export async function screenshot(page: Page, name: string, width: WidthName): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
}

/**
 * Signs in the way a person does: the page /log-ind, e-mail, password, "Log ind", until the header offers "Log ud".
 * The session then lives in the page's memory and its HttpOnly cookie, so later `page.goto`s stay signed in.
 */
export async function signInThroughPage(page: Page, origin: string, email: string, password: string): Promise<void> {
  await page.goto(`${origin}/log-ind`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Log ud' }).waitFor();
}
