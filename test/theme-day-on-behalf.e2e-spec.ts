import { AccountsService, Role } from '#auth';
import { Network, NetworksService, ThemeDay, ThemeDaysService, ThemeDayVisibility } from '#network';
import { ADMIN_CTX, ok, startSmtpCapture, type CapturedMail, type SmtpCapture } from '#testing';
import { startTestApp, type TestApp } from './support/test-app.js';

const DAY = 24 * 3600 * 1000;
const PASSWORD = 'paa-vegne-test-1234';

interface Reg {
  __typename: string;
  id?: string;
  status?: string;
  message?: string;
}
const REG_FIELDS = `__typename ... on ThemeDayRegistration { id status } ... on ErrorResult { message }`;

// Issue 17 item 3: a network coordinator cancels someone else's registration; the waitlist moves up and
// both are told by mail, as when the attendee cancels; nobody else may.
describe('cancelling a theme-day registration on someone’s behalf', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  let networkId: string;
  let coordinator: string;
  let otherCoordinator: string;
  let attendee: string;

  async function signIn(email: string): Promise<string> {
    const res = await t.graphql<{ signIn: { accessToken: string } }>(
      `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { ... on Session { accessToken } } }`,
      { e: email, p: PASSWORD },
    );
    return res.data!.signIn.accessToken;
  }
  const account = (email: string, displayName: string, grants: { role: Role; networkId?: string }[] = []) =>
    t.app.get(AccountsService).create({ email, displayName, password: PASSWORD, grants });

  const register = async (themeDayId: string, name: string, email: string) =>
    (
      await t.graphql<{ registerForThemeDay: Reg }>(
        `mutation ($input: RegisterForThemeDayInput!) { registerForThemeDay(input: $input) { ${REG_FIELDS} } }`,
        { input: { themeDayId, name, email } },
      )
    ).data!.registerForThemeDay;
  const cancelFor = async (registrationId: string, token?: string) =>
    (
      await t.graphql<{ cancelThemeDayRegistrationOnBehalf: Reg }>(
        `mutation ($id: ID!) { cancelThemeDayRegistrationOnBehalf(registrationId: $id) { ${REG_FIELDS} } }`,
        { id: registrationId },
        { token },
      )
    ).data!.cancelThemeDayRegistrationOnBehalf;
  const statuses = async (themeDayId: string) =>
    (
      await t.graphql<{ themeDay: { registrations: { email: string; status: string }[] } }>(
        `query ($id: ID!) { themeDay(id: $id) { registrations { email status } } }`,
        { id: themeDayId },
        { token: coordinator },
      )
    ).data!.themeDay.registrations.map((r) => `${r.email} ${r.status}`);

  async function mailTo(to: string, subject: string): Promise<CapturedMail> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const found = smtp.messages.find((m) => m.envelope.to.includes(to) && (m.subject ?? '').includes(subject));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`Ingen mail "${subject}" til ${to}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  async function newDay(network = networkId): Promise<ThemeDay> {
    const starts = new Date(Date.now() + 20 * DAY);
    const result = await t.app.get(ThemeDaysService).create(ADMIN_CTX, {
      networkId: network,
      title: 'Selvskade hos unge',
      topic: 'Hvem gør hvad efter udskrivning?',
      venue: 'Kulturværftet, Helsingør',
      startsAt: starts,
      endsAt: new Date(starts.getTime() + 6 * 3600 * 1000),
      capacity: 1,
      visibility: ThemeDayVisibility.PUBLIC,
    });
    return ok(result, ThemeDay);
  }

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await startTestApp({ mail: { kind: 'smtp', url: smtp.url, rejectUnauthorized: true } });
    const networks = t.app.get(NetworksService);
    networkId = ok(await networks.create(ADMIN_CTX, { name: 'Paa-vegne-netværket', contactEmail: 'tovholder@example.org' }), Network).id;
    const other = ok(await networks.create(ADMIN_CTX, { name: 'Et andet netværk', contactEmail: 'andet@example.org' }), Network).id;
    await account('koordinator.vegne@example.org', 'Kim Koordinator', [{ role: Role.NETWORK_COORDINATOR, networkId }]);
    await account('anden.koordinator@example.org', 'Asger Anden', [{ role: Role.NETWORK_COORDINATOR, networkId: other }]);
    await account('deltager.vegne@example.org', 'Dorte Deltager');
    coordinator = await signIn('koordinator.vegne@example.org');
    otherCoordinator = await signIn('anden.koordinator@example.org');
    attendee = await signIn('deltager.vegne@example.org');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('lets the coordinator cancel a seat; the first on the waitlist gets it and both are told', async () => {
    const day = await newDay();
    const seated = await register(day.id, 'Anne Andersen', 'anne.vegne@example.org');
    const waiting = await register(day.id, 'Bo Bech', 'bo.vegne@example.org');
    expect([seated.status, waiting.status]).toEqual(['CONFIRMED', 'WAITLISTED']);

    expect(await cancelFor(seated.id!, coordinator)).toMatchObject({ __typename: 'ThemeDayRegistration', status: 'CANCELLED' });
    expect(await statuses(day.id)).toEqual(['anne.vegne@example.org CANCELLED', 'bo.vegne@example.org CONFIRMED']);
    await mailTo('anne.vegne@example.org', 'Framelding bekræftet');
    await mailTo('bo.vegne@example.org', 'Du har fået plads');
    // Cancelling again changes nothing.
    expect(await cancelFor(seated.id!, coordinator)).toMatchObject({ status: 'CANCELLED' });
    expect(await statuses(day.id)).toEqual(['anne.vegne@example.org CANCELLED', 'bo.vegne@example.org CONFIRMED']);
  });

  it('refuses everyone but the network’s coordinators, and changes nothing', async () => {
    const day = await newDay();
    const seated = await register(day.id, 'Carl Carlsen', 'carl.vegne@example.org');
    for (const token of [undefined, attendee, otherCoordinator]) {
      expect(await cancelFor(seated.id!, token)).toMatchObject({ __typename: 'ForbiddenError' });
    }
    expect(await cancelFor('00000000-0000-4000-8000-000000000000', coordinator)).toMatchObject({ __typename: 'NotFoundError' });
    expect(await cancelFor('ikke-et-id', coordinator)).toMatchObject({ __typename: 'NotFoundError' });
    expect(await statuses(day.id)).toEqual(['carl.vegne@example.org CONFIRMED']);
  });
});
