import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import {
  PostgresSearchEngine,
  RELEVANCE_CASES,
  RELEVANCE_FLOOR,
  SEARCH_ENGINE,
  SearchReindexer,
  SearchService,
  belowFloor,
  engineSearch,
  evaluateRelevance,
  formatReport,
  loadRelevanceCatalogue,
  type SearchEngine,
} from '#search';
import { DemoSeeder } from '#demo';
import { AppModule } from '../apps/api/src/app.module.js';
import { loadConfig } from '../apps/api/src/config/config.js';
import { migrate, openAppDatabase } from '../apps/api/src/database.js';

/**
 * `npm run search:eval`: the relevance suite (libs/search/src/relevance) on the demo data in an
 * in-memory PGlite, per engine: precision@3 and MRR per kind of query and overall, and the cases
 * that failed (`--verbose`: every case and its first three hits). Exits 1 when an engine is below
 * RELEVANCE_FLOOR. With MEILI_URL the demo data goes to an index of its own (EVAL_INDEX), never the live one.
 */
const EVAL_INDEX = 'vejviser_relevance_eval';
const verbose = process.argv.includes('--verbose');
const out = (line: string) => process.stdout.write(`${line}\n`);

/**
 * The engines to evaluate: PostgreSQL always, and the engine the app is configured with when it is
 * another one (Meilisearch when MEILI_URL is set). The demo seed indexes into the configured engine.
 */
function enginesOf(app: INestApplicationContext): SearchEngine[] {
  const configured = app.get<SearchEngine>(SEARCH_ENGINE);
  let postgres: SearchEngine;
  try {
    postgres = app.get(PostgresSearchEngine, { strict: false });
  } catch {
    postgres = configured.name === 'postgres' ? configured : new PostgresSearchEngine(app.get(DataSource));
  }
  return configured === postgres || configured.name === postgres.name ? [postgres] : [postgres, configured];
}

const database = await openAppDatabase({ kind: 'pglite', dataDir: 'memory://' });
await migrate(database);
const config = loadConfig();
const meilisearch = config.search.meilisearch && { ...config.search.meilisearch, indexName: EVAL_INDEX };
const app = await NestFactory.createApplicationContext(
  AppModule.forRoot(database, { ...config, search: { meilisearch }, jobs: { ...config.jobs, work: false } }),
  { logger: ['error'] },
);
await app.init();
await DemoSeeder.of(app).seed();
let engines = enginesOf(app);
let failed = false;
if (engines.length > 1) {
  // The seed wrote the PostgreSQL index; another engine is fed by jobs (not running here): build it whole.
  const rebuilt = await app.get(SearchReindexer).run();
  if (rebuilt.meilisearchError) {
    out(`${engines[1].name}: index could not be built (${rebuilt.meilisearchError}); not evaluated`);
    [engines, failed] = [engines.slice(0, 1), true];
  }
}
const catalogue = await loadRelevanceCatalogue(database.dataSource);
const service = app.get(SearchService);

for (const engine of engines) {
  const report = await evaluateRelevance(engineSearch(service, engine), catalogue, RELEVANCE_CASES);
  out(`\n== ${engine.name}: ${RELEVANCE_CASES.length} queries over ${catalogue.length} demo records`);
  out(formatReport(report, { verbose }));
  const shortfalls = belowFloor(report, RELEVANCE_FLOOR);
  out(
    shortfalls.length
      ? `BELOW FLOOR: ${shortfalls.join('; ')}`
      : `floor met (precision@3 ≥ ${RELEVANCE_FLOOR.precisionAt3}, MRR ≥ ${RELEVANCE_FLOOR.mrr}, cases passed ≥ ${RELEVANCE_FLOOR.passRate})`,
  );
  failed ||= shortfalls.length > 0;
}
await app.close();
await database.close();
process.exit(failed ? 1 : 0);
