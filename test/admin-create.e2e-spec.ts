import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, killServerProcesses, postGraphQL, startServerProcess } from '#testing';

const ADMIN_CREATE = 'dist/apps/api/src/cli/admin-create.js';

// `npm run admin:create` on the embedded database, then signing in with what it printed.
describe('admin:create', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vejviser-admin-'));
  });
  afterAll(async () => {
    killServerProcesses();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates an administrator who can sign in, and refuses a second one with the same e-mail', async () => {
    const env = { DATA_DIR: dataDir, SEED_DEMO: 'false' };
    const created = await startServerProcess(env, ADMIN_CREATE).exit(60);
    expect(created.code).toBe(1);
    expect(created.stderr).toContain('--email');

    const withEmail = await startServerProcess(env, ADMIN_CREATE, ['--email', 'Anna.Holm@Example.org', '--name', 'Anna Holm']).exit(60);
    expect(withEmail.code).toBe(0);
    const password = /Adgangskode \(vises kun nu\): (\S+)/.exec(withEmail.stdout)?.[1];
    expect(password).toBeDefined();

    const again = await startServerProcess(env, ADMIN_CREATE, ['--email', 'anna.holm@example.org']).exit(60);
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split('\n')).toEqual([expect.stringContaining('anna.holm@example.org')]);

    const port = await freePort();
    const server = startServerProcess({ ...env, PORT: String(port) });
    await server.waitUntilHealthy(port);
    const res = await postGraphQL<{ signIn: { __typename: string; account: { email: string; grants: { role: string }[] } } }>(
      port,
      `mutation ($p: String!) { signIn(input: { email: "anna.holm@example.org", password: $p }) {
        __typename ... on Session { account { email grants { role } } } } }`,
      { p: password },
    );
    expect(res.data!.signIn).toEqual({ __typename: 'Session', account: { email: 'anna.holm@example.org', grants: [{ role: 'ADMIN' }] } });
    server.child.kill('SIGTERM');
    expect((await server.exit()).code).toBe(0);
  }, 120_000);
});
