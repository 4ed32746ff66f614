import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, killServerProcesses, postGraphQL, startServerProcess, type Exit } from '#testing';

// The built server as a child process, always on embedded PGlite in a temporary folder: this suite
// ignores TEST_DATABASE_URL.
const ADMIN_CREATE = 'dist/apps/api/src/cli/admin-create.js';
let dataDir: string;
const start = (env: Record<string, string>) => startServerProcess({ DATA_DIR: dataDir, ...env });

async function graphql<T>(port: number, query: string, variables?: Record<string, unknown>, token?: string): Promise<T> {
  const body = await postGraphQL<T>(port, query, variables, { token });
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** One line for people on stderr, exit code 1, no stack trace. */
function expectOneLineFailure(exit: Exit, setting: string): void {
  expect(exit.code).toBe(1);
  const lines = exit.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(setting);
  expect(exit.stderr).not.toContain('    at ');
}

describe('server start-up', () => {
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vejviser-startup-'));
  });
  afterAll(async () => {
    killServerProcesses();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses PORT=abc with one line naming PORT', async () => {
    expectOneLineFailure(await start({ PORT: 'abc' }).exit(), 'PORT');
  });

  it('names DATABASE_URL when the database server cannot be reached', async () => {
    expectOneLineFailure(await start({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/x' }).exit(), 'DATABASE_URL');
  });

  it('names DATABASE_URL when it is not a PostgreSQL address', async () => {
    expectOneLineFailure(await start({ DATABASE_URL: 'mysql://x' }).exit(), 'DATABASE_URL');
  });

  it('refuses SEED_DEMO=maybe with one line naming SEED_DEMO', async () => {
    expectOneLineFailure(await start({ SEED_DEMO: 'maybe' }).exit(), 'SEED_DEMO');
  });

  it('keeps data in DATA_DIR across a SIGTERM and a restart', async () => {
    const env = { DATA_DIR: join(dataDir, 'persist'), PORT: String(await freePort()), SEED_DEMO: 'false' };
    const port = Number(env.PORT);

    // Creating an organisation needs an administrator: make one with admin:create and sign in as it.
    const admin = await startServerProcess(env, ADMIN_CREATE, ['--email', 'drift@example.org']).exit(60);
    expect(admin.code).toBe(0);
    const password = /Adgangskode \(vises kun nu\): (\S+)/.exec(admin.stdout)?.[1];
    expect(password).toBeDefined();

    const first = start(env);
    await first.waitUntilHealthy(port);
    const signedIn = await graphql<{ signIn: { accessToken: string } }>(
      port,
      `
        mutation ($p: String!) {
          signIn(input: { email: "drift@example.org", password: $p }) {
            ... on Session {
              accessToken
            }
          }
        }
      `,
      { p: password },
    );
    const created = await graphql<{ createOrganisation: { __typename: string; id: string } }>(
      port,
      `
        mutation {
          createOrganisation(input: { name: "Vedvarende Kommune", sector: MUNICIPAL, municipalityCode: "0217" }) {
            __typename
            ... on Organisation {
              id
            }
          }
        }
      `,
      {},
      signedIn.signIn.accessToken,
    );
    expect(created.createOrganisation.__typename).toBe('Organisation');
    first.child.kill('SIGTERM');
    const stopped = await first.exit();
    expect(stopped.code).toBe(0);
    expect(stopped.stderr).not.toContain('    at ');

    const second = start(env);
    await second.waitUntilHealthy(port);
    const found = await graphql<{ organisation: { id: string; name: string } | null; organisations: { totalCount: number } }>(
      port,
      `
        query ($id: ID!) {
          organisation(id: $id) {
            id
            name
          }
          organisations {
            totalCount
          }
        }
      `,
      { id: created.createOrganisation.id },
    );
    expect(found.organisation).toEqual({ id: created.createOrganisation.id, name: 'Vedvarende Kommune' });
    expect(found.organisations.totalCount).toBe(1); // SEED_DEMO=false: nothing else was added
    second.child.kill('SIGTERM');
    expect((await second.exit()).code).toBe(0);
  }, 150_000);
});
