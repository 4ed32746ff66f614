import { PGlite } from '@electric-sql/pglite';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';

/** PGlite is one backend inside this process: few connections. */
const PGLITE_SETTINGS = ['max_connections=10'];
/** Shared buffers: the demo data's pages fit in the least; the most is PostgreSQL's own default. */
const LEAST_BUFFERS_MB = 16;
const MOST_BUFFERS_MB = 128;

/**
 * Shared buffers as large as the data directory's largest database when PGlite starts, between 16 and
 * 128 MB: PGlite's WebAssembly memory holds all of them from the start and never shrinks, so the demo
 * data (15 MB) keeps 16 MB, while at Denmark's size (280 MB) a search's pages stay in memory instead of
 * being read through the file system on every search (the corrected typo 59 ms p50 where it took 80).
 * In memory, or restored from an archive, PGlite gets the least. Data that grows gets more at the next start.
 */
export function sharedBuffersFor(dataDir?: string): string {
  const base = dataDir && !dataDir.startsWith('memory://') ? join(dataDir, 'base') : null;
  const databases = base && existsSync(base) ? readdirSync(base, { withFileTypes: true }).filter((entry) => entry.isDirectory()) : [];
  const largest = Math.max(0, ...databases.map((database) => bytesIn(join(base!, database.name))));
  return `${Math.min(MOST_BUFFERS_MB, Math.max(LEAST_BUFFERS_MB, Math.ceil(largest / 2 ** 20)))}MB`;
}

/** The bytes of the files directly in a database's folder (PostgreSQL keeps a database's relations flat). */
function bytesIn(folder: string): number {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(folder, entry.name)).size, 0);
}

let wasmTierChosen = false;

/**
 * V8 compiles PGlite's 9 MB of WebAssembly with its baseline compiler (Liftoff) and later recompiles
 * hot functions with the optimizing one (TurboFan), which costs peaks of 500 MB and more, and CPU
 * during start-up. Without it CPU-heavy SQL runs about 1.7 times slower, the demo data's searches
 * about 15 % (17 ms p50 over HTTP instead of 15). A process-wide choice, taken before the first PGlite compiles.
 */
export function chooseWasmTier(optimize: boolean): void {
  if (wasmTierChosen) return;
  wasmTierChosen = true;
  if (optimize) return;
  setFlagsFromString('--no-wasm-dynamic-tiering');
  setFlagsFromString('--no-wasm-tier-up');
}

/** PGlite's own start parameters with ours for `dataDir`, and `settings` of the caller's (tests: no fsync). */
export function pgliteStartParams(settings: string[] = [], dataDir?: string): string[] {
  const ours = [...PGLITE_SETTINGS, `shared_buffers=${sharedBuffersFor(dataDir)}`];
  return [...PGlite.defaultStartParams, ...[...ours, ...settings].flatMap((setting) => ['-c', setting])];
}
