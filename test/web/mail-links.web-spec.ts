import { renderedSamples } from '#mail';
import type { Page } from 'playwright-core';
import { cspViolations } from './browser.js';
import { mailedLink } from './dev-mailbox.js';
import { accessibilityViolations, screenshot, startWebApp, WIDTHS, type WebApp, type WidthName } from './web-app.js';

/**
 * Every link the app mails out leads to a real page (issue 13, item 6). Every template is rendered with its own
 * sample data (as the dev mailbox shows them), every link is collected from the HTML and the text part, the
 * samples' origin is replaced by the test server's (which runs with PUBLIC_URL set to its origin), and each link is
 * opened in Chromium.
 *
 * A link leads to a real page when Chromium gets an HTML page for it
 *  - with status 200 — or 404/410 from a page the server renders itself to explain an unknown, used or expired
 *    token (the samples' tokens are made up), never the router's JSON "Cannot GET";
 *  - with exactly one h1, which is not the web app's "Siden findes ikke".
 * A calendar feed (…/<id>.ics) is not a page: it must be answered by the feed's own route — 200 text/calendar, or
 * its plain-text "findes ikke" for the sample's made-up id — never the router's JSON 404.
 * Links to other hosts (the online meeting, a volunteer organisation's website) and mailto: are listed, not opened.
 */
const SAMPLE_ORIGIN = 'https://vejviser.example.org';
const NOT_FOUND_HEADING = 'Siden findes ikke';
const REASON = 'Du får denne mail, fordi';
/** Paths the server renders itself, which the screenshots and axe check at both widths. */
const SERVER_RENDERED = /^\/(bekraeft|temadage\/afmeld|aendringer\/afmeld|supervision\/record)\//;

interface MailLink {
  template: string;
  part: 'html' | 'text';
  url: string;
}

describe('every link in every mail', () => {
  let app: WebApp;
  const links: MailLink[] = [];

  beforeAll(async () => {
    app = await startWebApp();
    const { page, offline } = await app.open();
    for (const { template, rendered } of renderedSamples()) {
      await page.setContent(rendered.html);
      const hrefs = await page.$$eval('a[href]', (anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      for (const url of hrefs) links.push({ template: template.name, part: 'html', url });
      for (const url of textLinks(rendered.text)) links.push({ template: template.name, part: 'text', url });
    }
    await offline.context.close();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('says why the mail came once, in the HTML and in the text part of every template', async () => {
    const { page, offline } = await app.open();
    const doubled: string[] = [];
    for (const { template, rendered } of renderedSamples()) {
      await page.setContent(rendered.html);
      const shown = await page.locator('body').innerText();
      if (count(shown, REASON) !== 1) doubled.push(`${template.name} (html: ${count(shown, REASON)} gange)`);
      if (count(rendered.text, REASON) !== 1) doubled.push(`${template.name} (tekst: ${count(rendered.text, REASON)} gange)`);
    }
    expect(doubled).toEqual([]);
    await offline.context.close();
  });

  it('finds links to the app in the mails, and the HTML and text parts link to the same places', () => {
    const own = links.filter((l) => l.url.startsWith(SAMPLE_ORIGIN));
    expect(own.length).toBeGreaterThan(20);
    for (const template of new Set(links.map((l) => l.template))) {
      const of = (part: MailLink['part']) => new Set(own.filter((l) => l.template === template && l.part === part).map((l) => l.url));
      expect({ template, text: [...of('text')].sort() }).toEqual({ template, text: [...of('html')].sort() });
    }
  });

  it('opens every link to the app as a real page', async () => {
    const { page, offline } = await app.open();
    const unique = [...new Map(links.filter((l) => l.url.startsWith(SAMPLE_ORIGIN)).map((l) => [l.url, l])).values()];
    const outcomes: string[] = [];
    const failures: string[] = [];
    for (const link of unique) {
      const url = app.origin + link.url.slice(SAMPLE_ORIGIN.length);
      const path = url.slice(app.origin.length) || '/';
      const problem = /\.ics(\?|$)/.test(new URL(url).pathname) ? await feedProblem(page, url) : await pageProblem(page, url);
      const users = links.filter((l) => l.url === link.url).map((l) => `${l.template}/${l.part}`);
      outcomes.push(`${problem ? 'FEJL' : 'ok  '} ${path}${problem ? ` — ${problem}` : ''} (${[...new Set(users)].join(', ')})`);
      if (problem) failures.push(`${path}: ${problem} (fra ${[...new Set(users.map((u) => u.split('/')[0]))].join(', ')})`);
    }
    const external = [...new Set(links.filter((l) => !l.url.startsWith(SAMPLE_ORIGIN)).map((l) => l.url))];
    console.log(
      `Links i mails (${unique.length} til Vejviser):\n${outcomes.join('\n')}\nIkke åbnet (andre værter, mailto): ${external.join(', ')}`,
    );
    expect(offline.outside).toEqual([]);
    await offline.context.close();
    expect(failures).toEqual([]);
  });

  it.each(Object.keys(WIDTHS) as WidthName[])(
    'shows the server-rendered pages the mails link to in the app look at %s width, with no axe violations',
    async (width) => {
      const { page, offline } = await app.open(width);
      const paths = new Set(
        links
          .filter((l) => l.url.startsWith(SAMPLE_ORIGIN))
          .map((l) => l.url.slice(SAMPLE_ORIGIN.length))
          .filter((p) => SERVER_RENDERED.test(p)),
      );
      // The supervision record is linked from the web app, not from mail; a browser without a sign-in gets a page too.
      paths.add('/supervision/record/eksempel');
      expect(paths.size).toBeGreaterThanOrEqual(4);
      const violations: string[] = [];
      for (const path of paths) {
        const answer = await page.goto(app.origin + path);
        const csp = answer?.headers()['content-security-policy'] ?? '';
        expect({ path, csp }).toEqual({ path, csp: expect.stringContaining("style-src 'self'") });
        expect(await page.getAttribute('html', 'lang')).toBe('da');
        await page.getByRole('banner').getByRole('link', { name: 'Vejviser – forsiden' }).waitFor();
        expect(
          await page
            .getByRole('contentinfo')
            .getByRole('link')
            .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
        ).toEqual(['/tilgaengelighed', '/privatliv']);
        // Det Fælles Designsystem's font from the app itself, as on the web app's pages.
        expect(await page.evaluate<string>('getComputedStyle(document.body).fontFamily')).toContain('IBM Plex Sans');
        violations.push(...(await accessibilityViolations(page)).map((v) => `${path}: ${v}`));
        violations.push(...(await cspViolations(page)).map((v) => `${path}: CSP refused ${v}`));
        await screenshot(page, `mail-link${path.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}`, width);
      }
      expect(violations).toEqual([]);
      expect(offline.outside).toEqual([]);
      await offline.context.close();
    },
  );

  it("shows a mail template in the dev mailbox, inline styles and all, with nothing else allowed by the page's policy", async () => {
    const { page, offline } = await app.open('desktop');
    const answer = await page.goto(`${app.origin}/dev/mailbox/templates/theme-day-confirmation`);
    expect(answer?.headers()['content-security-policy']).toContain("default-src 'none'");
    await page.frameLocator('iframe').getByRole('heading', { level: 1 }).waitFor();
    expect(await cspViolations(page)).toEqual([]);
    expect(offline.outside).toEqual([]);
    await offline.context.close();
  });

  it('cancels a registration from the link in the real confirmation mail by pressing the button, without JavaScript', async () => {
    const graphql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const res = await fetch(`${app.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return ((await res.json()) as { data: T }).data;
    };
    const { themeDays } = await graphql<{ themeDays: { edges: { node: { id: string } }[] } }>(
      '{ themeDays(first: 1) { edges { node { id } } } }',
    );
    expect(themeDays.edges.length).toBe(1);
    const email = 'mail-links@example.org';
    const { registerForThemeDay } = await graphql<{ registerForThemeDay: { __typename: string } }>(
      'mutation ($input: RegisterForThemeDayInput!) { registerForThemeDay(input: $input) { __typename } }',
      { input: { themeDayId: themeDays.edges[0].node.id, name: 'Maja Link', email, workplace: 'Helsingør Kommune' } },
    );
    expect(registerForThemeDay.__typename).toBe('ThemeDayRegistration');
    const cancelUrl = await mailedLink(app.origin, /\/temadage\/afmeld\/[\w-]+/);

    for (const width of Object.keys(WIDTHS) as WidthName[]) {
      const { page, offline } = await app.open(width);
      await page.context().route('**/*', (route) => (route.request().resourceType() === 'script' ? route.abort() : route.fallback()));
      await page.goto(cancelUrl);
      const button = page.getByRole('button', { name: 'Meld mig fra' });
      await button.waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'mail-link-temadage-afmeld-knap', width);
      if (width === 'desktop') {
        await button.click();
        await page.getByRole('heading', { level: 1, name: 'Du er meldt fra' }).waitFor();
        expect(await accessibilityViolations(page)).toEqual([]);
        await screenshot(page, 'mail-link-temadage-afmeld-meldt-fra', width);
      }
      expect(offline.outside).toEqual([]);
      await offline.context.close();
    }
  });
});

/** http(s) addresses in a text part, without the sentence's trailing punctuation. */
function textLinks(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((m) => m[0].replace(/[.,;:)\]]+$/, ''));
}

function count(text: string, phrase: string): number {
  return text.split(phrase).length - 1;
}

/** Why `url` is not a real page (see the top of the file), or null when it is. */
async function pageProblem(page: Page, url: string): Promise<string | null> {
  const answer = await page.goto(url);
  if (!answer) return 'intet svar';
  const status = answer.status();
  const type = answer.headers()['content-type'] ?? '';
  if (!type.startsWith('text/html')) return `svarer ${status} ${type} (${(await answer.text()).slice(0, 80)})`;
  const serverRendered = SERVER_RENDERED.test(new URL(url).pathname);
  if (status !== 200 && !(serverRendered && (status === 404 || status === 410))) return `svarer ${status}`;
  // The web app renders its page after loading; a server-rendered page has its h1 at once.
  const heading = page.locator('h1');
  try {
    await heading.first().waitFor({ timeout: 10_000 });
  } catch {
    return 'ingen overskrift (h1)';
  }
  if ((await heading.count()) !== 1) return `${await heading.count()} overskrifter (h1)`;
  const text = (await heading.innerText()).trim();
  if (text === NOT_FOUND_HEADING) return `webappen viser "${NOT_FOUND_HEADING}"`;
  return null;
}

/** Why a calendar feed link is not answered by the feed route, or null when it is. */
async function feedProblem(page: Page, url: string): Promise<string | null> {
  const answer = await page.context().request.get(url);
  const type = answer.headers()['content-type'] ?? '';
  const body = await answer.text();
  if (answer.status() === 200 && type.startsWith('text/calendar') && body.startsWith('BEGIN:VCALENDAR')) return null;
  if (answer.status() === 404 && type.startsWith('text/plain') && body.includes('findes ikke')) return null;
  return `kalenderen svarer ${answer.status()} ${type} (${body.slice(0, 80)})`;
}
