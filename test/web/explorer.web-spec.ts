import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { freePort, killServerProcesses, postGraphQL, startServerProcess } from '#testing';
import { launchChromium, offlineContext, type OfflineContext } from './browser.js';

/** The README's first example: a municipality and its region now and after the 2027 merger. */
function readmeMunicipalityExample(): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const example = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]).find((q) => q.includes('municipality(code: "0217")'));
  if (!example) throw new Error('The README no longer has the municipality 0217 example');
  return example;
}

/**
 * Replaces an editor's text the way the README says to use the examples: paste. (Typed keys would meet Monaco's
 * auto-closing brackets and auto-indent.) `editor` is the end of the Monaco model's URI: operation.graphql,
 * variables.json or request-headers.json.
 */
async function pasteInto(page: Page, editor: string, text: string): Promise<void> {
  await page.locator(`.monaco-editor[data-uri$="-${editor}"]`).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
  await page.keyboard.press('ControlOrMeta+V');
  // Wait until the editor shows exactly that text (compared without white space: Monaco draws lines as elements).
  // Polled from here: a page.waitForFunction would evaluate strings in the page, which its CSP rightly forbids.
  const want = text.replace(/\s/g, '');
  const view = page.locator(`.monaco-editor[data-uri$="-${editor}"] .view-lines`);
  for (let attempt = 0; ((await view.textContent()) ?? '').replace(/\s/g, '') !== want; attempt++) {
    if (attempt > 100) throw new Error(`The ${editor} editor did not show the pasted text`);
    await page.waitForTimeout(100);
  }
}

const response = (page: Page) => page.locator('.graphiql-response');

/** The result pane as JSON (Monaco shows spaces as no-break spaces). */
const shownResult = async (page: Page) => JSON.parse((await response(page).innerText()).replace(/\u00a0/g, ' '));

describe('the GraphQL explorer in a browser without a network', () => {
  let dataDir: string;
  let origin: string;
  let port: number;
  let browser: Browser;
  let offline: OfflineContext;
  let page: Page;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vejviser-explorer-'));
    port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const server = startServerProcess({ DATA_DIR: dataDir, PORT: String(port), GRAPHQL_SANDBOX: 'true', SEED_DEMO: 'true' });
    browser = await launchChromium();
    await server.waitUntilHealthy(port);
    offline = await offlineContext(browser, origin);
    page = await offline.context.newPage();
    // Any Content-Security-Policy violation on the page is collected for the assertions below.
    await page.addInitScript({
      content: `window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`,
    });
  });

  afterAll(async () => {
    await browser?.close();
    killServerProcesses();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('opens GraphiQL at /graphql from the app alone, with a Danish title', async () => {
    // GraphiQL asks for the schema first; wait for it so the editors are ready.
    const schema = page.waitForResponse((r) => r.url() === `${origin}/graphql` && r.request().method() === 'POST');
    const answer = await page.goto(`${origin}/graphql`);
    expect(answer?.status()).toBe(200);
    expect(answer?.headers()['content-security-policy']).toContain("default-src 'self'");
    await expect(page.title()).resolves.toBe('Vejviser – GraphQL-udforsker');
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 30_000 });
    expect((await schema).status()).toBe(200);
  });

  it('runs the README example pasted into a new tab and shows the answer in the result pane', async () => {
    await page.getByRole('button', { name: 'New tab' }).click();
    await page.locator('.graphiql-tab').nth(2).waitFor();
    await pasteInto(page, 'operation.graphql', readmeMunicipalityExample());
    await page.locator('.graphiql-execute-button').click();
    await expect(response(page).getByText('"Helsingør"').waitFor({ timeout: 30_000 })).resolves.toBeUndefined();
    expect(await shownResult(page)).toEqual({
      data: {
        municipality: { code: '0217', name: 'Helsingør', region: { name: 'Region Hovedstaden' }, later: { name: 'Region Østdanmark' } },
      },
    });
  });

  it("offers the README's examples and runs one from the list", async () => {
    await page.getByRole('button', { name: 'Show Eksempler' }).click();
    const examples = page.locator('.vejviser-examples li button');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(await examples.count()).toBe([...readme.matchAll(/```graphql\n/g)].length);
    await examples.filter({ hasText: 'Search across offers' }).click();
    await page.locator('.graphiql-execute-button').click();
    await expect(response(page).getByText('"totalCount"').waitFor({ timeout: 30_000 })).resolves.toBeUndefined();
  });

  it('sends the Authorization header from the headers editor, so a signed-in query works', async () => {
    const signIn = await postGraphQL<{ signIn: { accessToken: string } }>(
      port,
      `mutation { signIn(input: { email: "fagperson@example.org", password: "vejviser-demo" }) { ... on Session { accessToken } } }`,
    );
    const token = signIn.data!.signIn.accessToken;
    await pasteInto(page, 'operation.graphql', '{ me { email } }');
    await page.getByRole('button', { name: 'Headers' }).click();
    await pasteInto(page, 'request-headers.json', JSON.stringify({ Authorization: `Bearer ${token}` }));
    await page.locator('.graphiql-execute-button').click();
    await expect(response(page).getByText('"fagperson@example.org"').waitFor({ timeout: 30_000 })).resolves.toBeUndefined();
  });

  it('fetched nothing outside the app: no request left the origin and the CSP was never violated', async () => {
    expect(offline.outside).toEqual([]);
    expect(await page.evaluate('window.cspViolations')).toEqual([]);
    // The page, its bundle, Monaco's workers and the queries all came from the app.
    expect(offline.inside).toContain('GET /graphql');
    expect(offline.inside).toContain('POST /graphql');
    expect(offline.inside.filter((r) => /^GET \/explorer\/assets\/.*worker.*\.js$/.test(r)).length).toBeGreaterThanOrEqual(2);
  });

  it('reports what axe-core finds on the page (GraphiQL is third-party: reported, not failed)', async () => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const lines = result.violations.map(
      (v) => `${v.impact ?? '?'} ${v.id}: ${v.help}; ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    console.log(`axe-core on /graphql: ${result.violations.length} rule(s) violated\n${lines.join('\n')}`);
    expect(result.passes.length).toBeGreaterThan(0);
  });
});
