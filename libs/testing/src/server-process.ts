import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: child servers run the built code in dist/ (`npm test` builds first). From libs/testing/src
 * under Jest, or from dist/libs/testing/src when a built script (`npm run bench:web`) uses it.
 */
const ROOT = fileURLToPath(new URL(import.meta.url.includes('/dist/libs/') ? '../../../../' : '../../../', import.meta.url));
const SERVER_ENV = [
  'DATABASE_URL',
  'TEST_DATABASE_URL',
  'PORT',
  'HOST',
  'SEED_DEMO',
  'DATA_DIR',
  'NODE_OPTIONS',
  'GRAPHQL_SANDBOX',
  'GRAPHQL_INTROSPECTION',
  'SMTP_URL',
  'MAIL_FROM',
  'RUN_JOBS',
];

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface ServerProcess {
  child: ChildProcess;
  exited: Promise<Exit>;
  /** Waits for the process to end by itself; kills it and fails after `seconds`. */
  exit(seconds?: number): Promise<Exit>;
  /** Polls GET /health on `port` (about 60 s at most, for a busy machine) until it answers 200; fails early if the process ends. */
  waitUntilHealthy(port: number): Promise<void>;
  /** Waits (about 30 s at most) until the process has printed a line matching `pattern`, for processes without HTTP. */
  waitForOutput(pattern: RegExp): Promise<void>;
}

const children = new Set<ChildProcess>();

/** Starts `node dist/apps/api/src/main.js` (or another entry, with `args`) with a clean server environment plus `env`. */
export function startServerProcess(env: Record<string, string>, entry = 'dist/apps/api/src/main.js', args: string[] = []): ServerProcess {
  const base = { ...process.env };
  for (const name of SERVER_ENV) delete base[name];
  const child = spawn(process.execPath, [entry, ...args], {
    cwd: ROOT,
    env: { ...base, NODE_ENV: 'test', HOST: '127.0.0.1', ...env },
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
  let ended: Exit | undefined;
  void exited.then((exit) => (ended = exit));

  return {
    child,
    exited,
    async exit(seconds = 30) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, fail) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          fail(new Error(`The server did not exit within ${seconds} s`));
        }, seconds * 1000);
      });
      try {
        return await Promise.race([exited, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    async waitUntilHealthy(port) {
      for (let attempt = 0; attempt < 240; attempt++) {
        if (ended) throw new Error(`The server exited with ${ended.code} before it was healthy: ${ended.stderr}`);
        try {
          if ((await fetch(`http://127.0.0.1:${port}/health`)).status === 200) return;
        } catch {
          // Not listening yet.
        }
        await new Promise((done) => setTimeout(done, 250));
      }
      throw new Error(`The server did not become healthy within 60 s: ${stderr}`);
    },
    async waitForOutput(pattern) {
      for (let attempt = 0; attempt < 120; attempt++) {
        if (pattern.test(stdout) || pattern.test(stderr)) return;
        if (ended) throw new Error(`The process exited with ${ended.code} before printing ${pattern}: ${ended.stderr}`);
        await new Promise((done) => setTimeout(done, 250));
      }
      throw new Error(`The process did not print ${pattern} within 30 s: ${stderr}`);
    },
  };
}

/** Kills every server process a test started (for afterAll). */
export function killServerProcesses(): void {
  for (const child of children) child.kill('SIGKILL');
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** POSTs a GraphQL operation to a server on loopback; with `token`, as that signed-in account. */
export async function postGraphQL<T>(
  port: number,
  query: string,
  variables?: Record<string, unknown>,
  options: { token?: string } = {},
): Promise<{ data?: T; errors?: unknown[] }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: unknown[] };
}
