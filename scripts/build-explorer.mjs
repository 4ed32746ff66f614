// Builds the GraphQL explorer (apps/explorer → dist/explorer) with Vite, but only when its inputs changed:
// a hash of the sources, the README (its examples are built in) and the lockfile is kept next to the output,
// so `npm start` on an unchanged tree does not run Vite at all.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = join(ROOT, 'apps/explorer');
const OUT = join(ROOT, 'dist/explorer');
const STAMP = join(OUT, '.inputs-sha256');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

function inputsHash() {
  const hash = createHash('sha256');
  for (const file of [...files(SOURCE), join(ROOT, 'README.md'), join(ROOT, 'package-lock.json'), fileURLToPath(import.meta.url)]) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const wanted = inputsHash();
const force = process.argv.includes('--force');
if (!force && existsSync(join(OUT, 'index.html')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === wanted) process.exit(0);

const started = Date.now();
const { build } = await import('vite');
await build({ configFile: join(SOURCE, 'vite.config.ts') });
writeFileSync(STAMP, `${wanted}\n`);
console.log(`GraphQL-udforskeren bygget i dist/explorer (${((Date.now() - started) / 1000).toFixed(1)} s)`);
