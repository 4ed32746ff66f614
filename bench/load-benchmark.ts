import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { quantile } from './bench-measure.js';
import type { KindSamples, LoadPlan, LoadReport } from './load-client.js';
import { prepareLoadDatabase, type LoadDatabase } from './load-data.js';
import { cpuMsOf, describeCpu, memoryOf, startServer, stopServer } from './load-server.js';
import { ALL_KINDS, KIND_LABELS, buildFloorWorkload, buildWorkload, type LoadKind } from './load-workload.js';

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
 *     [--workload mixed|floor] [--profile DIR] [--server-flags "--max-semi-space-size=16 --max-old-space-size=192"]
 *
 * `--workload floor`: what every request pays whatever it asks — `{ __typename }` and one search asked again and
 * again (answered from the search cache) — for the HTTP + GraphQL stack's own cost. `--profile DIR`: the server
 * runs under `node --cpu-prof` and writes its profile to DIR when the run ends.
 */
/** Node's flags for the server: those of `npm run start:prod` (package.json), unless `--server-flags` says otherwise. */
const SERVER_FLAGS = '--max-semi-space-size=16 --max-old-space-size=192';

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
      workload: { type: 'string', default: 'mixed' },
      profile: { type: 'string' },
      'server-flags': { type: 'string', default: SERVER_FLAGS },
    },
  });
  const modes = values.modes.split(',').map((m) => m.trim());
  if (!modes.length || modes.some((m) => m !== 'closed' && m !== 'open')) {
    note(`--modes skal være closed, open eller closed,open (fik "${values.modes}").`);
    process.exit(1);
  }
  if (values.workload !== 'mixed' && values.workload !== 'floor') {
    note(`--workload skal være mixed eller floor (fik "${values.workload}").`);
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
    floor: values.workload === 'floor',
    profile: values.profile ?? null,
    serverFlags: values['server-flags'].split(/\s+/).filter(Boolean),
  };
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
        // The child's CPU is read before it exits: what the load generator took from the shared cores.
        child.once('message', (report) => resolve({ ...(report as LoadReport), generatorCpuMs: cpuMsOf(child.pid!) ?? 0 }));
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
    generatorCpuMs: reports.reduce((n, r) => n + (r.generatorCpuMs ?? 0), 0),
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

/** Requests sent in a part, warm-up included. */
const sent = (report: LoadReport) => report.warmupKeys.length + report.measuredKeys.length;

function print(title: string, report: LoadReport): void {
  const all = Object.values(report.samples).flatMap((s) => s.latencies);
  const errors = Object.values(report.samples).reduce((n, s) => n + s.errors, 0);
  out(title);
  out('  ' + 'slags'.padEnd(28) + 'antal'.padStart(7) + 'fejl'.padStart(6) + 'p50'.padStart(8) + 'p95'.padStart(8) + 'p99'.padStart(8));
  for (const kind of ALL_KINDS) {
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
    if (server) await stopServer(server);
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
    server = await startServer(db.url, opts.port, opts.serverFlags, opts.profile);
    const url = `http://127.0.0.1:${opts.port}/graphql`;
    const pools = opts.floor ? buildFloorWorkload() : buildWorkload();
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
      `Server: NODE_ENV=${process.env.NODE_ENV ?? 'production'} node ${opts.serverFlags.join(' ')} dist/apps/api/src/main.js (pid ${server.pid}), SEARCH_CACHE=${cache}; lastgenerator: ${opts.workers} processer på samme maskine`,
    );
    if (opts.profile) out(`CPU-profil: node --cpu-prof, skrives i ${opts.profile} når kørslen slutter`);
    out(
      `Arbejdsbyrde${opts.floor ? ' (gulvet: { __typename } og én søgning fra cachen)' : ''}: ${distinct} forskellige forespørgsler, Zipf s=${opts.zipf}; ${opts.warmup} s opvarmning, så ${opts.duration} s måling pr. del`,
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
      const cpuBefore = cpuMsOf(server.pid!);
      const closed = await run(plan('closed'), opts.workers);
      const cpuAfter = cpuMsOf(server.pid!);
      print(`Lukket løkke: ${opts.clients} klienter uden pause (ms)`, closed);
      out(`  ${describeCpu(cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, sent(closed), closed.generatorCpuMs)}`);
      const afterClosed = memoryOf(server.pid!);
      if (afterClosed) out(`  serverens største RSS indtil nu (VmHWM): ${(afterClosed.peak / 1024).toFixed(0)} MB`);
      out();
    }
    if (opts.open) {
      const cpuBefore = cpuMsOf(server.pid!);
      const open = await run(plan('open'), opts.workers);
      const cpuAfter = cpuMsOf(server.pid!);
      print(`Åben løkke: ${opts.rate} forespørgsler/s efter tidsplan, tid fra det planlagte tidspunkt (ms)`, open);
      out(`  lastgeneratorens største forsinkelse: ${ms(open.maxLagMs)} ms`);
      out(`  ${describeCpu(cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, sent(open), open.generatorCpuMs)}`);
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
