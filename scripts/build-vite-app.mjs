// Builds a browser app of apps/ with Vite, but only when its inputs changed: a hash of the app's sources, the
// lockfile and the extra inputs below is kept next to the output, so `npm start` on an unchanged tree runs no Vite.
// Usage: node scripts/build-vite-app.mjs <explorer|web> [--force]
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const APPS = {
  // The explorer's examples come from the README.
  explorer: { label: 'GraphQL-udforskeren', extraInputs: ['README.md'] },
  web: { label: 'Webappen', extraInputs: [] },
};

const name = process.argv[2];
const app = APPS[name];
if (!app) {
  console.error(`build-vite-app: ukendt app ${name ?? '(ingen)'} (kendte: ${Object.keys(APPS).join(', ')})`);
  process.exit(1);
}
const SOURCE = join(ROOT, 'apps', name);
const OUT = join(ROOT, 'dist', name);
const STAMP = join(OUT, '.inputs-sha256');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.name !== 'node_modules')
    .flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

function inputsHash() {
  const hash = createHash('sha256');
  const inputs = [
    ...files(SOURCE),
    ...app.extraInputs.map((file) => join(ROOT, file)),
    join(ROOT, 'package-lock.json'),
    fileURLToPath(import.meta.url),
  ];
  for (const file of inputs) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const wanted = inputsHash();
const force = process.argv.includes('--force');
if (!force && existsSync(join(OUT, 'index.html')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === wanted) process.exit(0);

const started = Date.now();
const { build } = await import('vite');
await build({ configFile: join(SOURCE, 'vite.config.ts') });
writeFileSync(STAMP, `${wanted}\n`);
console.log(`${app.label} bygget i ${relative(ROOT, OUT)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
