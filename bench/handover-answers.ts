import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../apps/api/src/app.module.js';
import { loadConfig } from '../apps/api/src/config/config.js';
import { openAppDatabase } from '../apps/api/src/database.js';
import { configureHttp } from '../apps/api/src/http/configure-http.js';
import { StatementRecorder, postGraphQL, quantile, timed } from './bench-measure.js';
import { HANDOVER_ANSWER } from './load-operations.js';

/**
 * `npm run bench:handover-answers -- [OUT.jsonl] [runs]`: the web app's HandoverAnswer on the data `npm run
 * bench:search -- --keep` built in DATABASE_URL, to show that a change leaves the answers alone and what it costs.
 * With OUT it writes the answers for 11 municipalities × 3 ages × 5 sets of situations × 2 fixed moments (330
 * lines of JSON: compare two files with `cmp`). Then for Herning, 17, discharge (bench:search's case) it prints the
 * statements one request runs, each one's median over 10 runs on its own, the statements of a query for the
 * entry points alone, and the p50/p95 over HTTP of `runs` requests (default 0). SHOW_SQL=FILE writes the
 * statements with their parameters as JSON.
 */
const [outFile, runsArg = '0'] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
if (!url) throw new Error('Sæt DATABASE_URL til databasen, som `npm run bench:search -- --keep` byggede.');
const recorder = new StatementRecorder();
/** Every statement while `capturing`, the records' loads included. */
const all: { sql: string; params: unknown[] }[] = [];
let capturing = false;
const log = recorder.logQuery.bind(recorder);
recorder.logQuery = (sql: string, params?: unknown[]) => {
  if (capturing) all.push({ sql, params: params ?? [] });
  log(sql, params);
};
const database = await openAppDatabase({ kind: 'postgres', url }, recorder);
const config = loadConfig({ ...process.env, JWT_SECRET: randomBytes(32).toString('hex') });
const app = await NestFactory.create(
  AppModule.forRoot(database, {
    ...config,
    sandbox: false,
    jobs: { ...config.jobs, work: false },
    search: { meilisearch: null },
    searchCache: 0,
  }),
  { logger: ['error'] },
);
configureHttp(app, { corsOrigins: [], production: false, trustProxy: false, sandbox: false });
await app.init();
await app.listen(0, '127.0.0.1');
const gql = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
const call = (municipality: string, age: number | null, situations: string[], at: string | null) => ({
  query: HANDOVER_ANSWER,
  variables: { municipality, age, situations, at },
});

const codes: { code: string }[] = await database.dataSource.query('SELECT code FROM municipality ORDER BY code');
const picked = codes.filter((_, i) => i % 10 === 0).map((r) => r.code);
const situations = [[], ['discharge'], ['discharge-child-youth-psychiatry'], ['suicidal-behaviour'], ['transition-18', 'self-harm']];
const lines: string[] = [];
if (outFile)
  for (const at of ['2026-12-01T14:00:00+01:00', '2027-02-06T02:30:00+01:00'])
    for (const code of [...picked, '0657'])
      for (const age of [null, 17, 30])
        for (const s of situations) lines.push(JSON.stringify({ code, age, s, at, data: await postGraphQL(gql, call(code, age, s, at)) }));
if (outFile) writeFileSync(outFile, `${lines.join('\n')}\n`);
process.stdout.write(`${lines.length} answers\n`);

const herning = call('0657', 17, ['discharge'], null);
for (let i = 0; i < 3; i++) await postGraphQL(gql, herning);
capturing = true;
const statements = await recorder.record(() => postGraphQL(gql, herning));
capturing = false;
process.stdout.write(`${recorder.lastTotal} statements (${statements.length} engine)\n`);
if (process.env.SHOW_SQL) writeFileSync(process.env.SHOW_SQL, JSON.stringify(all));
for (const s of all.splice(0)) {
  const t: number[] = [];
  for (let i = 0; i < 10; i++) t.push(await timed(() => database.dataSource.query(s.sql, s.params)));
  process.stdout.write(`${quantile(t, 0.5).toFixed(1).padStart(7)} ms  ${s.sql.replace(/\s+/g, ' ').slice(0, 110)}\n`);
}
const onlyEntryPoints = {
  query: `{ handoverGuide(municipalityCode: "0657") { entryPoints { contact { name organisation { name } } } } }`,
  variables: {},
};
await recorder.record(() => postGraphQL(gql, onlyEntryPoints));
process.stdout.write(`entryPoints alone: ${recorder.lastTotal} statements\n`);
const times: number[] = [];
for (let i = 0; i < Number(runsArg); i++) times.push(await timed(() => postGraphQL(gql, herning)));
if (times.length) process.stdout.write(`Herning p50 ${quantile(times, 0.5).toFixed(1)} p95 ${quantile(times, 0.95).toFixed(1)} ms\n`);
await app.close();
await database.close();
