import 'reflect-metadata';
import { prepareTemplate, TEMPLATE_FILE_ENV } from './test-database.js';

/** Child process of the Jest global setup: prints the template dump's path (PGlite) on its last line. */
await prepareTemplate();
process.stdout.write(`${process.env[TEMPLATE_FILE_ENV] ?? ''}\n`);
