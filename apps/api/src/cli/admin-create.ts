import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { AccountsService, Role } from '#auth';
import { AppModule } from '../app.module.js';
import { configOrFail, databaseOrFail, stop } from '../bootstrap.js';

/**
 * `npm run admin:create -- --email anna@example.org [--name "Anna Holm"] [--password …]`: creates an
 * administrator. Without --password a strong one is made and printed once.
 */
let args: { email?: string; name?: string; password?: string };
try {
  args = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } } }).values;
} catch (error) {
  stop(`admin:create: ${(error as Error).message}`);
}
const email = args.email?.trim().toLowerCase();
if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) stop('admin:create kræver --email med en gyldig e-mailadresse.');
if (args.password !== undefined && args.password.length < 12) stop('admin:create: --password skal være mindst 12 tegn.');

const config = configOrFail();
const database = await databaseOrFail(config);
const app = await NestFactory.createApplicationContext(AppModule.forRoot(database, { ...config, jobs: { ...config.jobs, work: false } }), {
  logger: ['error', 'warn'],
});
await app.init();
const accounts = app.get(AccountsService);
const password = args.password ?? randomBytes(18).toString('base64url');
try {
  if (await accounts.findByEmail(email)) stop(`Der findes allerede en konto med ${email}.`);
  await accounts.create({ email, displayName: args.name?.trim() || email, password, grants: [{ role: Role.ADMIN }] });
  process.stdout.write(`Administrator oprettet: ${email}\n`);
  if (!args.password) process.stdout.write(`Adgangskode (vises kun nu): ${password}\n`);
} finally {
  await app.close();
  await database.close();
}
