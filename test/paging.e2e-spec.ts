import { randomUUID } from 'node:crypto';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isInputObjectType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type IntrospectionQuery,
} from 'graphql';
import { signInAsAdmin, startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

/** A connection field and how to ask it for one page: the call's arguments with `$first` in place, and its largest page. */
interface PagedField {
  name: string;
  call: string;
  max: number;
}

/** The largest page a `first` argument allows, from its description ("Page size, 1 to 100 (default 20)."). */
function maxOf(first: GraphQLArgument | GraphQLInputField): number {
  const match = /\b1 to (\d+)\b/.exec(first.description ?? '');
  if (!match) throw new Error(`"first" of ${first.name} does not say its range: ${first.description}`);
  return Number(match[1]);
}

/** A value for a required argument that is not the page size: the page size must be refused before it matters. */
function placeholder(arg: GraphQLArgument | GraphQLInputField): string {
  const type = getNamedType(arg.type).name;
  if (type === 'ID') return `"${randomUUID()}"`;
  if (type === 'Int') return '14';
  return '"x"';
}

function pagedCall(field: GraphQLField<unknown, unknown>): PagedField | null {
  const direct = field.args.find((a) => a.name === 'first');
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined && a !== direct);
  if (direct) {
    const args = ['first: $first', ...required.map((a) => `${a.name}: ${placeholder(a)}`)];
    return { name: field.name, call: `${field.name}(${args.join(', ')})`, max: maxOf(direct) };
  }
  // A connection paged inside its input object, like search(input: { first }).
  for (const arg of field.args) {
    const input = getNamedType(arg.type);
    if (!isInputObjectType(input)) continue;
    const first = input.getFields().first;
    if (!first) continue;
    return { name: field.name, call: `${field.name}(${arg.name}: { first: $first })`, max: maxOf(first) };
  }
  return null;
}

describe('paging: every connection refuses a page size outside 1..max', () => {
  let t: TestApp;
  let adminToken: string;
  let fields: PagedField[];
  let networkId: string;

  beforeAll(async () => {
    t = await startTestApp();
    adminToken = await signInAsAdmin(t);
    const introspection = await t.graphql<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true }));
    const query = buildClientSchema(introspection.data!).getQueryType()!;
    const connections = Object.values(query.getFields()).filter((f) => getNamedType(f.type).name.endsWith('Connection'));
    fields = connections.map((f) => {
      const paged = pagedCall(f);
      if (!paged) throw new Error(`The connection ${f.name} has no "first" argument.`);
      return paged;
    });
    const network = await t.graphql<{ createNetwork: { id: string } }>(
      `mutation { createNetwork(input: { name: "Sidetest" }) { ... on Network { id } } }`,
      {},
      { token: adminToken },
    );
    networkId = network.data!.createNetwork.id;
  });
  afterAll(() => t?.close());

  /** BAD_USER_INPUT with a Danish message naming "first" and the allowed range. */
  function expectRefused(res: GraphQLResponse, max: number): void {
    expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', `"first" skal være mellem 1 og ${max}.`]]);
  }

  it('finds the root connections in the schema', () => {
    expect(fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['contacts', 'offers', 'organisations', 'units', 'search', 'themeDays', 'mailMessages', 'verificationQueue']),
    );
  });

  it.each([0, -1, 'max + 1'] as const)('refuses first: %s in every root connection', async (bad) => {
    for (const field of fields) {
      const first = bad === 'max + 1' ? field.max + 1 : bad;
      const res = await t.graphql(`query($first: Int) { ${field.call} { totalCount } }`, { first }, { token: adminToken });
      expectRefused(res, field.max);
    }
  });

  it.each([0, -1, 101])("refuses first: %s in a network's members", async (first) => {
    const res = await t.graphql(
      `query($id: ID!, $first: Int) { network(id: $id) { members(first: $first) { totalCount } } }`,
      { id: networkId, first },
      { token: adminToken },
    );
    expectRefused(res, 100);
  });

  it('answers one page with first: 1 and with the largest page', async () => {
    for (const field of fields) {
      for (const first of [1, field.max]) {
        const res = await t.graphql(`query($first: Int) { ${field.call} { totalCount } }`, { first }, { token: adminToken });
        expect({ field: field.name, first, errors: res.errors }).toEqual({ field: field.name, first, errors: undefined });
      }
    }
  });
});
