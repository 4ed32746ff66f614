import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { RequestContext } from '#core';
import { SearchService } from '#search';
import { DemoSeeder } from '#demo';
import { AppModule } from '../apps/api/src/app.module.js';
import { loadConfig } from '../apps/api/src/config/config.js';
import { migrate, openAppDatabase } from '../apps/api/src/database.js';
import { BENCH_SEARCH_QUERIES } from './bench-search-queries.js';

/**
 * `npm run bench`: search latency on the demo data in an in-memory PGlite (or DATABASE_URL).
 * Prints timings per query kind; nothing is asserted.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

const url = process.env.DATABASE_URL;
const started = performance.now();
const database = await openAppDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: 'memory://' });
await migrate(database);
const app = await NestFactory.createApplicationContext(
  AppModule.forRoot(database, { ...loadConfig(), jobs: { ...loadConfig().jobs, work: false }, searchCache: 0 }),
  {
    logger: ['error'],
  },
);
await app.init();
const seedStart = performance.now();
const report = await DemoSeeder.of(app).seed();
const seedMs = performance.now() - seedStart;
const search = app.get(SearchService);

const out = (line: string) => process.stdout.write(`${line}\n`);
out(
  `engine: postgres full-text on ${url ? 'PostgreSQL' : 'PGlite (in memory)'}; ${report.documents} documents; ${ROUNDS} rounds per query`,
);
out(`setup: ${(seedStart - started).toFixed(0)} ms open + migrate, ${seedMs.toFixed(0)} ms demo seed + index`);
out('query'.padEnd(36) + 'hits'.padStart(6) + 'p50 ms'.padStart(9) + 'p95 ms'.padStart(9) + 'max ms'.padStart(9));
for (const [name, input] of BENCH_SEARCH_QUERIES) {
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    hits = (await search.search(new RequestContext(), input)).totalCount;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  out(name.padEnd(36) + String(hits).padStart(6) + at(0.5).padStart(9) + at(0.95).padStart(9) + at(1).padStart(9));
}
await app.close();
await database.close();
