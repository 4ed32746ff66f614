import type { Browser, BrowserContext, Page, Request } from 'playwright-core';

/** Debian's Chromium and its flags live in #testing, shared with `npm run bench:web`. */
export { CHROMIUM, launchChromium } from '#testing';

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
  // Every Content-Security-Policy violation on every page, for cspViolations(page).
  await context.addInitScript({
    content: `window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`,
  });
  return { context, outside, inside };
}

/** What the page's Content-Security-Policy refused since it loaded ("directive blocked-uri"; empty: nothing). */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate('window.__cspViolations ?? []');
}
