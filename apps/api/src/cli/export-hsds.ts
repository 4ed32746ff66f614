import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { HsdsExport } from '#hsds';
import { AppModule } from '../app.module.js';
import { configOrFail, databaseOrFail, stop } from '../bootstrap.js';

/**
 * `npm run export:hsds -- out.zip`: the public catalogue as HSDS 3.0's tabular form: one CSV per table and
 * datapackage.json in a zip (docs/hsds-profile.md). Only public data, as the /hsds/ API serves it.
 */
let file: string | undefined;
try {
  file = parseArgs({ allowPositionals: true, options: {} }).positionals[0];
} catch (error) {
  stop(`export:hsds: ${(error as Error).message}`);
}
if (!file || !file.endsWith('.zip')) stop('export:hsds kræver en fil at skrive til, fx: npm run export:hsds -- katalog.zip');

const config = configOrFail();
const database = await databaseOrFail(config);
const app = await NestFactory.createApplicationContext(AppModule.forRoot(database, { ...config, jobs: { ...config.jobs, work: false } }), {
  logger: ['error', 'warn'],
});
await app.init();
try {
  const zip = await app.get(HsdsExport).zip(new Date(), (done, what) => process.stderr.write(`${done} ${what}\n`));
  writeFileSync(file, zip);
  process.stdout.write(`HSDS-pakken er skrevet til ${file} (${Math.ceil(zip.length / 1024)} kB).\n`);
} finally {
  await app.close();
  await database.close();
}
