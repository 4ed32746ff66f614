import type { Type } from '@nestjs/common';
import { createUnionType } from '@nestjs/graphql';

/** A mutation result union, e.g. `OfferResult = Offer | ValidationError | NotFoundError`. */
export function resultUnion(name: string, types: readonly Type<unknown>[], description?: string) {
  return createUnionType({
    name,
    description,
    types: () => types,
    resolveType: (value: object) => types.find((type) => value instanceof type),
  });
}
