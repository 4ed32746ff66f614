import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { isUnionType, type GraphQLResolveInfo, type GraphQLSchema, type GraphQLUnionType } from 'graphql';
import { DATE_TIME_SCALARS, RESULT_UNIONS } from '#core';
import { SCHEMA_RESOLVERS } from './schema-resolvers.js';

describe('result unions', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
    await app.init();
    schema = await app.get(GraphQLSchemaFactory).create(SCHEMA_RESOLVERS, { scalarsMap: DATE_TIME_SCALARS });
    await app.close();
  });

  it('are every …Result union of the schema, the directory records among them with ConflictError', () => {
    const unions = Object.values(schema.getTypeMap()).filter((t) => isUnionType(t) && t.name.endsWith('Result'));
    expect(unions.map((u) => u.name).sort()).toEqual(RESULT_UNIONS.map((u) => u.name).sort());
    for (const name of ['OfferResult', 'UnitResult', 'ContactResult', 'OrganisationResult']) {
      expect((schema.getType(name) as GraphQLUnionType).getTypes().map((t) => t.name)).toContain('ConflictError');
    }
  });

  it('resolve every member to a type of its own in the union', async () => {
    for (const { name, types } of RESULT_UNIONS) {
      const union = schema.getType(name) as GraphQLUnionType;
      const members = union.getTypes().map((t) => t.name);
      const resolved: (string | undefined)[] = [];
      for (const type of types) {
        // A failure carries code and message (resolveType counts it); any other member is a bare instance.
        const value: object = Object.assign(Object.create(type.prototype as object) as object, { code: 'TEST', message: 'test' });
        resolved.push(await union.resolveType!(value, {}, {} as GraphQLResolveInfo, union));
      }
      expect({ name, resolved: resolved.sort() }).toEqual({ name, resolved: [...members].sort() });
    }
  });
});
