import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { DemoSeeder } from '#demo';
import { AppModule } from '../apps/api/src/app.module.js';
import { loadConfig } from '../apps/api/src/config/config.js';
import { migrate, openAppDatabase } from '../apps/api/src/database.js';
import { configureHttp } from '../apps/api/src/http/configure-http.js';

/**
 * `npm run bench:handover`: the handover guide over HTTP on the demo data, as a psychiatry nurse at
 * night would ask it, in an in-memory PGlite (or DATABASE_URL). Prints timings; nothing is asserted.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const GUIDE = `query ($m: String!, $s: [String!], $at: DateTime) {
  handoverGuide(municipalityCode: $m, age: 17, situations: $s, at: $at) {
    municipality { name }
    region { name }
    entryPoints { contact { kind name stale channels { kind value } } openingStatus { openNow nextOpensAtLocal } }
    regionalEntryPoints { contact { name } openingStatus { openNow } }
    offers { name accessRoute ageMin ageMax stale organisation { name } }
    volunteerOrganisations { name }
    themeDays { title startsAt }
  }
}`;
const CASES: [string, Record<string, unknown>][] = [
  ['Helsingør, BUP discharge, Saturday', { m: '0217', s: ['discharge-child-youth-psychiatry'], at: '2027-02-06T10:00:00+01:00' }],
  ['Hillerød, after a suicide attempt', { m: '0219', s: ['suicidal-behaviour'], at: '2026-12-01T02:30:00+01:00' }],
  ['Helsingør, every situation', { m: '0217', s: [], at: '2026-12-01T14:00:00+01:00' }],
];

const url = process.env.DATABASE_URL;
const database = await openAppDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: 'memory://' });
await migrate(database);
const config = loadConfig();
const app = await NestFactory.create(AppModule.forRoot(database, { ...config, jobs: { ...config.jobs, work: false } }), {
  logger: ['error'],
});
configureHttp(app, { corsOrigins: [], production: false, trustProxy: false, sandbox: config.sandbox });
await app.init();
await DemoSeeder.of(app).seed();
await app.listen(0, '127.0.0.1');
const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');

const out = (line: string) => process.stdout.write(`${line}\n`);
const percentiles = (times: number[]) => {
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  return at(0.5).padStart(9) + at(0.95).padStart(9) + at(1).padStart(9);
};
async function time(request: () => Promise<Response>): Promise<{ times: number[]; size: number }> {
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    const response = await request();
    const body = await response.text();
    times.push(performance.now() - t0);
    if (!response.ok || body.includes('"errors"')) throw new Error(`Fejl i svaret: ${body.slice(0, 300)}`);
    size = body.length;
  }
  return { times, size };
}

out(`handover guide over HTTP on ${url ? 'PostgreSQL' : 'PGlite (in memory)'}, demo data, ${ROUNDS} rounds each`);
out('request'.padEnd(52) + 'bytes'.padStart(8) + 'p50 ms'.padStart(9) + 'p95 ms'.padStart(9) + 'max ms'.padStart(9));
for (const [name, variables] of CASES) {
  const { times, size } = await time(() =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: GUIDE, variables }),
    }),
  );
  out(`handoverGuide: ${name}`.padEnd(52) + String(size).padStart(8) + percentiles(times));
}
const sheet = await time(() =>
  fetch(
    `${base}/overlevering/ark?kommune=0217&alder=17&situationer=discharge-child-youth-psychiatry&tidspunkt=2027-02-06T10:00:00%2B01:00`,
  ),
);
out('printable sheet (GET /overlevering/ark)'.padEnd(52) + String(sheet.size).padStart(8) + percentiles(sheet.times));
await app.close();
await database.close();
