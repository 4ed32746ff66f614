import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

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

/** Headless Chromium through playwright-core (a devDependency, loaded only here); a clear message when either is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Ingen Chromium i ${CHROMIUM} (no Chromium at ${CHROMIUM}): apt-get update && apt-get install -y chromium, or set CHROMIUM_PATH`,
    );
  }
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new Error('playwright-core mangler (is missing): run npm install with the devDependencies');
  }
  // Playwright gives every launch a fresh temporary profile.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}
