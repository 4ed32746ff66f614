import { NetworksService, ThemeDay, ThemeDaysService, ThemeDayVisibility } from '#network';
import { ADMIN_CTX, ok } from '#testing';
import { startTestApp, type TestApp } from './support/test-app.js';

const SEATS = 30;
const REGISTRATIONS = 210;

interface Registered {
  registerForThemeDay: { __typename: string; id?: string; status?: string; waitlistPosition?: number | null };
}

// ≥200 people press "Tilmeld" at the same moment over HTTP, for 30 seats: exactly 30 get a seat,
// the rest are waitlisted in the order their registrations were taken. Runs on PGlite (npm test)
// and on PostgreSQL (npm run test:pg), where the requests really do run in parallel transactions.
describe('theme day registration under load', () => {
  let t: TestApp;
  let dayId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const network = await t.app
      .get(NetworksService)
      .create(ADMIN_CTX, { name: 'Belastningsnetværket', contactEmail: 'koordinator@example.org' });
    const starts = new Date(Date.now() + 30 * 24 * 3600 * 1000);
    const day = await t.app.get(ThemeDaysService).create(ADMIN_CTX, {
      networkId: (network as { id: string }).id,
      title: 'Temadag om selvskade',
      topic: 'Selvskade hos unge',
      venue: 'Rådhuset, Sal 1',
      startsAt: starts,
      endsAt: new Date(starts.getTime() + 6 * 3600 * 1000),
      capacity: SEATS,
      visibility: ThemeDayVisibility.PUBLIC,
    });
    dayId = ok(day, ThemeDay).id;
  });
  afterAll(() => t.close());

  it(`confirms exactly ${SEATS} of ${REGISTRATIONS} concurrent registrations and waitlists the rest in order`, async () => {
    const responses = await Promise.all(
      Array.from({ length: REGISTRATIONS }, (_, i) =>
        t.graphql<Registered>(
          `mutation ($input: RegisterForThemeDayInput!) {
            registerForThemeDay(input: $input) { __typename ... on ThemeDayRegistration { id status waitlistPosition } }
          }`,
          { input: { themeDayId: dayId, name: `Deltager ${i}`, email: `deltager${i}@example.org` } },
        ),
      ),
    );
    expect(responses.filter((r) => r.errors)).toEqual([]);
    const results = responses.map((r) => r.data!.registerForThemeDay);
    expect(results.every((r) => r.__typename === 'ThemeDayRegistration')).toBe(true);
    expect(results.filter((r) => r.status === 'CONFIRMED')).toHaveLength(SEATS);
    expect(results.filter((r) => r.status === 'WAITLISTED')).toHaveLength(REGISTRATIONS - SEATS);

    // In the database: the first 30 taken (by seq) are the confirmed ones, and each waitlisted
    // person's position is their place in that order.
    const rows: { id: string; status: string; registered_at: string }[] = await t.database.dataSource.query(
      `SELECT id, status, registered_at::text FROM theme_day_registration WHERE theme_day_id = $1 ORDER BY seq`,
      [dayId],
    );
    expect(rows.map((r) => r.status)).toEqual([...Array(SEATS).fill('CONFIRMED'), ...Array(REGISTRATIONS - SEATS).fill('WAITLISTED')]);
    const positionOf = new Map(results.map((r) => [r.id, r.waitlistPosition]));
    expect(rows.slice(SEATS).map((r) => positionOf.get(r.id))).toEqual(Array.from({ length: REGISTRATIONS - SEATS }, (_, i) => i + 1));

    // registeredAt tells the same story: no one registered later holds a place before someone registered earlier.
    const stamps = await t.database.dataSource.query<{ later: boolean }[]>(
      `SELECT registered_at < lag(registered_at) OVER (ORDER BY seq) AS later FROM theme_day_registration WHERE theme_day_id = $1 ORDER BY seq`,
      [dayId],
    );
    expect(stamps.map((s, i) => (s.later ? i : -1)).filter((i) => i >= 0)).toEqual([]);
    expect(new Set(rows.map((r) => r.registered_at)).size).toBeGreaterThan(1);

    // Everyone got one message: a confirmation with a calendar invitation, or a waitlist notice.
    const mails: { template: string; count: string }[] = await t.database.dataSource.query(
      `SELECT template, count(*) AS count FROM mail_message GROUP BY template ORDER BY template`,
    );
    expect(mails.map((m) => [m.template, Number(m.count)])).toEqual([
      ['theme-day-confirmation', SEATS],
      ['theme-day-waitlisted', REGISTRATIONS - SEATS],
    ]);
  });

  it('counts the same through GraphQL', async () => {
    const res = await t.graphql<{ themeDay: { seatsTaken: number; seatsLeft: number; waitlistCount: number } }>(
      `query ($id: ID!) { themeDay(id: $id) { seatsTaken seatsLeft waitlistCount } }`,
      { id: dayId },
    );
    expect(res.data!.themeDay).toEqual({ seatsTaken: SEATS, seatsLeft: 0, waitlistCount: REGISTRATIONS - SEATS });
  });
});
