import { fork, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { quantile } from './bench-measure.js';
import type { KindSamples, LoadPlan, LoadReport } from './load-client.js';
import { prepareLoadDatabase, type LoadDatabase } from './load-data.js';
import { KIND_LABELS, LOAD_KINDS, buildWorkload, type LoadKind } from './load-workload.js';

/**
 * `npm run bench:load`: many clients at once. Builds the Denmark-size data (bench-dataset.ts) in a
 * database of its own on DATABASE_URL's PostgreSQL server (`--keep`: once, then reused), starts the
 * built API (dist/) as a server process on `--port`, and runs a load generator on the same machine
 * (one or two forked processes, fetch): the web app's search, suggest and handover operations drawn
 * from about 1,500 distinct queries with Zipf popularity. Closed loop (`--clients` back to back),
 * then open loop (`--rate` per second on a schedule). SEARCH_CACHE is passed on to the server.
 *
 *   DATABASE_URL=postgres://… npm run bench:load -- [--keep] [--duration 40] [--warmup 5] [--clients 32]
 *     [--rate 50] [--workers 2] [--port 4200] [--zipf 1] [--offers 20000] [--contacts 60000] [--modes closed,open]
 */
const out = (line = '') => process.stdout.write(`${line}\n`);
const note = (line: string) => process.stderr.write(`${line}\n`);

function options() {
  const { values } = parseArgs({
    options: {
      keep: { type: 'boolean', default: false },
      duration: { type: 'string', default: '40' },
      warmup: { type: 'string', default: '5' },
      clients: { type: 'string', default: '32' },
      rate: { type: 'string', default: '50' },
      workers: { type: 'string', default: '2' },
      port: { type: 'string', default: '4200' },
      zipf: { type: 'string', default: '1' },
      offers: { type: 'string', default: '20000' },
      contacts: { type: 'string', default: '60000' },
      modes: { type: 'string', default: 'closed,open' },
    },
  });
  const modes = values.modes.split(',').map((m) => m.trim());
  if (!modes.length || modes.some((m) => m !== 'closed' && m !== 'open')) {
    note(`--modes skal være closed, open eller closed,open (fik "${values.modes}").`);
    process.exit(1);
  }
  const num = (name: keyof typeof values, min: number, max: number) => {
    const value = Number(values[name]);
    if (!Number.isFinite(value) || value < min || value > max) {
      note(`--${name} skal være et tal mellem ${min} og ${max} (fik "${String(values[name])}").`);
      process.exit(1);
    }
    return value;
  };
  return {
    keep: values.keep,
    duration: num('duration', 1, 3600),
    warmup: num('warmup', 0, 600),
    clients: Math.round(num('clients', 1, 1000)),
    rate: num('rate', 0.1, 10_000),
    workers: Math.round(num('workers', 1, 2)),
    port: Math.round(num('port', 1, 65535)),
    zipf: num('zipf', 0, 3),
    offers: Math.round(num('offers', 0, 1_000_000)),
    contacts: Math.round(num('contacts', 0, 1_000_000)),
    closed: modes.includes('closed'),
    open: modes.includes('open'),
  };
}

/** The server's peak and current resident memory (kB), from /proc (Linux). */
function memoryOf(pid: number): { peak: number; now: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { peak: kb('VmHWM'), now: kb('VmRSS') };
  } catch {
    return null;
  }
}

async function startServer(db: LoadDatabase, port: number): Promise<ChildProcess> {
  const main = fileURLToPath(new URL('../apps/api/src/main.js', import.meta.url));
  const server = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
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

/** Runs the plan split over the worker processes; merges their samples. */
async function run(plan: LoadPlan, workers: number): Promise<LoadReport> {
  const script = fileURLToPath(new URL('./load-client.js', import.meta.url));
  const reports = await Promise.all(
    Array.from({ length: workers }, (_, i) => {
      const share: LoadPlan = {
        ...plan,
        clients: Math.floor(plan.clients / workers) + (i < plan.clients % workers ? 1 : 0),
        rate: plan.rate / workers,
        seed: `${plan.seed}-${i}`,
      };
      return new Promise<LoadReport>((resolve, reject) => {
        const child = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        child.once('message', (report) => resolve(report as LoadReport));
        child.once('exit', (code) => (code ? reject(new Error(`Lastgeneratoren stoppede med kode ${code}`)) : undefined));
        child.send(share);
      });
    }),
  );
  const samples: Partial<Record<LoadKind, KindSamples>> = {};
  for (const report of reports)
    for (const [kind, s] of Object.entries(report.samples) as [LoadKind, KindSamples][]) {
      const into = (samples[kind] ??= { latencies: [], errors: 0, firstError: null });
      into.latencies.push(...s.latencies);
      into.errors += s.errors;
      into.firstError ??= s.firstError;
    }
  // Open loop: until the last answer came, so an overloaded server's backlog does not count as throughput.
  const elapsedMs = plan.mode === 'open' ? Math.max(...reports.map((r) => r.elapsedMs)) : plan.durationMs;
  return {
    samples,
    elapsedMs,
    maxLagMs: Math.max(...reports.map((r) => r.maxLagMs)),
    warmupKeys: reports.flatMap((r) => r.warmupKeys),
    measuredKeys: reports.flatMap((r) => r.measuredKeys),
  };
}

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(1) : v.toFixed(0));

/** Queries sent before in this run (by any worker, in the warm-up or an earlier part): the most a cache can answer. */
const seen = new Set<string>();
function repeats(report: LoadReport): string {
  for (const key of report.warmupKeys) seen.add(key);
  let repeated = 0;
  for (const key of report.measuredKeys) {
    if (seen.has(key)) repeated++;
    else seen.add(key);
  }
  return `${((repeated / Math.max(1, report.measuredKeys.length)) * 100).toFixed(0)} % af forespørgslerne var sendt før i kørslen (loftet for en cache)`;
}

function print(title: string, report: LoadReport): void {
  const all = Object.values(report.samples).flatMap((s) => s.latencies);
  const errors = Object.values(report.samples).reduce((n, s) => n + s.errors, 0);
  out(title);
  out('  ' + 'slags'.padEnd(28) + 'antal'.padStart(7) + 'fejl'.padStart(6) + 'p50'.padStart(8) + 'p95'.padStart(8) + 'p99'.padStart(8));
  for (const kind of LOAD_KINDS) {
    const s = report.samples[kind];
    if (!s) continue;
    const [p50, p95, p99] = [0.5, 0.95, 0.99].map((q) => (s.latencies.length ? quantile(s.latencies, q) : NaN));
    out(
      '  ' +
        KIND_LABELS[kind].padEnd(28) +
        String(s.latencies.length).padStart(7) +
        String(s.errors).padStart(6) +
        ms(p50).padStart(8) +
        ms(p95).padStart(8) +
        ms(p99).padStart(8),
    );
  }
  const [p50, p95, p99] = [0.5, 0.95, 0.99].map((q) => (all.length ? quantile(all, q) : NaN));
  out(
    '  ' +
      'alle'.padEnd(28) +
      String(all.length).padStart(7) +
      String(errors).padStart(6) +
      ms(p50).padStart(8) +
      ms(p95).padStart(8) +
      ms(p99).padStart(8),
  );
  out(`  ${((all.length / report.elapsedMs) * 1000).toFixed(1)} svar/s (fejl ${errors}); ${repeats(report)}`);
  for (const [kind, s] of Object.entries(report.samples)) if (s.firstError) out(`  første fejl i ${kind}: ${s.firstError}`);
}

async function main(): Promise<void> {
  const opts = options();
  const serverUrl = process.env.DATABASE_URL?.trim();
  if (!serverUrl) {
    note(
      'bench:load kører på PostgreSQL: sæt DATABASE_URL, fx DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres (brugeren skal have CREATEDB).',
    );
    process.exit(1);
  }
  let db: LoadDatabase | null = null;
  let server: ChildProcess | null = null;
  const cleanup = async () => {
    server?.kill('SIGTERM');
    await db?.release().catch((error: Error) => note(`Kunne ikke slette databasen ${db?.name}: ${error.message}`));
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    db = await prepareLoadDatabase(serverUrl, opts, note);
    const version = await (async () => {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        return (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v;
      } finally {
        await client.end();
      }
    })();
    note('Starter API-serveren …');
    server = await startServer(db, opts.port);
    const url = `http://127.0.0.1:${opts.port}/graphql`;
    const pools = buildWorkload();
    const distinct = pools.reduce((n, p) => n + p.bodies.length, 0);
    const cache = process.env.SEARCH_CACHE?.trim() || 'standard (2000)';
    const cpus = os.cpus();
    out(
      `Vejviser bench:load på PostgreSQL ${version} (${new URL(serverUrl).host}, database ${db.name}, ${db.documents} søgedokumenter; ` +
        `${db.built ? `bygget på ${db.buildSeconds.toFixed(0)} s` : 'genbrugt med --keep'})`,
    );
    out(
      `Maskine: ${cpus.length} × ${cpus[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}, Node ${process.version}; belastning før start ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    out(
      `Server: dist/apps/api/src/main.js (pid ${server.pid}), SEARCH_CACHE=${cache}; lastgenerator: ${opts.workers} processer på samme maskine`,
    );
    out(
      `Arbejdsbyrde: ${distinct} forskellige forespørgsler, Zipf s=${opts.zipf}; ${opts.warmup} s opvarmning, så ${opts.duration} s måling pr. del`,
    );
    out();
    const plan = (mode: 'closed' | 'open'): LoadPlan => ({
      url,
      mode,
      clients: opts.clients,
      rate: opts.rate,
      warmupMs: opts.warmup * 1000,
      durationMs: opts.duration * 1000,
      zipf: opts.zipf,
      seed: `vejviser-load-${mode}`,
      pools,
    });
    if (opts.closed) {
      print(`Lukket løkke: ${opts.clients} klienter uden pause (ms)`, await run(plan('closed'), opts.workers));
      const afterClosed = memoryOf(server.pid!);
      if (afterClosed) out(`  serverens største RSS indtil nu (VmHWM): ${(afterClosed.peak / 1024).toFixed(0)} MB`);
      out();
    }
    if (opts.open) {
      const open = await run(plan('open'), opts.workers);
      print(`Åben løkke: ${opts.rate} forespørgsler/s efter tidsplan, tid fra det planlagte tidspunkt (ms)`, open);
      out(`  lastgeneratorens største forsinkelse: ${ms(open.maxLagMs)} ms`);
      out();
    }
    const memory = memoryOf(server.pid!);
    out(
      memory
        ? `Serverens største RSS (VmHWM): ${(memory.peak / 1024).toFixed(0)} MB (nu ${(memory.now / 1024).toFixed(0)} MB)`
        : 'Serverens RSS: ukendt (ingen /proc)',
    );
    out(
      `Belastning efter: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (maskinen kan være delt med andet arbejde)`,
    );
  } finally {
    await cleanup();
  }
}

main().catch((error: Error) => {
  note(`bench:load fejlede: ${error.message}`);
  process.exit(1);
});
