import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Request } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH points elsewhere. Never a browser download. */
export const CHROMIUM = process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';

/** Quiet flags: without them Chromium keeps trying to reach Google's services. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  // Playwright gives every launch a fresh temporary profile.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

export interface OfflineContext {
  context: BrowserContext;
  /** Every request the pages and their workers tried outside `origin` (all aborted). */
  outside: string[];
  /** Every request inside `origin`, as "METHOD path". */
  inside: string[];
}

/** A browser context in which only `origin` answers: everything else is aborted and recorded. */
export async function offlineContext(browser: Browser, origin: string): Promise<OfflineContext> {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'da-DK' });
  // Tests paste into editors as people do.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const outside: string[] = [];
  const inside: string[] = [];
  const sameOrigin = (url: string) => url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin;
  await context.route('**/*', (route) => (sameOrigin(route.request().url()) ? route.continue() : route.abort('internetdisconnected')));
  const record = (request: Request) => {
    const url = request.url();
    if (!sameOrigin(url)) outside.push(url);
    else if (!url.startsWith('data:') && !url.startsWith('blob:')) inside.push(`${request.method()} ${new URL(url).pathname}`);
  };
  context.on('request', record);
  return { context, outside, inside };
}
