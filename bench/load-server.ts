import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The API server process of `npm run bench:load`: started from dist/, stopped so a CPU profile (`--profile`) is written.

/** The server's peak and current resident memory (kB), from /proc (Linux). */
export function memoryOf(pid: number): { peak: number; now: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { peak: kb('VmHWM'), now: kb('VmRSS') };
  } catch {
    return null;
  }
}

/**
 * Starts dist/apps/api/src/main.js on `url`'s database with Node's `flags` (`--server-flags`); with `profileDir`,
 * under `node --cpu-prof` writing there.
 */
export async function startServer(url: string, port: number, flags: string[], profileDir: string | null): Promise<ChildProcess> {
  const main = fileURLToPath(new URL('../apps/api/src/main.js', import.meta.url));
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const server = spawn(process.execPath, [...flags, ...profile, main], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      // As a deployment runs it (README, "Running it in production"); libraries such as graphql-js skip their development checks.
      NODE_ENV: process.env.NODE_ENV ?? 'production',
      // The production default (LOG_FORMAT=json), unless asked otherwise.
      LOG_FORMAT: process.env.LOG_FORMAT ?? 'json',
      JWT_SECRET: randomBytes(32).toString('hex'),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`API-serveren stoppede (kode ${server.exitCode}): ${stderr}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (healthy) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`API-serveren svarede ikke på /health inden for 120 s: ${stderr}`);
}

/** SIGTERM, then waits (at most 30 s) for the server to exit, so its CPU profile is on disk. */
export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000).unref())]);
}

/** CPU time (user + system) the process has used so far, ms, from /proc (Linux; clock ticks of 10 ms). */
export function cpuMsOf(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The server's CPU per request sent during a part (warm-up included): comparable on a machine shared with other work. */
export function describeCpu(cpuMs: number | null, requests: number, generatorCpuMs = 0): string {
  if (cpuMs === null || !requests) return 'serverens CPU pr. forespørgsel: ukendt (ingen /proc)';
  return (
    `serverens CPU: ${(cpuMs / requests).toFixed(2)} ms pr. forespørgsel (${(cpuMs / 1000).toFixed(1)} s for ${requests} forespørgsler, opvarmning medregnet); ` +
    `lastgeneratorens: ${(generatorCpuMs / requests).toFixed(2)} ms`
  );
}
