import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { DATE_TIME_SCALARS } from '#core';
import { SCHEMA_RESOLVERS } from '../graphql/schema-resolvers.js';

/**
 * `npm run schema` writes schema/schema.graphql from the code; `npm run schema:check` fails when
 * the committed file differs from what the code defines.
 */
const FILE = 'schema/schema.graphql';
const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
await app.init();
const schema = await app.get(GraphQLSchemaFactory).create(SCHEMA_RESOLVERS, { scalarsMap: DATE_TIME_SCALARS });
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
