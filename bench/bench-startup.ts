import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { BENCH_SEARCH_QUERIES } from './bench-search-queries.js';

/**
 * `npm run bench:startup`: `npm start` as a user runs it, on embedded PGlite with the demo data.
 * Three fresh starts (empty DATA_DIR) and three restarts (the same DATA_DIR again), each timed from
 * spawn to a 200 on /health; then the demo-data search benchmark's queries over HTTP. Memory is the
 * server's own node process (not npm's), read from /proc: resident now (VmRSS) and at its peak (VmHWM).
 * Prints numbers; nothing is asserted.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const PORT = Number(process.env.BENCH_PORT ?? 3140);
const SERVER = 'dist/apps/api/src/main.js';
const SEARCH = `query Bench($input: SearchInput!) {
  search(input: $input) { totalCount facets { __typename } edges { cursor node { __typename } } }
}`;

interface Run {
  name: string;
  healthySeconds: number;
  cpuSeconds: number | null;
  rssAtHealthy: number | null;
  peakAtHealthy: number | null;
  rssAfterSearch: number | null;
  peakAfterSearch: number | null;
  searchP50Ms: number;
}

const out = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** `npm` as this run of npm found it (npm_execpath), else the one on PATH. */
function npm(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const cli = process.env.npm_execpath;
  const [command, argv] = cli?.endsWith('.js') ? [process.execPath, [cli, ...args]] : ['npm', args];
  return spawn(command, argv, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
}

/** KiB fields of /proc/<pid>/status in MB, or null off Linux or once the process is gone. */
function memory(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
    return { rss: field('VmRSS'), peak: field('VmHWM') };
  } catch {
    return null;
  }
}

/** User + system CPU seconds the process has used (clock ticks of 1/100 s on Linux). */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** The server's node process among the descendants of `root` (npm → sh → node). */
function serverPid(root: number): number | null {
  let parents = [root];
  for (let depth = 0; depth < 4 && parents.length; depth++) {
    const next: number[] = [];
    for (const pid of parents) {
      for (const child of childrenOf(pid)) {
        // The shell npm runs has the whole script line as one argument; the server is node with the entry as its own.
        const [command, ...args] = safeRead(`/proc/${child}/cmdline`).split('\0');
        if (/node(\.exe)?$/.test(command ?? '') && args.some((arg) => arg === SERVER)) return child;
        next.push(child);
      }
    }
    parents = next;
  }
  return null;
}

function childrenOf(pid: number): number[] {
  const list = safeRead(`/proc/${pid}/task/${pid}/children`).trim();
  if (list) return list.split(' ').map(Number);
  // Kernels without the children file: scan every process's parent.
  const found: number[] = [];
  for (const entry of safeDir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = safeRead(`/proc/${entry}/stat`);
    if (Number(stat.split(') ')[1]?.split(' ')[1]) === pid) found.push(Number(entry));
  }
  return found;
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function safeDir(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

async function healthy(): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${PORT}/health`)).status === 200;
  } catch {
    return false;
  }
}

/** The search benchmark's queries, ROUNDS each, over HTTP; returns the median latency in ms. */
async function searchBenchmark(): Promise<number> {
  const times: number[] = [];
  for (const [name, input] of BENCH_SEARCH_QUERIES) {
    for (let round = 0; round < ROUNDS; round++) {
      const t0 = performance.now();
      const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SEARCH, variables: { input } }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors) throw new Error(`${name}: ${body.errors[0].message}`);
      times.push(performance.now() - t0);
    }
  }
  return median(times);
}

async function startOnce(name: string, dataDir: string): Promise<Run> {
  if (await healthy()) throw new Error(`Something already answers on port ${PORT}: stop it or set BENCH_PORT.`);
  // The same queries round after round: measured without the result cache, as the engine answers them.
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(PORT), HOST: '127.0.0.1', SEARCH_CACHE: 'off' };
  for (const name of ['DATABASE_URL', 'SEED_DEMO', 'NODE_ENV', 'MEILI_URL', 'SMTP_URL', 'NODE_OPTIONS']) delete env[name];
  const started = performance.now();
  const child = npm(['start', '--silent'], env);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  child.on('exit', () => (exited = true));
  let pid: number | null = null;
  try {
    for (;;) {
      if (exited) throw new Error(`npm start ended before /health answered:\n${output}`);
      if (performance.now() - started > 120_000) throw new Error(`No healthy /health within 120 s:\n${output}`);
      pid ??= serverPid(child.pid!);
      if (await healthy()) break;
      await sleep(20);
    }
    const healthySeconds = (performance.now() - started) / 1000;
    pid ??= serverPid(child.pid!);
    const atHealthy = pid ? memory(pid) : null;
    const cpu = pid ? cpuSeconds(pid) : null;
    const searchP50Ms = await searchBenchmark();
    const afterSearch = pid ? memory(pid) : null;
    return {
      name,
      healthySeconds,
      cpuSeconds: cpu,
      rssAtHealthy: atHealthy?.rss ?? null,
      peakAtHealthy: atHealthy?.peak ?? null,
      rssAfterSearch: afterSearch?.rss ?? null,
      peakAfterSearch: afterSearch?.peak ?? null,
      searchP50Ms,
    };
  } finally {
    // The whole group npm started (npm, its shell, the server); the server closes its database on SIGTERM.
    const gone = new Promise((done) => child.once('exit', done));
    if (!exited) process.kill(-child.pid!, 'SIGTERM');
    await Promise.race([gone, sleep(15_000)]);
    if (!exited) process.kill(-child.pid!, 'SIGKILL');
    while (pid && safeRead(`/proc/${pid}/stat`)) await sleep(50);
  }
}

/** A build from nothing, as `npm install` (its prepare script) does it on a fresh clone. */
async function coldBuildSeconds(): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/build.mjs', '--force'], { cwd: ROOT, stdio: 'inherit' });
  const code = await new Promise((done) => child.on('exit', done));
  if (code !== 0) throw new Error(`scripts/build.mjs --force ended with ${String(code)}`);
  return (performance.now() - started) / 1000;
}

const mb = (value: number | null) => (value === null || Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} MB`);
const seconds = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)} s`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

out(`node ${process.version}, ${availableParallelism()} cores, load average ${load()} (1, 5, 15 min)`);
const coldBuild = await coldBuildSeconds();
const runs: Run[] = [];
for (let i = 1; i <= RUNS; i++) {
  const dataDir = await mkdtemp(join(tmpdir(), 'vejviser-bench-startup-'));
  try {
    runs.push(await startOnce(`fresh ${i}`, dataDir));
    // Restarts reuse the last fresh start's data (demo data already in place).
    if (i === RUNS) for (let r = 1; r <= RUNS; r++) runs.push(await startOnce(`restart ${r}`, dataDir));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const columns = ['run', 'to /health', 'server CPU', 'RSS healthy', 'peak start', 'RSS search', 'peak search', 'search p50'];
const widths = [12, 12, 12, 13, 12, 12, 13, 12];
const row = (cells: string[]) => out(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(''));
row(columns);
for (const r of runs) {
  row([
    r.name,
    seconds(r.healthySeconds),
    seconds(r.cpuSeconds),
    mb(r.rssAtHealthy),
    mb(r.peakAtHealthy),
    mb(r.rssAfterSearch),
    mb(r.peakAfterSearch),
    `${r.searchP50Ms.toFixed(1)} ms`,
  ]);
}
const fresh = runs.filter((r) => r.name.startsWith('fresh'));
const restarts = runs.filter((r) => r.name.startsWith('restart'));
const peaks = runs.map((r) => r.peakAfterSearch).filter((p): p is number => p !== null && !Number.isNaN(p));
out('');
out(`median fresh start (empty DATA_DIR, demo data loaded): ${seconds(median(fresh.map((r) => r.healthySeconds)))}`);
out(`median restart (same DATA_DIR):                        ${seconds(median(restarts.map((r) => r.healthySeconds)))}`);
out(`peak RSS of the server, start-up and search benchmark: ${peaks.length ? mb(Math.max(...peaks)) : 'n/a (no /proc)'}`);
out(`cold build (swc and the PGlite template, once per clone):  ${seconds(coldBuild)}`);
out(`  npm install does it (prepare), so a fresh clone's first npm start is a fresh start as above;`);
out(`  after an install with --ignore-scripts, npm start builds: ${seconds(coldBuild + median(fresh.map((r) => r.healthySeconds)))}`);
out(`load average at the end: ${load()}`);
