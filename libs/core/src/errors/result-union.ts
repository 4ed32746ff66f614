import type { Type } from '@nestjs/common';
import { createUnionType } from '@nestjs/graphql';
import type { GraphQLContext } from '../context/request-context.js';

/** An ErrorResult answer (ValidationError, NotFoundError, …): a `code` and a `message` for people. */
function failureCode(value: object): string | null {
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string' ? code : null;
}

declare const members: unique symbol;

/** A result union's GraphQL type, carrying the TypeScript type of its members for `ResultOf`. */
export type ResultUnion<Member> = object & { readonly [members]?: Member };

/**
 * What a resolver of the union may return: `Promise<ResultOf<typeof OfferResult>>`. A service that may
 * answer with a member the union lacks (say ConflictError) then fails to compile instead of failing at run time.
 */
export type ResultOf<Union> = Union extends ResultUnion<infer Member> ? Member : never;

/** Every result union made, with its member classes: a spec proves each member resolves to its own type. */
export const RESULT_UNIONS: { name: string; types: readonly Type<object>[] }[] = [];

/** A mutation result union, e.g. `OfferResult = Offer | ValidationError | NotFoundError`. */
export function resultUnion<const Types extends readonly Type<object>[]>(
  name: string,
  types: Types,
  description?: string,
): ResultUnion<InstanceType<Types[number]>> {
  RESULT_UNIONS.push({ name, types });
  return createUnionType({
    name,
    description,
    types: () => types,
    resolveType: (value: object, context: Partial<GraphQLContext> | undefined) => {
      const code = failureCode(value);
      if (code) context?.ctx?.failures.push(code);
      return types.find((type) => value instanceof type);
    },
  }) as ResultUnion<InstanceType<Types[number]>>;
}
