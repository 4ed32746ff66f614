import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLAbstractType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';

// Walks the committed schema: every argument and input field of every root operation, with a value of
// the right type for everything a case does not aim at. Shared by the bad-input and CPR suites.

export const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));

export type Kind = 'query' | 'mutation';
export type Segment = string | number;
export interface RootField {
  kind: Kind;
  field: GraphQLField<unknown, unknown>;
}
/** One place a value can go: `input.channels.0.label`, with the type that belongs there. */
export interface Leaf {
  path: Segment[];
  type: GraphQLInputType;
  /** `InputType.field` or `Mutation.field.argument`, as the server's input policy names it. */
  key: string;
}

export function rootFields(): RootField[] {
  return [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field })),
  ];
}

/** Every place in the arguments of `field`, lists entered at item 0, input objects to their leaves. */
export function leavesOf(root: RootField): Leaf[] {
  const owner = `${root.kind === 'query' ? 'Query' : 'Mutation'}.${root.field.name}`;
  const out: Leaf[] = [];
  const walk = (type: GraphQLInputType, path: Segment[], key: string, seen: Set<string>) => {
    out.push({ path, type, key });
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) return walk(inner.ofType, [...path, 0], key, seen);
    if (isInputObjectType(inner) && !seen.has(inner.name)) {
      for (const f of Object.values(inner.getFields()))
        walk(f.type, [...path, f.name], `${inner.name}.${f.name}`, new Set([...seen, inner.name]));
    }
  };
  for (const arg of root.field.args) walk(arg.type, [arg.name], `${owner}.${arg.name}`, new Set());
  return out;
}

/** Real ids by table, so a case reaches past "not found" into the code that reads the value. */
export type KnownIds = Map<string, string>;

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/^_/, '');
const VERBS =
  /^(create|update|delete|verify|cancel|erase|approve|reject|decide|remove|add|mark|set|leave|withdraw|apply(To)?|register(For)?|confirm|subscribe(To)?|unsubscribe(From)?)/;

function idFor(name: string, operation: string, ids: KnownIds): string {
  const entity = name === 'id' ? operation.replace(VERBS, '') : name.replace(/Ids?$/, '');
  return ids.get(snake(entity)) ?? ids.get(snake(entity.replace(/^(successor|new|old)/, ''))) ?? randomUUID();
}

function sampleScalar(type: GraphQLNamedType, name: string, operation: string, ids: KnownIds): unknown {
  switch (type.name) {
    case 'ID':
      return idFor(name, operation, ids);
    case 'Int':
      return /age/i.test(name) ? 17 : 10;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2027-01-05T10:00:00+01:00';
    case 'LocalDate':
      return '2027-01-05';
    default:
      if (/email|^to$/i.test(name)) return 'fuzz.demo@example.org';
      if (/municipalit/i.test(name)) return '0217';
      if (/^region/i.test(name)) return 'hovedstaden';
      if (/situation/i.test(name)) return 'discharge';
      if (/url|website/i.test(name)) return 'https://example.org/demo';
      if (/opens|startsAt/.test(name)) return '08:00';
      if (/closes|endsAt/.test(name)) return '16:00';
      return 'Demo fuzz';
  }
}

/** A value of `type` for the field `name`: required input fields filled, optional ones left out. */
export function sample(type: GraphQLInputType, name: string, operation: string, ids: KnownIds): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [sample(inner.ofType, name, operation, ids)];
  if (isEnumType(inner)) return inner.getValues()[0].name;
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) value[f.name] = sample(f.type, f.name, operation, ids);
    }
    return value;
  }
  return sampleScalar(inner, name, operation, ids);
}

/** Arguments for `root` with `value` at `path` and everything else required filled in. */
export function argumentsWith(root: RootField, path: Segment[], value: unknown, ids: KnownIds): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of root.field.args) {
    if (isNonNullType(arg.type) && arg.defaultValue === undefined) args[arg.name] = sample(arg.type, arg.name, root.field.name, ids);
  }
  let holder: Record<string | number, unknown> = args;
  let type: GraphQLInputType | undefined;
  for (let i = 0; i < path.length - 1; i++) {
    const segment = path[i];
    type = i === 0 ? argumentType(root, String(segment)) : childType(type!, segment);
    if (holder[segment] === undefined || holder[segment] === null) holder[segment] = sample(type, String(segment), root.field.name, ids);
    holder = holder[segment] as Record<string | number, unknown>;
  }
  holder[path[path.length - 1]] = value;
  return args;
}

function argumentType(root: RootField, name: string): GraphQLInputType {
  return (root.field.args.find((a) => a.name === name) as GraphQLArgument).type;
}

function childType(type: GraphQLInputType, segment: Segment): GraphQLInputType {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return inner.ofType;
  if (isInputObjectType(inner)) return inner.getFields()[String(segment)].type;
  throw new Error(`no ${segment} in ${inner.toString()}`);
}

/** The selection that makes a result readable: its type name, and the code and message of an error result. */
export function selectionOf(root: RootField): string {
  const named = getNamedType(root.field.type);
  if (isLeafType(named)) return '';
  if (isObjectType(named)) return '{ __typename }';
  const members = schema.getPossibleTypes(named as GraphQLAbstractType);
  const errors = members.some((t) => ERROR_RESULTS.has(t.name)) ? ' ... on ErrorResult { code message }' : '';
  const fields = members.some((t) => t.name === 'ValidationError') ? ' ... on ValidationError { fieldErrors { path message } }' : '';
  return `{ __typename${errors}${fields} }`;
}

/** `mutation($input: CreateOfferInput!) { createOffer(input: $input) { __typename … } }`, every argument a variable. */
export function operationText(root: RootField, args: Record<string, unknown>): string {
  const used = root.field.args.filter((a) => a.name in args);
  const variables = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = used.length ? `(${used.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  return `${root.kind}${variables ? `(${variables})` : ''} { ${root.field.name}${call} ${selectionOf(root)} }`;
}

/** Names of the result types that mean "refused" (they implement ErrorResult). */
export const ERROR_RESULTS = new Set(
  Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'ErrorResult'))
    .map((t) => t.name),
);
