// `npm run check:web-budget` (CI): the front page's JavaScript — the entry script dist/web/index.html loads and
// every chunk it preloads, i.e. what runs before the first result — must stay within the budget after gzip.
// Pages loaded later (lazy routes) do not count. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const WEB = fileURLToPath(new URL('../dist/web/', import.meta.url));

const html = readFileSync(join(WEB, 'index.html'), 'utf8');
const scripts = [
  ...html.matchAll(/<script[^>]*\ssrc="\/([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+\.js)"/g),
].map((m) => m[1]);
if (!scripts.length) {
  console.error('check-web-budget: dist/web/index.html loads no script; run npm run build first');
  process.exit(1);
}
let total = 0;
for (const file of new Set(scripts)) {
  const size = gzipSync(readFileSync(join(WEB, file)), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} kB  ${file}`);
}
const verdict = total <= BUDGET_KB * 1024 ? 'inden for' : 'OVER';
console.log(`${(total / 1024).toFixed(1).padStart(7)} kB  forsidens JavaScript efter gzip (${verdict} budgettet på ${BUDGET_KB} kB)`);
if (total > BUDGET_KB * 1024) process.exit(1);
