import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import type { Database } from '#core';
import { SearchReindexer } from '#search';
import { AppModule } from '../apps/api/src/app.module.js';
import { ConfigError, loadConfig } from '../apps/api/src/config/config.js';
import { migrate, openAppDatabase } from '../apps/api/src/database.js';
import { configureHttp } from '../apps/api/src/http/configure-http.js';
import { buildBenchDataset } from './bench-dataset.js';
import { createBenchDatabase, insertBenchDataset, type BenchServerDatabase } from './bench-load.js';
import { StatementRecorder, postGraphQL, quantile, replay, timed, type GraphQLCall, type Statement } from './bench-measure.js';
import { ProgressBar } from '../apps/api/src/cli/progress-bar.js';

/**
 * `npm run bench:search`: search and suggest latency over HTTP on a directory of Denmark's size,
 * next to the same SQL on a plain connection. Generates 98 municipalities, 20,000 offers and 60,000
 * contacts (invented, is_demo), writes them with plain SQL, builds the search index with the app's
 * own reindexer, starts the app on a free port on loopback and, per query, times the GraphQL request
 * and a replay of exactly the statements the search engine ran for it (captured from the app).
 *
 * Embedded PGlite in memory by default. With DATABASE_URL it creates a database of its own on that
 * server (vejviser_bench_…) and drops it at the end; the database named in the URL is not touched.
 *
 *   npm run bench:search -- [--offers 20000] [--contacts 60000] [--runs 30] [--warmup 3]
 */
const out = (line = '') => process.stdout.write(`${line}\n`);
const note = (line: string) => process.stderr.write(`${line}\n`);
/** Ctrl-C: the run stops and cleans up; the errors that causes are not reported. */
let interrupted = false;

const SEARCH = `query BenchSearch($input: SearchInput!) {
  search(input: $input) {
    totalCount correctedQuery
    edges {
      type snippet score distanceKm openingStatus { openNow nextOpensAt }
      node {
        __typename
        ... on Offer { id name organisation { name } }
        ... on Contact { id name roleTitle organisation { name } }
        ... on Organisation { id name }
        ... on Unit { id name }
      }
    }
    facets { field values { value label count } }
  }
}`;
const SUGGEST = `query BenchSuggest($prefix: String!) { suggest(prefix: $prefix) { kind label id code detail } }`;

const search = (input: Record<string, unknown>): GraphQLCall => ({ query: SEARCH, variables: { input: { first: 10, ...input } } });
const suggest = (prefix: string): GraphQLCall => ({ query: SUGGEST, variables: { prefix } });

/** A handful of representative queries: free text, a municipality, a typo, time, place, typing. */
const CASES: [label: string, call: GraphQLCall][] = [
  ['search "angst", hele landet', search({ query: 'angst' })],
  ['search "angst unge", Herning', search({ query: 'angst unge', municipalityCodes: ['0657'] })],
  ['search tastefejl "selvskdae"', search({ query: 'selvskdae' })],
  ['search "rådgivning", åben tir. 20:30', search({ query: 'rådgivning', openAt: '2026-12-01T20:30:00+01:00' })],
  [
    'search "bostøtte" 25 km fra Aarhus C',
    search({ query: 'bostøtte', near: { latitude: 56.153, longitude: 10.203, radiusKm: 25 }, sortBy: 'DISTANCE' }),
  ],
  ['suggest "sø"', suggest('sø')],
  ['suggest "hels"', suggest('hels')],
  ['suggest "bostøt"', suggest('bostøt')],
];

function options() {
  const { values } = parseArgs({
    options: {
      offers: { type: 'string', default: '20000' },
      contacts: { type: 'string', default: '60000' },
      runs: { type: 'string', default: '30' },
      warmup: { type: 'string', default: '3' },
    },
  });
  const count = (name: keyof typeof values, min: number) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min) {
      note(`--${name} skal være et heltal på mindst ${min} (fik "${values[name]}").`);
      process.exit(1);
    }
    return value;
  };
  return { offers: count('offers', 0), contacts: count('contacts', 0), runs: count('runs', 1), warmup: count('warmup', 0) };
}

function appConfig() {
  try {
    // A secret of its own, so the benchmark writes no secret file into DATA_DIR.
    const config = loadConfig({ ...process.env, JWT_SECRET: randomBytes(32).toString('hex') });
    return { ...config, sandbox: false, jobs: { ...config.jobs, work: false }, search: { meilisearch: null }, searchCache: 0 };
  } catch (error) {
    if (error instanceof ConfigError) {
      note(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (value: number) => value.toFixed(1);

async function main(): Promise<void> {
  const opts = options();
  const config = appConfig();
  const serverUrl = process.env.DATABASE_URL?.trim() || null;
  let server: BenchServerDatabase | null = null;
  let database: Database | null = null;
  let app: INestApplication | null = null;
  let client: pg.Client | null = null;
  // Once, whoever asks first (the end of the run, an error or Ctrl-C): the server database is always dropped.
  let closing: Promise<void> | null = null;
  const cleanup = () =>
    (closing ??= (async () => {
      await app?.close().catch(() => undefined);
      await client?.end().catch(() => undefined);
      await database?.close().catch(() => undefined);
      await server?.drop().catch((error: Error) => note(`Kunne ikke slette databasen ${server?.name}: ${error.message}`));
    })());
  process.once('SIGINT', () => {
    interrupted = true;
    note('Afbrudt: rydder op …');
    void cleanup().then(() => process.exit(130));
  });

  try {
    const recorder = new StatementRecorder();
    if (serverUrl) {
      server = await createBenchDatabase(serverUrl).catch((error: Error) => {
        throw new Error(`DATABASE_URL: kan ikke oprette en database til målingen (${error.message}); brugeren skal have CREATEDB.`);
      });
      note(`DATABASE_URL: skriver i en ny database ${server.name} på ${new URL(serverUrl).host}; den slettes igen til sidst.`);
      database = await openAppDatabase({ kind: 'postgres', url: server.url }, recorder);
    } else {
      // The engine at scale, as the README reports it: with V8's optimizing compiler (PGLITE_OPTIMIZE=true).
      database = await openAppDatabase({ kind: 'pglite', dataDir: 'memory://', optimize: true }, recorder);
    }
    note('Opretter skemaet (migreringer) …');
    await migrate(database);

    let t0 = performance.now();
    const dataset = buildBenchDataset({ offers: opts.offers, contacts: opts.contacts });
    const generateMs = performance.now() - t0;
    note(
      `Genereret på ${seconds(generateMs)}: ${dataset.municipalities} kommuner, ${dataset.organisations.length} organisationer, ` +
        `${dataset.units.length} enheder, ${dataset.offers.length} tilbud, ${dataset.contacts.length} kontakter`,
    );

    t0 = performance.now();
    const bars = new Map<string, ProgressBar>();
    await insertBenchDataset(database.dataSource, dataset, (table, done, total) => {
      if (!bars.has(table)) bars.set(table, new ProgressBar(`Indsætter ${table}`));
      bars.get(table)!.update(done, total);
    });
    const insertMs = performance.now() - t0;

    note('Starter Vejviser …');
    app = await NestFactory.create(AppModule.forRoot(database, config), { logger: ['error'] });
    configureHttp(app, { corsOrigins: [], production: false, trustProxy: false, sandbox: false });
    await app.init();

    t0 = performance.now();
    const indexBar = new ProgressBar('Søgeindeks');
    const report = await app.get(SearchReindexer).run((_engine, done, total) => indexBar.update(done, total));
    const indexMs = performance.now() - t0;
    t0 = performance.now();
    await database.dataSource.query('ANALYZE');
    const analyzeMs = performance.now() - t0;

    await app.listen(0, '127.0.0.1');
    const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    client = new pg.Client(database.pglite ? createPgConfig(database.pglite) : { connectionString: server!.url });
    await client.connect();

    out(
      `Vejviser søgning på ${serverUrl ? `PostgreSQL (${new URL(serverUrl).host})` : 'PGlite i hukommelsen'}: ` +
        `${dataset.municipalities} kommuner, ${dataset.offers.length} tilbud, ${dataset.contacts.length} kontakter, ${report.documents} søgedokumenter`,
    );
    out(
      `Opbygning: generering ${seconds(generateMs)}, indsættelse ${seconds(insertMs)}, søgeindeks ${seconds(indexMs)}, ANALYZE ${seconds(analyzeMs)}`,
    );
    out(`${opts.runs} målinger pr. forespørgsel efter ${opts.warmup} opvarmning; HTTP = POST /graphql på ${url}`);
    out(`SQL = de samme sætninger, som søgemaskinen kørte for forespørgslen, på en rå forbindelse (sætn. = antal)`);
    out();
    out(
      'forespørgsel'.padEnd(40) +
        'hits'.padStart(7) +
        'HTTP p50'.padStart(10) +
        'p95'.padStart(8) +
        'SQL p50'.padStart(10) +
        'p95'.padStart(8) +
        'sætn.'.padStart(7) +
        'HTTP/SQL'.padStart(10),
    );
    for (const [label, call] of CASES) {
      let data: Record<string, unknown> = {};
      for (let i = 0; i < opts.warmup; i++) await postGraphQL(url, call);
      const statements: Statement[] = await recorder.record(async () => (data = await postGraphQL(url, call)));
      const http: number[] = [];
      const sql: number[] = [];
      // Alternating, so both see the same state of caches and machine.
      for (let i = 0; i < opts.runs; i++) {
        http.push(await timed(() => postGraphQL(url, call)));
        sql.push(await timed(() => replay(client!, statements)));
      }
      const found = data.search as { totalCount: number; correctedQuery: string | null } | undefined;
      const hits = found ? found.totalCount : (data.suggest as unknown[]).length;
      const [h50, h95, s50, s95] = [quantile(http, 0.5), quantile(http, 0.95), quantile(sql, 0.5), quantile(sql, 0.95)];
      out(
        label.padEnd(40) +
          String(hits).padStart(7) +
          ms(h50).padStart(10) +
          ms(h95).padStart(8) +
          ms(s50).padStart(10) +
          ms(s95).padStart(8) +
          String(statements.length).padStart(7) +
          `${(h50 / s50).toFixed(2)}×`.padStart(10),
      );
      if (found?.correctedQuery) out(`  (rettet til "${found.correctedQuery}")`);
    }
    out();
    out('Tider i ms. HTTP/SQL er forholdet mellem medianerne.');
  } finally {
    await cleanup();
  }
}

main().catch((error: Error) => {
  if (interrupted) return;
  note(`bench:search fejlede: ${error.message}`);
  process.exit(1);
});
