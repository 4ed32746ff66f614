import {
  APPLICANT,
  COORDINATOR,
  demoOf,
  everyFieldInvalid,
  graphql,
  groupOf,
  heading,
  hoursOf,
  KEY_PERSON,
  membersOf,
  PASSWORD,
  tokenOf,
  type Demo,
  type Field,
} from './network-fixture.js';
import { accessibilityViolations, screenshot, signInThroughPage, startWebApp, WIDTHS, type WebApp, type WidthName } from './web-app.js';

/** Networks, members and supervision groups for network coordinators in the browser (issue 17, item 3), on the demo data. */

const hoursText = (hours: number) => `${hours.toLocaleString('da-DK', { maximumFractionDigits: 2 })} timer`;

describe('network pages for network coordinators', () => {
  let app: WebApp;
  let coordinator: string;
  let demo: Demo;

  beforeAll(async () => {
    app = await startWebApp();
    coordinator = await tokenOf(app, COORDINATOR);
    demo = await demoOf(app, coordinator);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lets a coordinator approve a membership application and make the new member a key person', async () => {
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, COORDINATOR, PASSWORD);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Netværk' }).click();
    await heading(page, 'Netværk');
    await page.locator(`a[href="/netvaerk/${demo.networkId}"]`).click();
    await page.getByRole('heading', { name: /^Ansøgninger/ }).waitFor();
    await page.getByRole('button', { name: `Godkend ${APPLICANT}` }).click();
    await page.getByText(`${APPLICANT} er godkendt og får besked.`).waitFor();
    await page.getByRole('checkbox', { name: `Nøgleperson: ${APPLICANT}` }).click();
    await page.getByText(`${APPLICANT} er nøgleperson.`).waitFor();
    const member = (await membersOf(app, demo.networkId, 'APPROVED', coordinator)).find((m) => m.name === APPLICANT);
    expect(member).toMatchObject({ status: 'APPROVED', isKeyPerson: true, inSteeringGroup: false });
    await offline.context.close();
  });

  it('lets a coordinator record attendance at a session, and the participant’s hours show it', async () => {
    const now = Date.now();
    const seated = demo.participants.filter((p) => p.status === 'APPROVED');
    const pairs = demo.sessions
      .filter((s) => !s.cancelled && Date.parse(s.startsAt) <= now)
      .flatMap((s) => seated.filter((p) => !s.attendance.some((a) => a.participantId === p.id && a.attended)).map((p) => ({ s, p })));
    const { s: session, p: participant } = pairs[0];
    const before = (await hoursOf(app, participant.memberId, coordinator))!;

    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, COORDINATOR, PASSWORD);
    await page.goto(`${app.origin}/supervisionsgrupper/${demo.groupId}`);
    await page.locator(`a[href$="/moeder/${session.id}"]`).click();
    await heading(page, /^Fremmøde/);
    const name = participant.member.name;
    await page.getByRole('checkbox', { name: `Mødt: ${name}` }).click();
    await page.getByText(`${name} er registreret som mødt.`).waitFor();
    const after = (await hoursOf(app, participant.memberId, coordinator))!;
    expect(after.totalMinutes).toBe(before.totalMinutes + session.durationMinutes);
    await page.getByRole('link', { name: `Timer: ${name}` }).click();
    await heading(page, name);
    await expect(page.getByTestId('hours-total').textContent()).resolves.toContain(`I alt ${hoursText(after.totalHours)}`);
    await offline.context.close();
  });

  it('lets a coordinator create a supervision group with its sessions from a recurrence', async () => {
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, COORDINATOR, PASSWORD);
    await page.goto(`${app.origin}/netvaerk/${demo.networkId}/supervision`);
    await page.getByRole('link', { name: 'Opret en supervisionsgruppe' }).click();
    await heading(page, 'Opret en supervisionsgruppe');
    const first = new Date(Date.now() + 35 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    for (const [label, value] of [
      ['Navn', 'Supervisionsgruppe: skolefravær'],
      ['Fokus', 'Skolefravær'],
      ['Supervisor', 'Demo Supervisor'],
      ['Første møde', `${first}T13:00`],
      ['Mødets længde (minutter)', '120'],
      ['Antal møder', '6'],
    ])
      await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel('Gentages').selectOption({ label: 'Hver anden uge' });
    await page.getByRole('button', { name: 'Opret gruppen' }).click();
    await heading(page, 'Supervisionsgruppe: skolefravær');
    await page.getByRole('heading', { name: 'Møder (6)' }).waitFor();
    await offline.context.close();
  });

  it('shows every invalid field of each new form at once, with the server’s Danish messages', async () => {
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, COORDINATOR, PASSWORD);
    await page.goto(`${app.origin}/netvaerk/${demo.networkId}`);
    await page.getByRole('heading', { name: 'Netværkets oplysninger' }).waitFor();
    await everyFieldInvalid(
      page,
      [
        ['Navn', '', 'Skal udfyldes.'],
        ['Beskrivelse', 'x'.repeat(4001), 'Må højst være 4000 tegn.'],
        ['Koordinatorens e-mail', 'ikke-en-adresse', 'Ugyldig e-mailadresse.'],
      ],
      'Gem netværket',
    );
    await page.reload();
    await page.getByLabel('Slags part').selectOption('REGIONAL_UNIT');
    await everyFieldInvalid(
      page,
      [
        ['Organisation', '', 'Vælg en organisation.'],
        ['Enhed i regionen', '', 'Vælg enheden i regionen.'],
      ],
      'Tilføj parten',
    );
    const group: Field[] = [
      ['Navn', '', 'Skal udfyldes.'],
      ['Fokus', '', 'Skal udfyldes.'],
      ['Beskrivelse', 'x'.repeat(4001), 'Må højst være 4000 tegn.'],
      ['Supervisor', '', 'Skal udfyldes.'],
      ['Supervisorens e-mail', 'ikke-en-adresse', 'Ugyldig e-mailadresse.'],
      ['Sted', 'x'.repeat(501), 'Må højst være 500 tegn.'],
      ['Første møde', '', 'Angiv tidspunktet for første møde.'],
      ['Mødets længde (minutter)', '5', 'Et møde skal vare mindst 15 minutter.'],
      ['Antal møder', '0', 'Antal møder skal være mellem 1 og 200.'],
      ['Dage uden møde', '2027-02-30', 'Dato skal skrives ÅÅÅÅ-MM-DD'],
      ['Mindste antal deltagere', '0', 'skal være mindst 1.'],
      ['Største antal deltagere', '101', 'må højst være 100.'],
      ['Højst pladser pr. part', '101', 'Loftet pr. part må højst være 100.'],
      ['Højst pladser fra kommuner', '0', 'Loftet for sektoren skal være mindst 1.'],
      ['Højst pladser fra regioner', '101', 'Loftet for sektoren må højst være 100.'],
      ['Højst pladser fra frivillige organisationer', '2.5', 'Loftet for sektoren skal være et helt tal.'],
      ['Højst pladser fra statslige organisationer', '-3', 'Loftet for sektoren skal være mindst 1.'],
      ['Højst pladser fra private organisationer', '1000', 'Loftet for sektoren må højst være 100.'],
    ];
    const groupsBefore = await groupCount(app, demo.networkId, coordinator);
    const sessionsBefore = (await groupOf(app, demo.groupId, coordinator)).sessions.map((x) => x.startsAt);
    await page.goto(`${app.origin}/netvaerk/${demo.networkId}/supervision/ny`);
    await heading(page, 'Opret en supervisionsgruppe');
    await everyFieldInvalid(page, group, 'Opret gruppen');
    await screenshot(page, 'supervision-group-invalid', 'desktop');
    await page.goto(`${app.origin}/supervisionsgrupper/${demo.groupId}/ret`);
    await heading(page, /^Ret /);
    await everyFieldInvalid(page, group, 'Gem gruppen');
    expect(await groupCount(app, demo.networkId, coordinator)).toBe(groupsBefore);
    expect((await groupOf(app, demo.groupId, coordinator)).sessions.map((x) => x.startsAt)).toEqual(sessionsBefore);
    await offline.context.close();
  });

  it.each(Object.keys(WIDTHS) as WidthName[])('has no axe violations on the network pages at %s width', async (width) => {
    const { page, offline } = await app.open(width);
    await signInThroughPage(page, app.origin, COORDINATOR, PASSWORD);
    const session = demo.sessions.find((s) => !s.cancelled && Date.parse(s.startsAt) <= Date.now())!;
    const member = demo.participants.find((p) => p.status === 'APPROVED')!;
    for (const [name, path, h1] of pagesOf(demo, session.id, member)) {
      await page.goto(`${app.origin}${path}`);
      await heading(page, h1);
      await page.waitForLoadState('networkidle');
      expect({ name, violations: await accessibilityViolations(page) }).toEqual({ name, violations: [] });
      expect({ name, width: await page.evaluate('document.documentElement.scrollWidth') }).toEqual({ name, width: WIDTHS[width].width });
      await screenshot(page, `network-${name}`, width);
    }
    expect(offline.outside).toEqual([]);
    await offline.context.close();
  });

  it('shows the pages to no one else, and the API refuses them too', async () => {
    const { page, offline } = await app.open('phone');
    await signInThroughPage(page, app.origin, KEY_PERSON, PASSWORD);
    await expect(page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Netværk' }).count()).resolves.toBe(0);
    const session = demo.sessions[0];
    const member = demo.participants.find((p) => p.status === 'APPROVED' && !p.member.name.includes('Helsingør'))!;
    for (const [, path] of pagesOf(demo, session.id, member)) {
      await page.goto(`${app.origin}${path}`);
      await heading(page, 'Kun for netværkets koordinatorer');
    }
    const keyPerson = await tokenOf(app, KEY_PERSON);
    expect(await hoursOf(app, member.memberId, keyPerson)).toBeNull();
    const approved = await membersOf(app, demo.networkId, 'APPROVED', coordinator);
    const other = approved.find((m) => !m.isKeyPerson) ?? approved[0];
    const { setNetworkMemberRoles } = await graphql<{ setNetworkMemberRoles: { __typename: string } }>(
      app,
      `
        mutation ($id: ID!) {
          setNetworkMemberRoles(input: { memberId: $id, inSteeringGroup: true }) {
            __typename
          }
        }
      `,
      { id: other.id },
      keyPerson,
    );
    expect(setNetworkMemberRoles.__typename).toBe('ForbiddenError');
    await offline.context.close();
  });
});

function pagesOf(
  demo: Demo,
  sessionId: string,
  member: { memberId: string; member: { name: string } },
): [string, string, string | RegExp][] {
  return [
    ['netvaerk', '/netvaerk', 'Netværk'],
    ['frivillige', '/netvaerk/frivillige', 'Frivillige organisationer'],
    ['netvaerk-detalje', `/netvaerk/${demo.networkId}`, /Livsmod/],
    ['supervision', `/netvaerk/${demo.networkId}/supervision`, 'Supervisionsgrupper'],
    ['supervision-ny', `/netvaerk/${demo.networkId}/supervision/ny`, 'Opret en supervisionsgruppe'],
    ['supervisionsgruppe', `/supervisionsgrupper/${demo.groupId}`, /^Supervisionsgruppe: selvmord/],
    ['supervisionsgruppe-ret', `/supervisionsgrupper/${demo.groupId}/ret`, /^Ret /],
    ['fremmoede', `/supervisionsgrupper/${demo.groupId}/moeder/${sessionId}`, /^Fremmøde/],
    ['timer', `/supervisionstimer/${member.memberId}`, member.member.name],
  ];
}

async function groupCount(app: WebApp, networkId: string, token: string): Promise<number> {
  const { supervisionGroups } = await graphql<{ supervisionGroups: { totalCount: number } }>(
    app,
    `
      query ($n: ID!) {
        supervisionGroups(networkId: $n) {
          totalCount
        }
      }
    `,
    { n: networkId },
    token,
  );
  return supervisionGroups.totalCount;
}
