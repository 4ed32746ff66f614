import 'reflect-metadata';
import { prepareTemplate, TEMPLATE_DB_ENV, TEMPLATE_FILE_ENV } from './test-database.js';

/** Child process of the Jest global setup: prints where the template is (a PGlite dump or a server database) as JSON on its last line. */
await prepareTemplate();
process.stdout.write(
  `${JSON.stringify({ file: process.env[TEMPLATE_FILE_ENV] ?? null, database: process.env[TEMPLATE_DB_ENV] ?? null })}\n`,
);
