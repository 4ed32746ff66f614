import ICAL from 'ical.js';
import { AccountsService, Role } from '#auth';
import { NetworksService, THEME_DAY_ERASURE_JOB, THEME_DAY_REMINDERS_JOB, ThemeDay, ThemeDaysService, ThemeDayVisibility } from '#network';
import { ADMIN_CTX, makeOrganisation, ok, startSmtpCapture, type CapturedMail, type SmtpCapture, runJobAsOf } from '#testing';
import { startTestApp, type TestApp } from './support/test-app.js';

const DAY = 24 * 3600 * 1000;

interface Reg {
  __typename: string;
  id?: string;
  status?: string;
  waitlistPosition?: number | null;
  message?: string;
}
const REG_FIELDS = `__typename ... on ThemeDayRegistration { id status waitlistPosition } ... on ErrorResult { message }`;

// The life of a theme day over HTTP, with every message going through the real job queue to a real
// SMTP server on loopback. Time is moved forward by running the jobs "as of" a later moment.
describe('theme days', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  let networkId: string;
  let coordinator: string;
  let member: string;
  let outsider: string;

  async function signIn(email: string): Promise<string> {
    const res = await t.graphql<{ signIn: { accessToken: string } }>(
      `mutation ($e: String!) { signIn(input: { email: $e, password: "temadag-test-1234" }) { ... on Session { accessToken } } }`,
      { e: email },
    );
    return res.data!.signIn.accessToken;
  }

  async function account(email: string, displayName: string, grants: { role: Role; networkId?: string }[] = []): Promise<string> {
    const created = await t.app.get(AccountsService).create({ email, displayName, password: 'temadag-test-1234', grants });
    return created.id;
  }

  async function newDay(overrides: Record<string, unknown> = {}): Promise<ThemeDay> {
    const starts = new Date(Date.now() + 20 * DAY);
    const result = await t.app.get(ThemeDaysService).create(ADMIN_CTX, {
      networkId,
      title: 'Angst hos unge',
      topic: 'Hvordan hjælper vi unge med angst videre efter udskrivning?',
      venue: 'Kulturværftet, Allégade 2, Helsingør',
      startsAt: starts,
      endsAt: new Date(starts.getTime() + 6 * 3600 * 1000),
      capacity: 2,
      visibility: ThemeDayVisibility.PUBLIC,
      ...overrides,
    });
    return ok(result, ThemeDay);
  }

  const register = async (themeDayId: string, who: { token?: string; name?: string; email?: string }) =>
    (
      await t.graphql<{ registerForThemeDay: Reg }>(
        `mutation ($input: RegisterForThemeDayInput!) { registerForThemeDay(input: $input) { ${REG_FIELDS} } }`,
        { input: { themeDayId, name: who.name, email: who.email } },
        { token: who.token },
      )
    ).data!.registerForThemeDay;

  /** The first message to `to` whose subject contains `subject`, once it has arrived. */
  async function mailTo(to: string, subject: string, timeoutMs = 20_000): Promise<CapturedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = mailsTo(to, subject);
      if (found.length) return found[0];
      if (Date.now() > deadline)
        throw new Error(`Ingen mail "${subject}" til ${to}; fik ${smtp.messages.map((m) => m.subject).join(' | ')}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  const mailsTo = (to: string, subject: string): CapturedMail[] =>
    smtp.messages.filter((m) => m.envelope.to.includes(to) && (m.subject ?? '').includes(subject));
  const calendarOf = (mail: CapturedMail) => {
    const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    if (!part) return null;
    const component = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
    const event = component.getFirstSubcomponent('vevent')!;
    return {
      method: component.getFirstPropertyValue('method'),
      sequence: Number(event.getFirstPropertyValue('sequence')),
      status: event.getFirstPropertyValue('status'),
      uid: String(event.getFirstPropertyValue('uid')),
    };
  };
  const cancelLinkIn = (mail: CapturedMail): string => {
    const link = /https:\/\/vejviser\.test\/temadage\/afmeld\/([\w-]+)/.exec(mail.text ?? '');
    if (!link) throw new Error(`Intet afmeldingslink i "${mail.subject}"`);
    return link[1];
  };
  const runJob = (name: string, at: Date) => runJobAsOf(t.app, name, at);

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await startTestApp({ mail: { kind: 'smtp', url: smtp.url, rejectUnauthorized: true } });
    const network = await t.app
      .get(NetworksService)
      .create(ADMIN_CTX, { name: 'Temadagsnetværket', contactEmail: 'tovholder@example.org' });
    networkId = (network as { id: string }).id;
    const municipality = await makeOrganisation(t.app);
    const party = await t.app.get(NetworksService).addParty(ADMIN_CTX, { networkId, organisationId: municipality.id });
    const memberId = await account('medlem@example.org', 'Maja Medlem');
    await t.database.dataSource.query(
      `INSERT INTO network_member (network_id, party_id, account_id, kind, status) VALUES ($1, $2, $3, 'PROFESSIONAL', 'APPROVED')`,
      [networkId, (party as { id: string }).id, memberId],
    );
    await account('koordinator@example.org', 'Kim Koordinator', [{ role: Role.NETWORK_COORDINATOR, networkId }]);
    await account('udenfor@example.org', 'Ulla Udenfor');
    coordinator = await signIn('koordinator@example.org');
    member = await signIn('medlem@example.org');
    outsider = await signIn('udenfor@example.org');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('lets only coordinators plan a day, and names every bad field in one answer', async () => {
    const input = {
      networkId,
      title: '',
      topic: 'Børn og unge i sorg',
      startsAt: new Date(Date.now() + 10 * DAY).toISOString(),
      endsAt: new Date(Date.now() + 9 * DAY).toISOString(),
      capacity: 0,
      situations: ['findes-ikke'],
    };
    const create = (token: string) =>
      t.graphql<{ createThemeDay: { __typename: string; fieldErrors?: { path: string }[] } }>(
        `mutation ($input: CreateThemeDayInput!) { createThemeDay(input: $input) { __typename ... on ValidationError { fieldErrors { path } } } }`,
        { input },
        { token },
      );
    // Shape (title, capacity), rules across fields (no place; the end before the start, both sent) and
    // lookups (an unknown situation): all in the first answer.
    const invalid = (await create(coordinator)).data!.createThemeDay;
    expect(invalid.__typename).toBe('ValidationError');
    expect(invalid.fieldErrors!.map((e) => e.path).sort()).toEqual([
      'input.capacity',
      'input.endsAt',
      'input.situations.0',
      'input.startsAt',
      'input.title',
      'input.venue',
    ]);
    Object.assign(input, {
      title: 'Sorg',
      capacity: 20,
      situations: [],
      endsAt: new Date(Date.now() + 10 * DAY + 3600_000).toISOString(),
      venue: 'Online',
    });
    expect((await create(member)).data!.createThemeDay.__typename).toBe('ForbiddenError');
    expect((await create(coordinator)).data!.createThemeDay.__typename).toBe('ThemeDay');
  });

  it('names a broken rule on the field sent when a day is changed', async () => {
    const day = await newDay();
    const update = (input: Record<string, unknown>) =>
      t.graphql<{ updateThemeDay: { __typename: string; fieldErrors?: { path: string }[] } }>(
        `mutation ($id: ID!, $input: UpdateThemeDayInput!) { updateThemeDay(id: $id, input: $input) { __typename ... on ValidationError { fieldErrors { path } } } }`,
        { id: day.id, input },
        { token: coordinator },
      );
    const paths = async (input: Record<string, unknown>) =>
      (await update(input)).data!.updateThemeDay.fieldErrors?.map((e) => e.path).sort();
    expect(await paths({ endsAt: new Date(Date.now() - DAY).toISOString() })).toEqual(['input.endsAt']);
    expect(await paths({ title: '', capacity: 0, situations: ['findes-ikke'], venue: null, onlineUrl: null })).toEqual([
      'input.capacity',
      'input.onlineUrl',
      'input.situations.0',
      'input.title',
      'input.venue',
    ]);
  });

  it('refuses a registration whose name or workplace looks like a CPR number, on the field, with the reason', async () => {
    const day = await newDay();
    const refused = await t.graphql<{ registerForThemeDay: { __typename: string; fieldErrors?: { path: string; message: string }[] } }>(
      `mutation ($input: RegisterForThemeDayInput!) { registerForThemeDay(input: $input) { __typename ... on ValidationError { fieldErrors { path message } } } }`,
      { input: { themeDayId: day.id, name: 'Borger 010203-1234', email: 'cpr@example.org', workplace: 'Afsnit 0102031234' } },
    );
    expect(refused.data!.registerForThemeDay.__typename).toBe('ValidationError');
    expect(refused.data!.registerForThemeDay.fieldErrors!.map((e) => e.path).sort()).toEqual(['input.name', 'input.workplace']);
    expect(refused.data!.registerForThemeDay.fieldErrors!.map((e) => e.message)).toEqual([
      expect.stringContaining('CPR-nummer'),
      expect.stringContaining('CPR-nummer'),
    ]);
    // All at once: a bad address, a workplace too long, and the name an anonymous registration needs.
    const many = await t.graphql<{ registerForThemeDay: { fieldErrors?: { path: string }[] } }>(
      `mutation ($input: RegisterForThemeDayInput!) { registerForThemeDay(input: $input) { ... on ValidationError { fieldErrors { path } } } }`,
      { input: { themeDayId: day.id, name: ' ', email: 'ikke-en-adresse', workplace: 'Afsnit '.repeat(60) } },
    );
    expect(many.data!.registerForThemeDay.fieldErrors!.map((e) => e.path).sort()).toEqual(['input.email', 'input.name', 'input.workplace']);
    expect(await register(day.id, { name: 'Anne Andersen, tlf. 70 00 12 34', email: 'cpr@example.org' })).toMatchObject({
      __typename: 'ThemeDayRegistration',
    });
  });

  it('keeps members-only days to members', async () => {
    const day = await newDay({ visibility: ThemeDayVisibility.MEMBERS, title: 'Kun for medlemmer' });
    const seen = async (token?: string) =>
      (await t.graphql<{ themeDay: { id: string } | null }>(`query ($id: ID!) { themeDay(id: $id) { id } }`, { id: day.id }, { token }))
        .data!.themeDay;
    expect(await seen()).toBeNull();
    expect(await seen(outsider)).toBeNull();
    expect(await seen(member)).toEqual({ id: day.id });
    expect((await register(day.id, { name: 'Anonym', email: 'anonym@example.org' })).__typename).toBe('ForbiddenError');
    expect((await register(day.id, { token: outsider })).__typename).toBe('ForbiddenError');
    expect(await register(day.id, { token: member })).toMatchObject({ __typename: 'ThemeDayRegistration', status: 'CONFIRMED' });
    expect((await register(day.id, { token: member })).__typename).toBe('ConflictError');
  });

  it('confirms with a calendar invitation, waitlists when full, and gives a freed seat to the first on the waitlist', async () => {
    const day = await newDay();
    expect(await register(day.id, { name: 'Anne Andersen', email: 'anne@example.org' })).toMatchObject({ status: 'CONFIRMED' });
    expect(await register(day.id, { token: member })).toMatchObject({ status: 'CONFIRMED' });
    expect(await register(day.id, { name: 'Bo Berg', email: 'bo@example.org' })).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });
    expect(await register(day.id, { name: 'Cille Clausen', email: 'cille@example.org' })).toMatchObject({ waitlistPosition: 2 });

    const confirmation = await mailTo('anne@example.org', 'Tilmelding bekræftet');
    expect(calendarOf(confirmation)).toEqual({
      method: 'REQUEST',
      sequence: 0,
      status: 'CONFIRMED',
      uid: `temadag-${day.id}@vejviser.test`,
    });
    expect((await mailTo('bo@example.org', 'Venteliste')).text).toContain('nummer 1');
    expect((await mailTo('cille@example.org', 'Venteliste')).text).toContain('nummer 2');

    // Opening the link only shows a button; pressing it cancels.
    const token = cancelLinkIn(confirmation);
    const page = await fetch(`${t.url}/temadage/afmeld/${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Meld mig fra');
    const stillThere: { status: string }[] = await t.database.dataSource.query(
      `SELECT status FROM theme_day_registration WHERE email = 'anne@example.org' AND theme_day_id = $1`,
      [day.id],
    );
    expect(stillThere).toEqual([{ status: 'CONFIRMED' }]);
    const pressed = await fetch(`${t.url}/temadage/afmeld/${token}`, { method: 'POST' });
    expect(await pressed.text()).toContain('Du er meldt fra');

    const withdrawn = await mailTo('anne@example.org', 'Framelding bekræftet');
    expect(calendarOf(withdrawn)).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', sequence: 1 });
    const promoted = await mailTo('bo@example.org', 'Du har fået plads');
    expect(calendarOf(promoted)).toMatchObject({ method: 'REQUEST', sequence: 0 });
    expect(mailsTo('cille@example.org', 'Du har fået plads')).toEqual([]);

    const seats = await t.graphql<{ themeDay: { seatsTaken: number; waitlistCount: number; registrations: { status: string }[] } }>(
      `query ($id: ID!) { themeDay(id: $id) { seatsTaken waitlistCount registrations { status } } }`,
      { id: day.id },
      { token: coordinator },
    );
    expect(seats.data!.themeDay).toEqual({
      seatsTaken: 2,
      waitlistCount: 1,
      registrations: [{ status: 'CANCELLED' }, { status: 'CONFIRMED' }, { status: 'CONFIRMED' }, { status: 'WAITLISTED' }],
    });
    const asMember = await t.graphql<{ themeDay: { registrations: unknown } }>(
      `query ($id: ID!) { themeDay(id: $id) { registrations { status } } }`,
      { id: day.id },
      { token: member },
    );
    expect(asMember.data!.themeDay.registrations).toBeNull();

    // The same link again changes nothing.
    expect(await (await fetch(`${t.url}/temadage/afmeld/${token}`)).text()).toContain('allerede meldt fra');
    expect((await fetch(`${t.url}/temadage/afmeld/ugyldigt-token`)).status).toBe(200);
  });

  it('sends an updated invitation when the day moves, reminds before it, and cancels it for everyone', async () => {
    const day = await newDay({ capacity: 1 });
    await register(day.id, { name: 'Dorte Dahl', email: 'dorte@example.org' });
    await register(day.id, { name: 'Erik Ebbesen', email: 'erik@example.org' });

    const moved = new Date(day.startsAt.getTime() + DAY);
    const update = await t.graphql<{ updateThemeDay: { __typename: string } }>(
      `mutation ($id: ID!, $s: DateTime!, $e: DateTime!) { updateThemeDay(id: $id, input: { startsAt: $s, endsAt: $e }) { __typename } }`,
      { id: day.id, s: moved.toISOString(), e: new Date(moved.getTime() + 3600_000 * 6).toISOString() },
      { token: coordinator },
    );
    expect(update.data!.updateThemeDay.__typename).toBe('ThemeDay');
    const changed = await mailTo('dorte@example.org', 'Ændring');
    expect(changed.text).toContain('Tidspunktet er ændret.');
    expect(calendarOf(changed)).toMatchObject({ method: 'REQUEST', sequence: 1 });

    // Two days before: one reminder to the confirmed attendee; running the job again sends none.
    await runJob(THEME_DAY_REMINDERS_JOB, new Date(moved.getTime() - 1.5 * DAY));
    expect(calendarOf(await mailTo('dorte@example.org', 'Påmindelse'))).toMatchObject({ method: 'REQUEST', sequence: 1 });
    await runJob(THEME_DAY_REMINDERS_JOB, new Date(moved.getTime() - DAY));
    expect(mailsTo('dorte@example.org', 'Påmindelse')).toHaveLength(1);
    expect(mailsTo('erik@example.org', 'Påmindelse')).toEqual([]);
    expect(mailsTo('erik@example.org', 'Ændring')).toEqual([]);

    const cancelled = await t.graphql<{ cancelThemeDay: { __typename: string; status?: string } }>(
      `mutation ($id: ID!) { cancelThemeDay(id: $id, reason: "Oplægsholderen er syg.") { __typename ... on ThemeDay { status } } }`,
      { id: day.id },
      { token: coordinator },
    );
    expect(cancelled.data!.cancelThemeDay).toEqual({ __typename: 'ThemeDay', status: 'CANCELLED' });
    for (const to of ['dorte@example.org', 'erik@example.org']) {
      const mail = await mailTo(to, 'Temadag aflyst');
      expect(mail.text).toContain('Oplægsholderen er syg.');
      expect(calendarOf(mail)).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', sequence: 2 });
    }
    expect((await register(day.id, { name: 'For sent', email: 'sent@example.org' })).__typename).toBe('ConflictError');
  });

  it('keeps to the registration window and will not shrink below the seats already taken', async () => {
    const later = await newDay({ registrationOpensAt: new Date(Date.now() + 5 * DAY) });
    const early = await register(later.id, { name: 'For tidligt', email: 'tidlig@example.org' });
    expect(early).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('Tilmeldingen åbner') });

    const day = await newDay({ capacity: 3 });
    await register(day.id, { name: 'Gitte Gram', email: 'gitte@example.org' });
    await register(day.id, { name: 'Hans Holm', email: 'hans@example.org' });
    const shrink = async (capacity: number) =>
      (
        await t.graphql<{ updateThemeDay: { __typename: string; fieldErrors?: { path: string }[] } }>(
          `mutation ($id: ID!, $c: Int!) { updateThemeDay(id: $id, input: { capacity: $c }) { __typename ... on ValidationError { fieldErrors { path } } } }`,
          { id: day.id, c: capacity },
          { token: coordinator },
        )
      ).data!.updateThemeDay;
    expect(await shrink(1)).toEqual({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.capacity' }] });
    expect((await shrink(2)).__typename).toBe('ThemeDay');
    expect(await register(day.id, { name: 'Ida Iversen', email: 'ida@example.org' })).toMatchObject({ status: 'WAITLISTED' });
    // More seats seat the waitlist at once, and tell them.
    expect((await shrink(5)).__typename).toBe('ThemeDay');
    await mailTo('ida@example.org', 'Du har fået plads');
  });

  it('marks attendance from the day on, and deletes attendees a set time after it', async () => {
    const day = await newDay({ capacity: 5 });
    const anne = await register(day.id, { name: 'Frida Fogh', email: 'frida@example.org' });
    const mark = async () =>
      (
        await t.graphql<{ markThemeDayAttendance: { __typename: string; registrations?: { attended: boolean | null }[] } }>(
          `mutation ($d: ID!, $r: [ID!]!) { markThemeDayAttendance(themeDayId: $d, registrationIds: $r) { __typename ... on AttendanceMarked { registrations { attended } } } }`,
          { d: day.id, r: [anne.id] },
          { token: coordinator },
        )
      ).data!.markThemeDayAttendance;
    expect((await mark()).__typename).toBe('ConflictError');
    // The day took place (moved into the past directly in the database).
    await t.database.dataSource.query(
      `UPDATE theme_day SET starts_at = now() - interval '2 days', ends_at = now() - interval '47 hours' WHERE id = $1`,
      [day.id],
    );
    expect(await mark()).toEqual({ __typename: 'AttendanceMarked', registrations: [{ attended: true }] });
    await mailTo('frida@example.org', 'Tilmelding bekræftet');

    await runJob(THEME_DAY_ERASURE_JOB, new Date(Date.now() + 20 * DAY));
    const kept: { name: string | null }[] = await t.database.dataSource.query(
      `SELECT name FROM theme_day_registration WHERE theme_day_id = $1`,
      [day.id],
    );
    expect(kept).toEqual([{ name: 'Frida Fogh' }]);

    await runJob(THEME_DAY_ERASURE_JOB, new Date(Date.now() + 40 * DAY));
    const erased: { name: string | null; email: string | null; attended: boolean; erased_at: Date | null }[] =
      await t.database.dataSource.query(`SELECT name, email, attended, erased_at FROM theme_day_registration WHERE theme_day_id = $1`, [
        day.id,
      ]);
    expect(erased).toEqual([{ name: null, email: null, attended: true, erased_at: expect.any(Date) }]);
    const mails: unknown[] = await t.database.dataSource.query(`SELECT 1 FROM mail_message WHERE 'frida@example.org' = ANY(recipients)`);
    expect(mails).toEqual([]);
  });
});
