import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { RequestContext } from '#core';
import { OrganisationsService, Sector } from '#directory';
import { ImportReport, SpreadsheetImportService } from '#spreadsheets';
import { AppModule } from '../apps/api/src/app.module.js';
import { loadConfig } from '../apps/api/src/config/config.js';
import { migrate, openAppDatabase } from '../apps/api/src/database.js';
import { configureHttp } from '../apps/api/src/http/configure-http.js';

/**
 * `npm run bench:import`: a spreadsheet import of BENCH_ROWS (1,000) offers and contacts into an empty
 * organisation on an in-memory PGlite (or DATABASE_URL), dry run, apply and the same file again, while
 * another client asks a small GraphQL query over HTTP in a loop. Prints each run's time and the longest
 * the other client waited for an answer (the stall); nothing is asserted.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 1000);
const ADMIN = new RequestContext({ kind: 'account', accountId: '00000000-0000-4000-8000-00000000be01', grants: [{ role: 'ADMIN' }] });

const url = process.env.DATABASE_URL;
const database = await openAppDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: 'memory://' });
await migrate(database);
const config = loadConfig();
const app = await NestFactory.create(AppModule.forRoot(database, { ...config, jobs: { ...config.jobs, work: false } }), {
  logger: ['error'],
});
configureHttp(app, { corsOrigins: [], production: false, trustProxy: false, sandbox: false });
await app.init();
await app.listen(0, '127.0.0.1');
const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');

const organisation = await app
  .get(OrganisationsService)
  .create(ADMIN, { name: 'Benchkommune', sector: Sector.MUNICIPAL, municipalityCode: '0217' });
if (!('id' in organisation)) throw new Error(organisation.message);
const header = 'Type;Navn;Telefon;E-mail;Målgruppe;Kommune;Adgang;Situation;Åbningstid;Sidst bekræftet;Eksternt id';
const lines = Array.from({ length: ROWS }, (_, i) =>
  i % 2
    ? `Kontakt;Vagttelefon ${i};49 28 ${String(1000 + i).slice(-4, -2)} ${String(i % 100).padStart(2, '0')};;;;;Udskrivning fra psykiatrien;Døgnet rundt;;K-${i}`
    : `Tilbud;Tilbud ${i};49 28 00 00;tilbud${i}@example.org;Unge 13-30 år;Helsingør;Selvhenvendelse;Selvskade;Man-fre 9-15;03-11-2026;T-${i}`,
);
const file = Buffer.from([header, ...lines].join('\r\n'), 'utf8');

/** Asks a small query again and again until stopped; the longest wait for an answer is the stall. */
function otherClient() {
  let running = true;
  const times: number[] = [];
  const done = (async () => {
    while (running) {
      const t0 = performance.now();
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ offers(first: 1) { totalCount } }' }),
      });
      await response.text();
      times.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return async () => {
    running = false;
    await done;
    return times;
  };
}

const out = (line: string) => process.stdout.write(`${line}\n`);
out(`Import of ${ROWS} rows (${(file.length / 1024).toFixed(0)} kB CSV) on ${url ? 'PostgreSQL' : 'PGlite'}`);
out('run                      ms   answers  longest stall ms');
for (const [label, dryRun] of [
  ['dry run', true],
  ['apply', false],
  ['same file again', false],
] as const) {
  const stop = otherClient();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const t0 = performance.now();
  const report = await app
    .get(SpreadsheetImportService)
    .run(ADMIN, { organisationId: organisation.id, file, dryRun, fileName: 'bench.csv' });
  const ms = performance.now() - t0;
  const times = await stop();
  if (!(report instanceof ImportReport)) throw new Error(report.message);
  const what = `${report.created}/${report.updated}/${report.unchanged}/${report.failed}`;
  out(
    `${label.padEnd(18)}${ms.toFixed(0).padStart(9)}${String(times.length).padStart(10)}${Math.max(...times)
      .toFixed(0)
      .padStart(17)}   created/updated/unchanged/failed ${what}`,
  );
}
await app.close();
await database.close();
