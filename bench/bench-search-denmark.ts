import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import type { Database } from '#core';
import { SearchReindexer, SearchService, type SearchInput } from '#search';
import { AppModule } from '../apps/api/src/app.module.js';
import { ConfigError, loadConfig } from '../apps/api/src/config/config.js';
import { migrate, openAppDatabase } from '../apps/api/src/database.js';
import { configureHttp } from '../apps/api/src/http/configure-http.js';
import { buildBenchDataset } from './bench-dataset.js';
import { floorStatement, keptDataset, machineLine, markKept } from './bench-keep.js';
import { createBenchDatabase, insertBenchDataset, type BenchServerDatabase } from './bench-load.js';
import { StatementRecorder, postGraphQL, quantile, replay, timed, type GraphQLCall, type Statement } from './bench-measure.js';
import { ProgressBar } from '../apps/api/src/cli/progress-bar.js';
import { HANDOVER_ANSWER } from './load-operations.js';

/**
 * `npm run bench:search`: search and suggest latency over HTTP on a directory of Denmark's size,
 * next to the same SQL on a plain connection. Generates 98 municipalities, 20,000 offers and 60,000
 * contacts (invented, is_demo), writes them with plain SQL, builds the search index with the app's
 * own reindexer, starts the app on a free port on loopback and, per query, times the GraphQL request
 * and a replay of exactly the statements the search engine ran for it (captured from the app).
 *
 * Embedded PGlite in memory by default. With DATABASE_URL it creates a database of its own on that
 * server (vejviser_bench_…) and drops it at the end; the database named in the URL is not touched.
 * `--keep` builds the data once and reuses it: in the database named in DATABASE_URL (which must
 * exist), or on PGlite in `--data-dir` (default data/bench-search). Beside each search it times the
 * plain full-text floor (bench-keep.ts) on the same words (the corrected ones for a typo) and filters.
 *
 *   npm run bench:search -- [--offers 20000] [--contacts 60000] [--runs 30] [--warmup 3] [--keep [--data-dir D]]
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

const search = (input: SearchInput | Record<string, unknown>): GraphQLCall => ({
  query: SEARCH,
  variables: { input: { first: 10, ...input } },
});
const suggest = (prefix: string): GraphQLCall => ({ query: SUGGEST, variables: { prefix } });
/** The web app's handover answer (bench:load's operation) for one municipality, age and situation. */
const handover = (municipality: string, age: number, situation: string): GraphQLCall => ({
  query: HANDOVER_ANSWER,
  variables: { municipality, age, situations: [situation], at: null },
});
/** The cost of a request through HTTP, Nest and GraphQL alone: a second floor, printed first. */
const TRIVIAL: GraphQLCall = { query: '{ __typename }', variables: {} };

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
  ['handoverGuide Herning, 17 år, udskrivning', handover('0657', 17, 'discharge')],
];

function options() {
  const { values } = parseArgs({
    options: {
      offers: { type: 'string', default: '20000' },
      contacts: { type: 'string', default: '60000' },
      runs: { type: 'string', default: '30' },
      warmup: { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false },
      'data-dir': { type: 'string', default: 'data/bench-search' },
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
  return {
    offers: count('offers', 0),
    contacts: count('contacts', 0),
    runs: count('runs', 1),
    warmup: count('warmup', 0),
    keep: values.keep,
    dataDir: values['data-dir'],
  };
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
    if (serverUrl && opts.keep) {
      note(`--keep: bruger databasen i DATABASE_URL (${new URL(serverUrl).pathname.slice(1)}) og beholder den.`);
      database = await openAppDatabase({ kind: 'postgres', url: serverUrl }, recorder);
    } else if (serverUrl) {
      server = await createBenchDatabase(serverUrl).catch((error: Error) => {
        throw new Error(`DATABASE_URL: kan ikke oprette en database til målingen (${error.message}); brugeren skal have CREATEDB.`);
      });
      note(`DATABASE_URL: skriver i en ny database ${server.name} på ${new URL(serverUrl).host}; den slettes igen til sidst.`);
      database = await openAppDatabase({ kind: 'postgres', url: server.url }, recorder);
    } else {
      // The engine at scale, as the README reports it: with V8's optimizing compiler (PGLITE_OPTIMIZE=true).
      const dataDir = opts.keep ? opts.dataDir : 'memory://';
      database = await openAppDatabase({ kind: 'pglite', dataDir, optimize: true }, recorder);
    }
    note('Opretter skemaet (migreringer) …');
    await migrate(database);
    const kept = opts.keep ? await keptDataset(database.dataSource) : null;
    if (kept && (kept.offers !== opts.offers || kept.contacts !== opts.contacts))
      throw new Error(`--keep: databasen har ${kept.offers} tilbud og ${kept.contacts} kontakter; slet den eller brug de tal.`);
    let build = kept ? 'genbrugt (--keep)' : '';
    let documents = kept?.documents ?? 0;

    if (!kept) {
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
      build = `generering ${seconds(generateMs)}, indsættelse ${seconds(performance.now() - t0)}`;
    }

    note('Starter Vejviser …');
    app = await NestFactory.create(AppModule.forRoot(database, config), { logger: ['error'] });
    configureHttp(app, { corsOrigins: [], production: false, trustProxy: false, sandbox: false });
    await app.init();

    if (!kept) {
      let t0 = performance.now();
      const indexBar = new ProgressBar('Søgeindeks');
      documents = (await app.get(SearchReindexer).run((_engine, done, total) => indexBar.update(done, total))).documents;
      const indexMs = performance.now() - t0;
      t0 = performance.now();
      await database.dataSource.query('ANALYZE');
      build += `, søgeindeks ${seconds(indexMs)}, ANALYZE ${seconds(performance.now() - t0)}`;
      if (opts.keep) await markKept(database.dataSource, { offers: opts.offers, contacts: opts.contacts, documents });
    }

    await app.listen(0, '127.0.0.1');
    const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    client = new pg.Client(database.pglite ? createPgConfig(database.pglite) : { connectionString: server?.url ?? serverUrl! });
    await client.connect();

    out(
      `Vejviser søgning på ${serverUrl ? `PostgreSQL (${new URL(serverUrl).host})` : `PGlite ${opts.keep ? `i ${opts.dataDir}` : 'i hukommelsen'}`}: ` +
        `98 kommuner, ${opts.offers} tilbud, ${opts.contacts} kontakter, ${documents} søgedokumenter`,
    );
    out(await machineLine(database.dataSource));
    out(`Opbygning: ${build}`);
    if (database.pglite && !kept)
      out('PGlite giver sine shared_buffers størrelse efter dataene, når den starter: kør igen med --keep for at måle med dem.');
    out(`${opts.runs} målinger pr. forespørgsel efter ${opts.warmup} opvarmning; HTTP = POST /graphql på ${url}`);
    out(
      `SQL = de samme sætninger, som søgemaskinen kørte for forespørgslen, på en rå forbindelse, med deres planner-indstillinger (sætn. = antal; i alt = alle sætninger i forespørgslen, også indlæsning af posterne)`,
    );
    out(`HTTP-gulv = { __typename }: HTTP, Nest og GraphQL uden database`);
    out(`gulv = ren fuldtekst: websearch_to_tsquery + ts_rank … LIMIT 20, samme ord (rettede ved tastefejl) og filtre`);
    out();
    await measure({ url, opts, recorder, client, service: app.get(SearchService) });
    out();
    out('Tider i ms. HTTP/SQL og HTTP/gulv er forholdet mellem medianerne.');
  } finally {
    await cleanup();
  }
}

interface Measuring {
  url: string;
  opts: { runs: number; warmup: number };
  recorder: StatementRecorder;
  client: pg.Client;
  service: SearchService;
}

/** Per case: HTTP, the engine's own statements replayed, and for a search the plain full-text floor, alternating. */
async function measure({ url, opts, recorder, client, service }: Measuring): Promise<void> {
  const columns: [string, number][] = [
    ['hits', 7],
    ['HTTP p50', 10],
    ['p95', 8],
    ['SQL p50', 10],
    ['p95', 8],
    ['gulv p50', 10],
    ['p95', 8],
    ['sætn.', 7],
    ['i alt', 7],
    ['HTTP/SQL', 10],
    ['HTTP/gulv', 11],
  ];
  out('forespørgsel'.padEnd(40) + columns.map(([name, width]) => name.padStart(width)).join(''));
  for (const [label, call] of [['HTTP-gulv: { __typename }', TRIVIAL] as const, ...CASES]) {
    let data: Record<string, unknown> = {};
    for (let i = 0; i < opts.warmup; i++) await postGraphQL(url, call);
    const statements: Statement[] = await recorder.record(async () => (data = await postGraphQL(url, call)));
    const total = recorder.lastTotal;
    const found = data.search as { totalCount: number; correctedQuery: string | null } | undefined;
    const input = (call.variables as { input?: SearchInput }).input;
    let floor: Statement[] = [];
    if (found && input) {
      const openAt = (input.openAt as Date | string | null | undefined) ?? null;
      const query = await service.toQuery({ ...input, openAt: openAt === null ? null : new Date(openAt) });
      floor = [floorStatement(query, found.correctedQuery ?? query.text)];
    }
    const [http, sql, plain]: number[][] = [[], [], []];
    // Alternating, so all see the same state of caches and machine.
    for (let i = 0; i < opts.runs; i++) {
      http.push(await timed(() => postGraphQL(url, call)));
      if (statements.length) sql.push(await timed(() => replay(client, statements)));
      if (floor.length) plain.push(await timed(() => replay(client, floor)));
    }
    const hits = found ? found.totalCount : Array.isArray(data.suggest) ? data.suggest.length : 1;
    const q = (samples: number[], at: number) => (samples.length ? quantile(samples, at) : NaN);
    const [h50, s50, f50] = [q(http, 0.5), q(sql, 0.5), q(plain, 0.5)];
    const cells = [
      String(hits),
      ms(h50),
      ms(q(http, 0.95)),
      sql.length ? ms(s50) : '–',
      sql.length ? ms(q(sql, 0.95)) : '–',
      plain.length ? ms(f50) : '–',
      plain.length ? ms(q(plain, 0.95)) : '–',
      String(statements.length),
      String(total),
      sql.length ? `${(h50 / s50).toFixed(2)}×` : '–',
      plain.length ? `${(h50 / f50).toFixed(2)}×` : '–',
    ];
    out(label.padEnd(40) + cells.map((cell, i) => cell.padStart(columns[i][1])).join(''));
    if (found?.correctedQuery) out(`  (rettet til "${found.correctedQuery}")`);
  }
}

main().catch((error: Error) => {
  if (interrupted) return;
  note(`bench:search fejlede: ${error.message}`);
  process.exit(1);
});
