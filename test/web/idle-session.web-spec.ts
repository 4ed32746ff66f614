import type { Page } from 'playwright-core';
import { signInThroughPage, startWebApp, type WebApp } from './web-app.js';

/**
 * The web app's own idle sign-out and quiet renewal (apps/web/src/auth/browser-session.ts), on the page's fake clock
 * (Playwright's page.clock): the server's access tokens last 5 minutes and a session ends after 15 idle minutes.
 * Time only moves when the test moves it; each renewal's answer is awaited before the clock moves on.
 */
const IDLE_NOTICE = 'Du er logget ud, fordi Vejviser ikke har været brugt i 15 minutter.';

const renewal = (page: Page) => page.waitForResponse((r) => new URL(r.url()).pathname === '/konto/session/forny');

/** A fresh page on a fake clock (starting now, so the server's token expiry means the same to it), signed in. */
async function signedInOnFakeClock(app: WebApp): Promise<{ page: Page; close: () => Promise<void> }> {
  const { page, offline } = await app.open('desktop');
  await page.clock.install();
  await signInThroughPage(page, app.origin, 'fagperson@example.org', 'vejviser-demo');
  return { page, close: () => offline.context.close() };
}

describe('the web app signs an idle session out, and renews an active one quietly', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp({ ACCESS_TOKEN_MINUTES: '5', SESSION_IDLE_HOURS: '0.25' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('ends a session nobody uses after the idle time and says why on /log-ind', async () => {
    const { page, close } = await signedInOnFakeClock(app);
    const header = page.getByRole('banner');
    // 14 minutes untouched: the token is renewed (4 minutes in), the session still there.
    const renewed = renewal(page);
    await page.clock.fastForward('14:00');
    expect((await renewed).status()).toBe(200);
    await header.getByRole('button', { name: 'Log ud' }).waitFor();
    // 16 minutes: past the idle time, so the renewal is not asked for and the session ends.
    await page.clock.fastForward('02:00');
    await header.getByRole('link', { name: 'Log ind' }).click();
    await page.waitForURL(`${app.origin}/log-ind`);
    await page.getByText(IDLE_NOTICE).waitFor();
    await expect(header.getByRole('button', { name: 'Log ud' }).count()).resolves.toBe(0);
    await close();
  });

  it('keeps a session in use alive past its access token’s expiry and past the idle time, renewing quietly', async () => {
    const { page, close } = await signedInOnFakeClock(app);
    const header = page.getByRole('banner');
    // Four and a half minutes at a time, someone pressing a key in between: 18 minutes in all.
    for (let step = 0; step < 4; step++) {
      const renewed = renewal(page);
      await page.clock.fastForward('04:30');
      expect((await renewed).status()).toBe(200);
      await page.keyboard.press('Shift');
    }
    await header.getByRole('button', { name: 'Log ud' }).waitFor();
    await expect(page.getByText(IDLE_NOTICE).count()).resolves.toBe(0);
    // The renewed session still works: the cookie renews once more.
    await expect(
      page.evaluate(
        async () =>
          (await fetch('/konto/session/forny', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status,
      ),
    ).resolves.toBe(200);
    await close();
  });
});
