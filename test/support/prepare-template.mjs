// Child process of the Jest global setup: migrates the template with the app's migrations (they live in apps/api,
// which libs/testing may not import) and prints where it is (a PGlite data directory or a server database) as JSON on its last line.
import 'reflect-metadata';
import { MIGRATIONS } from '../../dist/apps/api/src/migrations/index.js';
import { prepareTemplate, TEMPLATE_DB_ENV, TEMPLATE_DIR_ENV } from '../../dist/libs/testing/src/test-database.js';

await prepareTemplate(MIGRATIONS);
process.stdout.write(`${JSON.stringify({ dir: process.env[TEMPLATE_DIR_ENV] ?? null, database: process.env[TEMPLATE_DB_ENV] ?? null })}\n`);
