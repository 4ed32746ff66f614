import type { Locator, Page } from 'playwright-core';
import { pdfPages } from './pdf.js';
import { accessibilityViolations, screenshot, signInThroughPage, startWebApp, WIDTHS, type WebApp, type WidthName } from './web-app.js';

/**
 * The handover page (/overlevering) for the night nurse: Helsingør, 17 years, discharge from BUP after a suicide
 * attempt, Saturday 9 January 2027 at 23:30. The browser's clock is fixed there (Playwright's clock), so "now"
 * is that moment whatever day the test runs; shared links name it with `tidspunkt`.
 */
const SATURDAY_NIGHT = new Date('2027-01-09T23:30:00+01:00');
const SHARED =
  '/overlevering?kommune=0217&alder=17&situationer=discharge-child-youth-psychiatry&situationer=suicidal-behaviour&tidspunkt=2027-01-09T23:30:00%2B01:00';
const DUTY_PHONE = /^Døgnåben vagttelefon – Socialvagten i Helsingør/;

const callNow = (page: Page) => page.locator('section', { has: page.getByRole('heading', { level: 2, name: /^Ring / }) });

/** Presses Tab until `target` has focus (moving focus is not an interaction: nothing is clicked, typed or submitted). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

/** The duty phone is the first (and only) one under "Ring nu", open in words, its number a tel: link. */
async function expectDutyPhoneFirst(page: Page, openWords: string): Promise<void> {
  const section = callNow(page);
  await section.getByRole('heading', { level: 3 }).first().waitFor();
  await expect(section.getByRole('heading', { level: 3 }).allInnerTexts()).resolves.toEqual([expect.stringMatching(DUTY_PHONE)]);
  await expect(section.innerText()).resolves.toContain(openWords);
  const phone = section.getByRole('link', { name: /^\+45 / }).first();
  await expect(phone.getAttribute('href')).resolves.toMatch(/^tel:\+45\d{8}$/);
}

describe('the handover page for the night nurse', () => {
  let app: WebApp;

  beforeAll(async () => {
    app = await startWebApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  async function openAtSaturdayNight(width: WidthName = 'desktop') {
    const opened = await app.open(width);
    await opened.page.clock.setFixedTime(SATURDAY_NIGHT);
    return opened;
  }

  it('reaches the duty phone number from / in three interactions with the mouse', async () => {
    const { page, offline } = await openAtSaturdayNight('phone');
    await page.goto(`${app.origin}/`);
    await page.getByRole('link', { name: 'Overlevering: hvem skal jeg ringe til nu?' }).click(); // 1
    await page.getByLabel('Hvilken kommune hører borgeren til?').fill('Helsingør');
    await page.getByRole('button', { name: 'Vis hvem jeg skal ringe til' }).click(); // 2: typed and submitted
    await expectDutyPhoneFirst(page, 'Åben nu – døgnåben');
    await page.getByRole('button', { name: 'Selvmordsforsøg og selvmordsadfærd' }).click(); // 3
    await page.getByRole('button', { name: /Selvmordsforsøg og selvmordsadfærd/, pressed: true }).waitFor();
    await expectDutyPhoneFirst(page, 'Åben nu – døgnåben');
    await page.waitForURL(`${app.origin}/overlevering?kommune=0217&situationer=suicidal-behaviour`);
    await screenshot(page, 'overlevering-natten', 'phone');
    expect(offline.outside).toEqual([]);
    await offline.context.close();
  });

  it('reaches it with the keyboard alone', async () => {
    const { page, offline } = await openAtSaturdayNight();
    await page.goto(`${app.origin}/`);
    await tabTo(page, page.getByRole('main').getByRole('link', { name: 'Overlevering: hvem skal jeg ringe til nu?' }));
    await page.keyboard.press('Enter'); // 1
    const municipality = page.getByLabel('Hvilken kommune hører borgeren til?');
    await tabTo(page, municipality);
    await page.keyboard.type('Helsingør');
    await page.keyboard.press('Enter'); // 2
    await expectDutyPhoneFirst(page, 'Åben nu – døgnåben');
    await tabTo(page, page.getByRole('button', { name: 'Selvmordsforsøg og selvmordsadfærd' }));
    await page.keyboard.press('Space'); // 3
    await page.getByRole('button', { name: /Selvmordsforsøg og selvmordsadfærd/, pressed: true }).waitFor();
    await expectDutyPhoneFirst(page, 'Åben nu – døgnåben');
    await offline.context.close();
  });

  it('suggests municipalities from the first letters, the matching part marked, and asks at once when one is picked', async () => {
    const { page, offline } = await openAtSaturdayNight('phone');
    await page.goto(`${app.origin}/overlevering`);
    const field = page.getByRole('combobox', { name: 'Hvilken kommune hører borgeren til?' });
    await field.pressSequentially('hel');
    const options = page.getByRole('listbox', { name: 'Kommuner' }).getByRole('option');
    await options.first().waitFor();
    const names = await options.allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThanOrEqual(8);
    for (const name of names) expect(name.toLowerCase()).toMatch(/(^|[\s-])hel/);
    const helsingoer = options.filter({ hasText: 'Helsingør' });
    await expect(helsingoer.locator('mark').innerText()).resolves.toBe('Hel');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'overlevering-forslag', 'phone');
    // By code too; arrow keys and Enter pick.
    await field.fill('');
    await field.pressSequentially('021');
    await options.filter({ hasText: '0217' }).waitFor();
    const index = (await options.allInnerTexts()).findIndex((t) => t.includes('0217'));
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${app.origin}/overlevering?kommune=0217`);
    await expectDutyPhoneFirst(page, 'Åben nu – døgnåben');
    await offline.context.close();
  });

  it('opens a shared link with the whole question: the answer first, the rest short with "vis flere"', async () => {
    const { page, offline } = await openAtSaturdayNight();
    await page.goto(`${app.origin}${SHARED}`);
    await expectDutyPhoneFirst(page, 'Åben på tidspunktet – døgnåben');
    await expect(page.locator('.handover-asked').innerText()).resolves.toBe(
      '17 år · Udskrivning fra børne- og ungdomspsykiatrien (BUP), Selvmordsforsøg og selvmordsadfærd · lørdag 9. januar kl. 23.30',
    );
    const others = page.locator('section', { has: page.getByRole('heading', { level: 2, name: /^Andre indgange i kommunen/ }) });
    await expect(others.getByRole('heading', { level: 3 }).filter({ visible: true }).count()).resolves.toBe(3);
    await expect(others.innerText()).resolves.toContain('Lukket – åbner mandag 11. januar kl. 08.00');
    const more = others.getByRole('button', { name: /^Vis \d+ flere$/ });
    const total = Number((await more.innerText()).match(/\d+/)![0]) + 3;
    await more.click();
    await expect(others.getByRole('heading', { level: 3 }).filter({ visible: true }).count()).resolves.toBe(total);
    await expect(others.getByRole('button', { name: 'Vis færre' }).getAttribute('aria-expanded')).resolves.toBe('true');
    // Sending the sheet is for signed-in professionals.
    await expect(page.getByText('for at sende arket til en kollega').count()).resolves.toBe(1);
    await offline.context.close();
  });

  it('reads a shared tidspunkt without an offset as Copenhagen time, and refuses the hour skipped in spring', async () => {
    const { page, offline } = await openAtSaturdayNight();
    // The browser runs in the machine's zone (UTC on CI, not Copenhagen): the answer must not depend on it.
    await page.goto(`${app.origin}${SHARED.replace('2027-01-09T23:30:00%2B01:00', '2027-01-09T23:30')}`);
    await expectDutyPhoneFirst(page, 'Åben på tidspunktet – døgnåben');
    await expect(page.locator('.handover-asked').innerText()).resolves.toBe(
      '17 år · Udskrivning fra børne- og ungdomspsykiatrien (BUP), Selvmordsforsøg og selvmordsadfærd · lørdag 9. januar kl. 23.30',
    );
    const time = page.getByLabel(/^Tidspunkt/);
    await expect(time.inputValue()).resolves.toBe('2027-01-09T23:30');
    await time.fill('2027-03-28T02:30');
    await page.getByRole('button', { name: 'Vis for tidspunktet' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Klokkeslættet findes ikke i dansk tid');
    // The autumn hour that happens twice is its first occurrence, in summer time.
    await time.fill('2026-10-25T02:30');
    await page.getByRole('button', { name: 'Vis for tidspunktet' }).click();
    await page.waitForURL(/tidspunkt=2026-10-25T00%3A30%3A00\.000Z/);
    await page.goto(`${app.origin}/overlevering?kommune=0217&tidspunkt=2027-03-28T02:30`);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Klokkeslættet findes ikke i dansk tid');
    await offline.context.close();
  });

  it('prints as the sheet: no navigation, the first three of each section, and at most two A4 pages', async () => {
    const { page, offline } = await openAtSaturdayNight();
    await page.goto(`${app.origin}${SHARED}`);
    await callNow(page).getByRole('heading', { level: 3 }).first().waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner').isVisible()).resolves.toBe(false);
    await expect(
      page
        .getByRole('button', { name: /^Vis \d+ flere$/ })
        .first()
        .isVisible(),
    ).resolves.toBe(false);
    await expect(
      page
        .getByText(/^Se \d+ flere online\.$/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByText('Arket indeholder ingen oplysninger om borgeren', { exact: false }).isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
    await offline.context.close();
  });

  it('shows a signed-in professional the staff lines, and sends the sheet to a colleague', async () => {
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, 'fagperson@example.org', 'vejviser-demo');
    // A shared link opened in the same tab: the session comes back through its cookie.
    await page.goto(`${app.origin}${SHARED}`);
    await page.getByRole('banner').getByRole('button', { name: 'Log ud' }).waitFor();
    await callNow(page).getByText('kun for fagpersoner').first().waitFor();
    await page.getByLabel('Kollegaens e-mailadresse').fill('kollega@example.org');
    await page.getByLabel('Besked (valgfri)').fill('Til udskrivningen i morgen.');
    await page.getByRole('button', { name: 'Send arket' }).click();
    await page.getByText('Arket er sendt til kollega@example.org').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await offline.context.close();
  });

  it.each(Object.keys(WIDTHS) as WidthName[])('has no axe violations at %s width, asking and answering', async (width) => {
    const { page, offline } = await openAtSaturdayNight(width);
    await page.goto(`${app.origin}/overlevering`);
    await page.getByRole('heading', { level: 1, name: 'Overlevering: hvem skal jeg ringe til nu?' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'overlevering-spoergsmaal', width);
    await page.getByRole('button', { name: 'Vis hvem jeg skal ringe til' }).click();
    await page.getByRole('alert').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto(`${app.origin}${SHARED}`);
    await callNow(page).getByRole('heading', { level: 3 }).first().waitFor();
    await page
      .getByRole('button', { name: /^Vis \d+ flere$/ })
      .first()
      .click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'overlevering-svar', width);
    await offline.context.close();
  });
});
