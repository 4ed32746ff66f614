import type { Database } from '#core';
import {
  createTestDatabase,
  freePort,
  killServerProcesses,
  postGraphQL,
  startServerProcess,
  startSmtpCapture,
  testServerUrl,
  type ServerProcess,
  type SmtpCapture,
  until,
} from '#testing';

// Two API processes and one `start:worker` process on one PostgreSQL database, as in production
// behind a proxy. Runs with `npm run test:pg` only: the embedded database belongs to one process.
const SEATS = 20;
const REGISTRATIONS = 60;
const REMINDERS_JOB = 'theme-days.reminders';
const MUTATION_LIMIT = 10;

let db: Database;
let smtp: SmtpCapture;
const ports: number[] = [];

async function gql<T>(port: number, query: string, variables?: Record<string, unknown>, token?: string): Promise<T> {
  const body = await postGraphQL<T>(port, query, variables, { token });
  expect(body.errors).toBeUndefined();
  return body.data!;
}

describe('two API processes and a worker on one PostgreSQL database', () => {
  let token: string;
  let refreshToken: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const [{ name }]: { name: string }[] = await db.dataSource.query(`SELECT current_database() AS name`);
    const url = new URL(testServerUrl()!);
    url.pathname = `/${name}`;
    smtp = await startSmtpCapture();
    const env = {
      DATABASE_URL: url.toString(),
      SEED_DEMO: 'false',
      JWT_SECRET: 'several-processes-share-this-secret-of-32-chars',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Vejviser <vejviser@example.org>',
      JOBS_POLL_SECONDS: '0.5',
      JOBS_MAINTENANCE_SECONDS: '1',
      // Every minute instead of every 15, so the test sees several runs; all three processes schedule it.
      JOB_SCHEDULES: `${REMINDERS_JOB}=* * * * *`,
      MUTATIONS_PER_MINUTE: String(MUTATION_LIMIT),
    };
    const admin = await startServerProcess(env, 'dist/apps/api/src/cli/admin-create.js', [
      '--email',
      'drift@example.org',
      '--password',
      'drift-adgangskode-1234',
    ]).exit(60);
    expect(admin.code).toBe(0);
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const api = startServerProcess({ ...env, PORT: String(port) });
      await api.waitUntilHealthy(port);
      ports.push(port);
    }
    const worker: ServerProcess = startServerProcess(env, 'dist/apps/api/src/worker.js');
    await worker.waitForOutput(/Arbejder på jobs/);
  }, 120_000);

  afterAll(async () => {
    killServerProcesses();
    await smtp?.close();
    await db?.close();
  });

  it('takes a session made on one API process on the other, and refreshes it there', async () => {
    const [a, b] = ports;
    const signIn = await gql<{ signIn: { accessToken: string; refreshToken: string } }>(
      a,
      `mutation { signIn(input: { email: "drift@example.org", password: "drift-adgangskode-1234" }) { ... on Session { accessToken refreshToken } } }`,
    );
    token = signIn.signIn.accessToken;
    const me = await gql<{ me: { email: string } | null }>(b, `{ me { email } }`, undefined, token);
    expect(me.me?.email).toBe('drift@example.org');
    const refreshed = await gql<{ refreshSession: { accessToken?: string; refreshToken?: string } }>(
      b,
      `mutation ($t: String!) { refreshSession(input: { refreshToken: $t }) { ... on Session { accessToken refreshToken } } }`,
      { t: signIn.signIn.refreshToken },
    );
    expect(refreshed.refreshSession.accessToken).toBeDefined();
    refreshToken = refreshed.refreshSession.refreshToken!;
    // The used refresh token is spent on both processes.
    const again = await gql<{ refreshSession: { __typename: string } }>(
      a,
      `mutation ($t: String!) { refreshSession(input: { refreshToken: $t }) { __typename } }`,
      { t: signIn.signIn.refreshToken },
    );
    expect(again.refreshSession.__typename).toBe('AuthenticationError');
    expect(refreshToken).not.toBe(signIn.signIn.refreshToken);
    // A spent refresh token used again ends the session: its access token is refused on the process that saw it at
    // once, and on the other once that one's short cache of the session has run out (ACCESS_CHECK_CACHE_MS, 2 s).
    expect(JSON.stringify((await postGraphQL(a, `{ me { email } }`, undefined, { token })).errors)).toContain('UNAUTHENTICATED');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(JSON.stringify((await postGraphQL(b, `{ me { email } }`, undefined, { token })).errors)).toContain('UNAUTHENTICATED');
    const fresh = await gql<{ signIn: { accessToken: string } }>(
      b,
      `mutation { signIn(input: { email: "drift@example.org", password: "drift-adgangskode-1234" }) { ... on Session { accessToken } } }`,
    );
    token = fresh.signIn.accessToken;
  });

  it(`seats exactly ${SEATS} of ${REGISTRATIONS} registrations spread over both processes, and mails each person once`, async () => {
    const [a, b] = ports;
    const network = await gql<{ createNetwork: { id: string } }>(
      a,
      `mutation { createNetwork(input: { name: "Driftsnetværket", contactEmail: "koordinator@example.org" }) { ... on Network { id } } }`,
      undefined,
      token,
    );
    const starts = new Date(Date.now() + 30 * 86_400_000);
    const day = await gql<{ createThemeDay: { id: string } }>(
      b,
      `mutation ($input: CreateThemeDayInput!) { createThemeDay(input: $input) { ... on ThemeDay { id } } }`,
      {
        input: {
          networkId: network.createNetwork.id,
          title: 'Temadag om angst',
          topic: 'Angst hos unge',
          venue: 'Rådhuset, Sal 2',
          startsAt: starts.toISOString(),
          endsAt: new Date(starts.getTime() + 6 * 3_600_000).toISOString(),
          capacity: SEATS,
          visibility: 'PUBLIC',
        },
      },
      token,
    );
    const results = await Promise.all(
      Array.from({ length: REGISTRATIONS }, (_, i) =>
        gql<{ registerForThemeDay: { status: string } }>(
          ports[i % 2],
          `mutation ($input: RegisterForThemeDayInput!) { registerForThemeDay(input: $input) { ... on ThemeDayRegistration { status } } }`,
          { input: { themeDayId: day.createThemeDay.id, name: `Deltager ${i}`, email: `deltager${i}@example.org` } },
        ),
      ),
    );
    expect(results.filter((r) => r.registerForThemeDay.status === 'CONFIRMED')).toHaveLength(SEATS);
    expect(results.filter((r) => r.registerForThemeDay.status === 'WAITLISTED')).toHaveLength(REGISTRATIONS - SEATS);

    await smtp.waitFor(REGISTRATIONS, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const recipients = smtp.messages.flatMap((m) => m.envelope.to);
    expect(recipients).toHaveLength(REGISTRATIONS);
    expect(new Set(recipients).size).toBe(REGISTRATIONS);
  });

  it('enforces one mutation limit per account across both API processes', async () => {
    // Sent alternately, so each process sees at most MUTATION_LIMIT of them: any refusal is the shared count.
    const statuses: number[] = [];
    for (let i = 0; i < MUTATION_LIMIT + 2; i++) {
      const response = await fetch(`http://127.0.0.1:${ports[i % 2]}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: `mutation { createNetwork(input: { name: "" }) { __typename } }` }),
      });
      statuses.push(response.status);
    }
    // The account has already used some of its minute above; at most MUTATION_LIMIT pass in all.
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(2);
    expect(statuses.slice(-2)).toEqual([429, 429]);
  });

  it('runs a scheduled job once per occurrence although three processes schedule it', async () => {
    // Per occurrence: the minute slot the job is filed under (singleton_on), not the minute it was created in, which
    // under load can be the next one's (two occurrences' jobs created in one minute were seen as a double run).
    const runs = () =>
      db.dataSource.query(
        `SELECT coalesce(singleton_on, created_on) AS slot, count(*)::int AS n, count(*) FILTER (WHERE state = 'completed')::int AS done
           FROM pgboss.job WHERE name = $1 GROUP BY 1 ORDER BY 1`,
        [REMINDERS_JOB],
      ) as Promise<{ slot: Date; n: number; done: number }[]>;
    await until(async () => (await runs()).filter((r) => r.done === 1).length >= 2, 200_000);
    const slots = await runs();
    expect(slots.filter((slot) => slot.n !== 1)).toEqual([]);
  }, 240_000);
});
