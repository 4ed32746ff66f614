import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The built server (`npm test` builds it first) as a child process, always on embedded PGlite in a
// temporary folder: this suite ignores TEST_DATABASE_URL.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = 'dist/apps/api/src/main.js';

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface Server {
  child: ChildProcess;
  exited: Promise<Exit>;
}

const children = new Set<ChildProcess>();
let dataDir: string;

function start(env: Record<string, string>): Server {
  const base = { ...process.env };
  for (const name of [
    'DATABASE_URL',
    'TEST_DATABASE_URL',
    'PORT',
    'HOST',
    'SEED_DEMO',
    'DATA_DIR',
    'NODE_OPTIONS',
    'GRAPHQL_SANDBOX',
    'GRAPHQL_INTROSPECTION',
  ])
    delete base[name];
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...base, NODE_ENV: 'test', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<Exit>((done) =>
    child.on('close', (code, signal) => {
      children.delete(child);
      done({ code, signal, stdout, stderr });
    }),
  );
  return { child, exited };
}

/** Waits for the process to end by itself, killing it (and failing) after `seconds`. */
async function exitOf(server: Server, seconds = 30): Promise<Exit> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => {
      server.child.kill('SIGKILL');
      fail(new Error(`The server did not exit within ${seconds} s`));
    }, seconds * 1000);
  });
  try {
    return await Promise.race([server.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** Polls GET /health (bounded: about 30 s) until it answers 200; fails early if the server exits. */
async function waitUntilHealthy(server: Server, port: number): Promise<void> {
  let ended: Exit | undefined;
  void server.exited.then((exit) => (ended = exit));
  for (let attempt = 0; attempt < 120; attempt++) {
    if (ended) throw new Error(`The server exited with ${ended.code} before it was healthy: ${ended.stderr}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error('The server did not become healthy within 30 s');
}

async function graphql<T>(port: number, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
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
    for (const child of children) child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses PORT=abc with one line naming PORT', async () => {
    expectOneLineFailure(await exitOf(start({ PORT: 'abc' })), 'PORT');
  });

  it('names DATABASE_URL when the database server cannot be reached', async () => {
    expectOneLineFailure(await exitOf(start({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/x' })), 'DATABASE_URL');
  });

  it('names DATABASE_URL when it is not a PostgreSQL address', async () => {
    expectOneLineFailure(await exitOf(start({ DATABASE_URL: 'mysql://x' })), 'DATABASE_URL');
  });

  it('refuses SEED_DEMO=maybe with one line naming SEED_DEMO', async () => {
    expectOneLineFailure(await exitOf(start({ SEED_DEMO: 'maybe' })), 'SEED_DEMO');
  });

  it('keeps data in DATA_DIR across a SIGTERM and a restart', async () => {
    const env = { DATA_DIR: join(dataDir, 'persist'), PORT: String(await freePort()), SEED_DEMO: 'false' };
    const port = Number(env.PORT);

    const first = start(env);
    await waitUntilHealthy(first, port);
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
    );
    expect(created.createOrganisation.__typename).toBe('Organisation');
    first.child.kill('SIGTERM');
    const stopped = await exitOf(first);
    expect(stopped.code).toBe(0);
    expect(stopped.stderr).not.toContain('    at ');

    const second = start(env);
    await waitUntilHealthy(second, port);
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
    expect((await exitOf(second)).code).toBe(0);
  }, 90_000);
});
