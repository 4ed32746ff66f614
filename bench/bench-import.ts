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
 * organisation on an in-memory PGlite (or DATABASE_URL): dry run, apply, the same file again and the file with every
 * row edited (1,000 updates: an offer's ages, a contact's new e-mail), while
 * another client asks a small GraphQL query over HTTP in a loop. The import is one transaction, which on PGlite
 * holds the only connection while it runs. Prints each run's time and the longest the other client waited for an
 * answer (the stall); nothing is asserted.
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
const sheet = (edited: boolean) =>
  Buffer.from(
    [
      header,
      ...Array.from({ length: ROWS }, (_, i) =>
        i % 2
          ? `Kontakt;Vagttelefon ${i};49 28 ${String(1000 + i).slice(-4, -2)} ${String(i % 100).padStart(2, '0')};${edited ? `vagt${i}@example.org` : ''};;;;Udskrivning fra psykiatrien;Døgnet rundt;;K-${i}`
          : `Tilbud;Tilbud ${i};49 28 00 00;tilbud${i}@example.org;Unge ${edited ? 14 : 13}-30 år;Helsingør;Selvhenvendelse;Selvskade;Man-fre 9-15;03-11-2026;T-${i}`,
      ),
    ].join('\r\n'),
    'utf8',
  );
const file = sheet(false);

/**
 * Asks a small query again and again until stopped (20 ms between answers); the stall is the longest the client
 * waited for an answer, counted from when it meant to ask: also the time the import kept the process busy so
 * that the client could not even send its request.
 */
function otherClient() {
  let running = true;
  const waits: number[] = [];
  const done = (async () => {
    while (running) {
      const meant = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 20));
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ offers(first: 1) { totalCount } }' }),
      });
      await response.text();
      waits.push(performance.now() - meant - 20);
    }
  })();
  return async () => {
    running = false;
    await done;
    return waits;
  };
}

const out = (line: string) => process.stdout.write(`${line}\n`);
out(`Import of ${ROWS} rows (${(file.length / 1024).toFixed(0)} kB CSV) on ${url ? 'PostgreSQL' : 'PGlite'}`);
out('run                      ms   answers  longest stall ms');
for (const [label, dryRun, edited] of [
  ['dry run', true, false],
  ['apply', false, false],
  ['same file again', false, false],
  ['edited file', false, true],
] as const) {
  const stop = otherClient();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const t0 = performance.now();
  const report = await app
    .get(SpreadsheetImportService)
    .run(ADMIN, { organisationId: organisation.id, file: edited ? sheet(true) : file, dryRun, fileName: 'bench.csv' });
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
