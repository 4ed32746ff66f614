import 'reflect-metadata';
import { configOrFail, databaseOrFail } from '../bootstrap.js';

/** `npm run migrate`: applies pending migrations to the configured database and exits. */
const database = await databaseOrFail(configOrFail());
const [{ count }]: { count: string }[] = await database.dataSource.query(`SELECT count(*) AS count FROM migrations`);
process.stdout.write(`Databasen er opdateret (${count} migreringer i alt).\n`);
await database.close();
