import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { AccountsService, Role } from '#auth';
import { RequestContext } from '#core';
import { HsdsBadRequest, HsdsImport } from '#hsds';
import { SearchReindexer } from '#search';
import { AppModule } from '../app.module.js';
import { configOrFail, databaseOrFail, stop } from '../bootstrap.js';
import { ProgressBar } from './progress-bar.js';

/**
 * `npm run import:hsds -- katalog.zip --admin anna@example.org`: reads an HSDS tabular package (as
 * export:hsds writes it) into an empty instance, as that administrator, in one transaction (a record refused
 * leaves the database as it was), then rebuilds the search index.
 */
let args: { file?: string; admin?: string };
try {
  const parsed = parseArgs({ allowPositionals: true, options: { admin: { type: 'string' } } });
  args = { file: parsed.positionals[0], admin: parsed.values.admin };
} catch (error) {
  stop(`import:hsds: ${(error as Error).message}`);
}
if (!args.file || !args.admin)
  stop('import:hsds kræver en pakke og en administrator, fx: npm run import:hsds -- katalog.zip --admin anna@example.org');
const zip = new Uint8Array(readFileSync(args.file));

const config = configOrFail();
const database = await databaseOrFail(config);
const app = await NestFactory.createApplicationContext(AppModule.forRoot(database, { ...config, jobs: { ...config.jobs, work: false } }), {
  logger: ['error', 'warn'],
});
await app.init();
try {
  const accounts = app.get(AccountsService);
  const admin = await accounts.findByEmail(args.admin.trim().toLowerCase());
  const grants = admin ? await accounts.grantsOf(admin.id) : [];
  if (!admin || !grants.some((g) => g.role === Role.ADMIN)) throw new HsdsBadRequest(`${args.admin} er ikke en administrator.`);
  const bar = new ProgressBar('Import');
  const started = performance.now();
  const report = await app
    .get(HsdsImport)
    .run(new RequestContext({ kind: 'account', accountId: admin.id, grants }), zip, (done, total) => bar.update(done, total));
  const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
  await app.get(SearchReindexer).run(() => undefined);
  process.stdout.write(
    `Importeret i én transaktion på ${seconds} s: ${report.organisations} organisationer, ${report.contacts} kontakter, ${report.offers} tilbud.\n`,
  );
} catch (error) {
  if (!(error instanceof HsdsBadRequest)) throw error;
  // Nothing was saved (the import is one transaction): the database is closed as usual before the exit code says so.
  process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}import:hsds: ${error.message}\n`);
  process.exitCode = 1;
} finally {
  await app.close();
  await database.close();
}
