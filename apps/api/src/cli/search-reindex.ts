import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { SearchReindexer, type ReindexEngine } from '#search';
import { AppModule } from '../app.module.js';
import { configOrFail, databaseOrFail } from '../bootstrap.js';
import { ProgressBar } from './progress-bar.js';

/**
 * `npm run search:reindex`: rebuilds the search index of every configured engine from the
 * directory: Meilisearch (MEILI_URL) in a fresh index swapped in atomically, so search keeps
 * working, and the PostgreSQL index, always kept as the fallback. Progress on stderr.
 */
const LABELS: Record<ReindexEngine, string> = { meilisearch: 'Meilisearch', postgres: 'PostgreSQL' };

const config = configOrFail();
const database = await databaseOrFail(config);
const app = await NestFactory.createApplicationContext(AppModule.forRoot(database, { ...config, jobs: { ...config.jobs, work: false } }), {
  logger: ['error', 'warn'],
});
await app.init();
const started = performance.now();
const bars = new Map<ReindexEngine, ProgressBar>();
const reindexer = app.get(SearchReindexer);
process.stderr.write(`Genopbygger søgeindekset i ${reindexer.engines.join(' og ')}\n`);
const report = await reindexer.run((engine, done, total) => {
  let bar = bars.get(engine);
  if (!bar) bars.set(engine, (bar = new ProgressBar(LABELS[engine])));
  bar.update(done, total);
});
await app.close();
await database.close();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (report.meilisearchError) {
  process.stderr.write(
    `MEILI_URL: Meilisearch blev ikke genopbygget: ${report.meilisearchError}. PostgreSQL-indekset er genopbygget (${report.documents} dokumenter).\n`,
  );
  process.exit(1);
}
process.stdout.write(`Søgeindekset er genopbygget: ${report.documents} dokumenter i ${report.engines.join(' og ')} på ${seconds} s.\n`);
