import { readFile } from 'node:fs/promises';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionQuery,
} from 'graphql';
import { startTestApp, type TestApp } from './support/test-app.js';

/** SDL in one canonical form: parsed, sorted and printed again, so layout and order do not matter. */
function canonical(sdl: string): string {
  return printSchema(lexicographicSortSchema(buildSchema(sdl)));
}

describe('served schema', () => {
  let t: TestApp;
  let served: string;
  let committed: string;

  beforeAll(async () => {
    t = await startTestApp();
    const res = await t.graphql<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(res.errors).toBeUndefined();
    served = printSchema(lexicographicSortSchema(buildClientSchema(res.data!)));
    const file = await readFile(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
    expect(file.startsWith('#')).toBe(true);
    committed = file.slice(file.indexOf('\n') + 1);
  });
  afterAll(() => t?.close());

  it('equals the committed schema/schema.graphql, descriptions included', () => {
    expect(canonical(served)).toBe(canonical(committed));
  });

  it('has the contract operations on its root types', () => {
    const schema = buildSchema(served);
    const query = schema.getQueryType()!.getFields();
    const mutation = schema.getMutationType()!.getFields();
    for (const field of ['municipality', 'search', 'offers', 'offer', 'contacts', 'contact', 'organisations', 'units'])
      expect(query).toHaveProperty(field);
    for (const field of ['createOffer', 'createOrganisation', 'createUnit', 'createContact', 'deleteOffer', 'verifyOffer'])
      expect(mutation).toHaveProperty(field);
    expect(String(mutation.createOffer.type)).toBe('OfferResult!');
  });
});
