import { performance } from 'node:perf_hooks';
import { hashSeed, mulberry32 } from '#demo';
import { NOW, type LoadKind, type LoadPool } from './load-workload.js';

// One load-generator process of `npm run bench:load` (load-benchmark.ts forks one or two). It is
// told a plan over IPC, runs it against the API and sends back every latency, per kind.

export interface LoadPlan {
  url: string;
  /** closed: `clients` loops sending back to back; open: requests at `rate` per second on a fixed schedule. */
  mode: 'closed' | 'open';
  clients: number;
  rate: number;
  warmupMs: number;
  durationMs: number;
  zipf: number;
  seed: string;
  pools: LoadPool[];
}

export interface KindSamples {
  latencies: number[];
  errors: number;
  firstError: string | null;
}

export interface LoadReport {
  samples: Partial<Record<LoadKind, KindSamples>>;
  /** Measured time (after the warm-up), ms. */
  elapsedMs: number;
  /** Which queries were sent (kind:rank), in the warm-up and measured: for the share of repeats. */
  warmupKeys: string[];
  measuredKeys: string[];
  /** CPU time of the load-generator processes (filled in by load-benchmark.ts), ms. */
  generatorCpuMs?: number;
  /** Open loop: the latest a request was sent after its scheduled time, ms (the generator falling behind). */
  maxLagMs: number;
}

/** A request not answered in this time counts as an error. */
const TIMEOUT_MS = 30_000;

/** Draws a kind by weight, then a query of it by Zipf rank (rank r with weight 1/r^s). */
function sampler(plan: LoadPlan): () => { kind: LoadKind; body: string; key: string } {
  const random = mulberry32(hashSeed(plan.seed));
  const cumulative = (weights: number[]) => {
    let sum = 0;
    const out = weights.map((w) => (sum += w));
    return out.map((c) => c / sum);
  };
  const draw = (cdf: number[]) => {
    const x = random();
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const kinds = cumulative(plan.pools.map((p) => p.weight));
  const ranks = plan.pools.map((p) => cumulative(p.bodies.map((_, r) => 1 / (r + 1) ** plan.zipf)));
  return () => {
    const k = draw(kinds);
    const pool = plan.pools[k];
    const rank = draw(ranks[k]);
    return { kind: pool.kind, body: pool.bodies[rank], key: `${k}:${rank}` };
  };
}

async function send(url: string, body: string): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body.includes(NOW) ? body.replace(NOW, new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()) : body,
      // An overloaded server (open loop above its capacity) must not keep the run going for ever.
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    if (!response.ok) return `HTTP ${response.status}: ${text.slice(0, 200)}`;
    const parsed = JSON.parse(text) as { errors?: { message: string }[] };
    return parsed.errors?.length ? parsed.errors.map((e) => e.message).join('; ') : null;
  } catch (error) {
    const cause = (error as Error).cause as { code?: string; message?: string } | undefined;
    return [(error as Error).message, cause?.code ?? cause?.message].filter(Boolean).join(': ');
  }
}

export async function runPlan(plan: LoadPlan): Promise<LoadReport> {
  const next = sampler(plan);
  const samples: Partial<Record<LoadKind, KindSamples>> = {};
  const start = performance.now();
  const measureFrom = start + plan.warmupMs;
  const end = measureFrom + plan.durationMs;
  let maxLagMs = 0;
  const warmupKeys: string[] = [];
  const measuredKeys: string[] = [];
  const draw = (at: number) => {
    const drawn = next();
    (at < measureFrom ? warmupKeys : measuredKeys).push(drawn.key);
    return drawn;
  };
  const record = (kind: LoadKind, scheduled: number, error: string | null) => {
    if (scheduled < measureFrom) return;
    const s = (samples[kind] ??= { latencies: [], errors: 0, firstError: null });
    if (error) {
      s.errors++;
      s.firstError ??= error;
    } else s.latencies.push(performance.now() - scheduled);
  };

  if (plan.mode === 'closed') {
    const client = async () => {
      while (performance.now() < end) {
        const sent = performance.now();
        const { kind, body } = draw(sent);
        record(kind, sent, await send(plan.url, body));
      }
    };
    await Promise.all(Array.from({ length: plan.clients }, client));
  } else {
    // Arrivals on a fixed schedule; latency counts from the scheduled moment, so a late send is not hidden.
    const interval = 1000 / plan.rate;
    const inFlight = new Set<Promise<void>>();
    for (let i = 0; ; i++) {
      const scheduled = start + i * interval;
      if (scheduled >= end) break;
      const wait = scheduled - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      maxLagMs = Math.max(maxLagMs, performance.now() - scheduled);
      const { kind, body } = draw(scheduled);
      const request = send(plan.url, body).then((error) => record(kind, scheduled, error));
      inFlight.add(request);
      void request.finally(() => inFlight.delete(request));
    }
    await Promise.all(inFlight);
  }
  return { samples, elapsedMs: Math.max(performance.now(), end) - measureFrom, maxLagMs, warmupKeys, measuredKeys };
}

if (process.send) {
  process.once('message', (plan: LoadPlan) => {
    void runPlan(plan).then((report) => process.send!(report, () => process.exit(0)));
  });
}
