import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AUTH_RESOLVERS } from '#auth';
import { AuditResolver, DATE_TIME_SCALARS } from '#core';
import { DIRECTORY_RESOLVERS } from '#directory';
import { GEOGRAPHY_RESOLVERS } from '#geography';
import { MAIL_RESOLVERS } from '#mail';
import { HANDOVER_RESOLVERS } from '#handover';
import { NETWORK_RESOLVERS } from '#network';
import { SEARCH_RESOLVERS } from '#search';
import { UPKEEP_RESOLVERS } from '#upkeep';

/**
 * `npm run schema` writes schema/schema.graphql from the code; `npm run schema:check` fails when
 * the committed file differs from what the code defines.
 */
const FILE = 'schema/schema.graphql';
const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
await app.init();
const schema = await app
  .get(GraphQLSchemaFactory)
  .create(
    [
      ...GEOGRAPHY_RESOLVERS,
      ...DIRECTORY_RESOLVERS,
      ...NETWORK_RESOLVERS,
      ...SEARCH_RESOLVERS,
      ...MAIL_RESOLVERS,
      ...AUTH_RESOLVERS,
      ...UPKEEP_RESOLVERS,
      ...HANDOVER_RESOLVERS,
      AuditResolver,
    ],
    { scalarsMap: DATE_TIME_SCALARS },
  );
const sdl = `# Generated from the code by \`npm run schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
await app.close();

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(FILE, 'utf8');
  } catch {
    // Missing counts as drift.
  }
  if (committed !== sdl) {
    process.stderr.write(`${FILE} matcher ikke koden. Kør "npm run schema" og commit filen.\n`);
    process.exit(1);
  }
  process.stdout.write(`${FILE} matcher koden.\n`);
} else {
  writeFileSync(FILE, sdl);
  process.stdout.write(`Skrev ${FILE}.\n`);
}
