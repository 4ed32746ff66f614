import { PGlite } from '@electric-sql/pglite';
import { setFlagsFromString } from 'node:v8';

/**
 * Postgres sizes shared memory for a server: 128 MB of buffers and 100 connections. PGlite is one
 * backend inside this process, and its WebAssembly memory never shrinks, so it gets a small share:
 * 16 MB of buffers keep the demo data's hot pages; the rest is read through the OS's file cache.
 */
const PGLITE_SETTINGS = ['shared_buffers=16MB', 'max_connections=10'];

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

/** PGlite's own start parameters with ours, and `settings` of the caller's (tests: no fsync). */
export function pgliteStartParams(settings: string[] = []): string[] {
  return [...PGlite.defaultStartParams, ...[...PGLITE_SETTINGS, ...settings].flatMap((setting) => ['-c', setting])];
}
