import type { Type } from '@nestjs/common';
import { createUnionType } from '@nestjs/graphql';
import type { GraphQLContext } from '../context/request-context.js';

/** An ErrorResult answer (ValidationError, NotFoundError, …): a `code` and a `message` for people. */
function failureCode(value: object): string | null {
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string' ? code : null;
}

/** A mutation result union, e.g. `OfferResult = Offer | ValidationError | NotFoundError`. */
export function resultUnion(name: string, types: readonly Type<unknown>[], description?: string) {
  return createUnionType({
    name,
    description,
    types: () => types,
    resolveType: (value: object, context: Partial<GraphQLContext> | undefined) => {
      const code = failureCode(value);
      if (code) context?.ctx?.failures.push(code);
      return types.find((type) => value instanceof type);
    },
  });
}
