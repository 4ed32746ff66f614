import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  createTestContext,
  freePort,
  killServerProcesses,
  makeOrganisation,
  postGraphQL,
  startServerProcess,
  testServerUrl,
  type TestContext,
} from '#testing';

// The README's PostgreSQL backup and restore (pg_dump -Fc, pg_restore into a new, empty database), its
// commands run as written against TEST_DATABASE_URL's server; `npm run test:pg` runs it. Needs Debian's
// postgresql-client.

/** The shell lines of the README's PostgreSQL backup and restore, in order. */
function readmeCommands(): string[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('**PostgreSQL**: `pg_dump`'), readme.indexOf('Use `pg_dump` and `pg_restore`'));
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1].trim().split('\n'));
}

function requireTool(name: string): void {
  const found = spawnSync(name, ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    throw new Error(`${name} mangler: installér PostgreSQL's klientprogrammer (apt-get install postgresql-client) og kør igen.`);
  }
}

/** Runs one README line in `cwd`, with DATABASE_URL and libpq's PG* settings as an operator has them. */
function shell(line: string, cwd: string, env: Record<string, string>): void {
  const result = spawnSync('sh', ['-c', line], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${line} fejlede (${result.status}): ${result.stderr}`);
}

function libpqEnv(url: string): Record<string, string> {
  const u = new URL(url);
  return {
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
  };
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

describe('pg_dump and pg_restore of a PostgreSQL database', () => {
  const server = testServerUrl();
  const scratch = `vejviser_restore_${randomBytes(6).toString('hex')}`;
  let source: TestContext;
  let folder: string;
  beforeAll(async () => {
    if (!server) throw new Error('TEST_DATABASE_URL mangler: kør med npm run test:pg.');
    folder = await mkdtemp(join(tmpdir(), 'vejviser-pgdump-'));
    source = await createTestContext();
  });
  afterAll(async () => {
    killServerProcesses();
    await source?.close();
    if (server) await query(server, `DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await rm(folder, { recursive: true, force: true });
  });

  it('restores into a new database that the app starts on, with the same records, the job queue and the extensions', async () => {
    for (const name of ['pg_dump', 'pg_restore', 'createdb']) requireTool(name);
    const commands = readmeCommands();
    expect(commands).toEqual([
      expect.stringMatching(/^pg_dump --format=custom /),
      expect.stringMatching(/^createdb vejviser_restored$/),
      expect.stringMatching(/^pg_restore .*vejviser_restored/),
    ]);
    const organisation = await makeOrganisation(source.context, { name: 'Dumpens Kommune' });
    if (source.database.target.kind !== 'postgres') throw new Error('Forventede PostgreSQL');
    const sourceUrl = source.database.target.url;
    const restoredUrl = withDatabase(server!, scratch);
    // Only the new database's name differs from the README: runs side by side on one server need their own.
    for (const line of commands) {
      shell(line.replaceAll('vejviser_restored', scratch), folder, { DATABASE_URL: sourceUrl, ...libpqEnv(server!) });
    }

    const extensions = await query<{ extname: string }>(restoredUrl, `SELECT extname FROM pg_extension ORDER BY extname`);
    expect(extensions.map((e) => e.extname)).toEqual(expect.arrayContaining(['pg_trgm', 'pgcrypto', 'unaccent']));
    const queues = `SELECT name FROM pgboss.queue ORDER BY name`;
    expect(await query(restoredUrl, queues)).toEqual(await query(sourceUrl, queues));
    expect((await query(restoredUrl, queues)).length).toBeGreaterThan(0);

    const port = await freePort();
    const app = startServerProcess({ DATABASE_URL: restoredUrl, SEED_DEMO: 'false', PORT: String(port) });
    await app.waitUntilHealthy(port);
    const found = await postGraphQL<{ organisation: { id: string; name: string } | null }>(
      port,
      `query ($id: ID!) { organisation(id: $id) { id name } }`,
      { id: organisation.id },
    );
    expect(found.data!.organisation).toEqual({ id: organisation.id, name: 'Dumpens Kommune' });
    // Stored columns generated through unaccent (search-as-you-type) are computed again by the restore.
    const folded = `SELECT suggest_text FROM search_suggestion WHERE kind = 'ORGANISATION' AND ref = '${organisation.id}'`;
    expect(await query(restoredUrl, folded)).toEqual([{ suggest_text: ' dumpens kommune' }]);
    app.child.kill('SIGTERM');
    expect((await app.exit()).code).toBe(0);
  }, 120_000);
});
