import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, killServerProcesses, postGraphQL, startServerProcess, type ServerProcess } from '#testing';

const ADMIN_CREATE = 'dist/apps/api/src/cli/admin-create.js';
const BACKUP = 'dist/apps/api/src/cli/backup.js';
const RESTORE = 'dist/apps/api/src/cli/restore.js';
const EMAIL = 'drift@example.org';
const PASSWORD = 'backup-test-password';

async function startServer(dataDir: string): Promise<{ server: ServerProcess; port: number }> {
  const port = await freePort();
  const server = startServerProcess({ DATA_DIR: dataDir, SEED_DEMO: 'false', PORT: String(port) });
  await server.waitUntilHealthy(port);
  return { server, port };
}

async function signIn(port: number): Promise<string> {
  const res = await postGraphQL<{ signIn: { accessToken?: string } }>(
    port,
    `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { ... on Session { accessToken } } }`,
    { e: EMAIL, p: PASSWORD },
  );
  return res.data!.signIn.accessToken!;
}

// `npm run backup` and `npm run restore` (the README's commands) on the embedded database, as an operator runs them.
describe('backup and restore of DATA_DIR', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'vejviser-backup-'));
  });
  afterAll(async () => {
    killServerProcesses();
    await rm(root, { recursive: true, force: true });
  });

  it('copies the database while Vejviser runs and while it is stopped, and a restored DATA_DIR serves the same records', async () => {
    const original = join(root, 'original');
    const restored = join(root, 'restored');
    const created = await startServerProcess({ DATA_DIR: original, SEED_DEMO: 'false' }, ADMIN_CREATE, [
      '--email',
      EMAIL,
      '--password',
      PASSWORD,
    ]).exit(60);
    expect(created.code).toBe(0);

    const { server, port } = await startServer(original);
    const made = await postGraphQL<{ createOrganisation: { id: string; name: string } }>(
      port,
      `mutation { createOrganisation(input: { name: "Sikkerhedskopiens Kommune", sector: MUNICIPAL, municipalityCode: "0217" }) {
        ... on Organisation { id name } } }`,
      {},
      { token: await signIn(port) },
    );
    const organisation = made.data!.createOrganisation;
    expect(organisation.name).toBe('Sikkerhedskopiens Kommune');

    // While the server runs, it writes the copy itself.
    const live = join(root, 'live.tar.gz');
    const whileRunning = await startServerProcess({ DATA_DIR: original }, BACKUP, ['--to', live]).exit(60);
    expect(whileRunning.stderr).toBe('');
    expect(whileRunning.code).toBe(0);
    expect(existsSync(live)).toBe(true);

    server.child.kill('SIGTERM');
    expect((await server.exit()).code).toBe(0);
    const stopped = join(root, 'stopped.tar.gz');
    const backup = await startServerProcess({ DATA_DIR: original }, BACKUP, ['--to', stopped]).exit(60);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);

    const restore = await startServerProcess({ DATA_DIR: restored }, RESTORE, ['--from', stopped]).exit(60);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);

    // A second restore would overwrite the database: only with --force, and the old one is kept aside.
    const again = await startServerProcess({ DATA_DIR: restored }, RESTORE, ['--from', live]).exit(60);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');
    const forced = await startServerProcess({ DATA_DIR: restored }, RESTORE, ['--from', live, '--force']).exit(60);
    expect(forced.code).toBe(0);
    const setAside = /Den tidligere database ligger i (\S+);/.exec(forced.stdout)?.[1];
    expect(setAside && existsSync(join(setAside, 'PG_VERSION'))).toBe(true);

    const copy = await startServer(restored);
    const found = await postGraphQL<{ organisation: { id: string; name: string } | null }>(
      copy.port,
      `query ($id: ID!) { organisation(id: $id) { id name } }`,
      { id: organisation.id },
    );
    expect(found.data!.organisation).toEqual(organisation);
    expect(await signIn(copy.port)).toEqual(expect.any(String));
    // Nor is a running server's folder swapped underneath it, even with --force.
    const restoreWhileRunning = await startServerProcess({ DATA_DIR: restored }, RESTORE, ['--from', stopped, '--force']).exit(60);
    expect(restoreWhileRunning.code).toBe(1);
    expect(restoreWhileRunning.stderr).toMatch(/^Gendannelse mislykkedes: .*i brug/);
    copy.server.child.kill('SIGTERM');
    expect((await copy.server.exit()).code).toBe(0);
  }, 180_000);

  it('runs what the README tells an operator to run', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('**Embedded database** (`DATA_DIR`)'), readme.indexOf('**PostgreSQL**: `pg_dump`'));
    const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1].trim().split('\n');
    expect(block).toEqual(['npm run backup -- --to vejviser.tar.gz', 'npm run restore -- --from vejviser.tar.gz']);
    const scripts = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> })
      .scripts;
    expect(scripts.backup).toBe(`npm run build && node ${BACKUP}`);
    expect(scripts.restore).toBe(`npm run build && node ${RESTORE}`);
  });

  it('points to pg_dump and pg_restore when the data lives in PostgreSQL', async () => {
    const env = { DATABASE_URL: 'postgres://vejviser@127.0.0.1:1/vejviser' };
    const backup = await startServerProcess(env, BACKUP, ['--to', join(root, 'x.tar.gz')]).exit(30);
    expect(backup.code).toBe(1);
    expect(backup.stderr).toContain('pg_dump -Fc');
    const restore = await startServerProcess(env, RESTORE, ['--from', join(root, 'x.tar.gz')]).exit(30);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain('pg_restore');
  });
});
