import { Field, ID, InterfaceType, ObjectType } from '@nestjs/graphql';

@InterfaceType('ErrorResult', { description: 'An expected failure of a mutation. Nothing was written.' })
export abstract class ErrorResult {
  @Field({ description: 'Machine-readable code, e.g. VALIDATION_FAILED.' })
  code: string;

  @Field({ description: 'Danish text for people.' })
  message: string;
}

@ObjectType()
export class FieldError {
  @Field({ description: 'Path of the offending field, e.g. "input.ageMin" or "input.channels.0.value".' })
  path: string;

  @Field()
  message: string;
}

// Each failure's `code` is a literal type: it keeps the classes apart for TypeScript (ConflictError and ForbiddenError
// are otherwise the same shape), so a result union lacking one is a compile error (see resultUnion).
@ObjectType({ implements: () => [ErrorResult] })
export class ValidationError implements ErrorResult {
  @Field(() => String) code: 'VALIDATION_FAILED';
  @Field() message: string;
  @Field(() => [FieldError]) fieldErrors: FieldError[];

  static of(fieldErrors: FieldError[], message = 'Oplysningerne kunne ikke gemmes. Ret de markerede felter.'): ValidationError {
    return Object.assign(new ValidationError(), { code: 'VALIDATION_FAILED', message, fieldErrors });
  }

  static field(path: string, message: string): ValidationError {
    return ValidationError.of([{ path, message }]);
  }
}

@ObjectType({ implements: () => [ErrorResult] })
export class NotFoundError implements ErrorResult {
  @Field(() => String) code: 'NOT_FOUND';
  @Field() message: string;
  @Field(() => ID, { description: 'The id or code that was not found.' }) id: string;

  static of(what: string, id: string): NotFoundError {
    return Object.assign(new NotFoundError(), { code: 'NOT_FOUND', message: `${what} med id ${id} findes ikke.`, id });
  }
}

@ObjectType({ implements: () => [ErrorResult] })
export class ConflictError implements ErrorResult {
  @Field(() => String) code: 'CONFLICT';
  @Field() message: string;

  static of(message: string): ConflictError {
    return Object.assign(new ConflictError(), { code: 'CONFLICT', message });
  }
}

@ObjectType({ implements: () => [ErrorResult] })
export class ForbiddenError implements ErrorResult {
  @Field(() => String) code: 'FORBIDDEN';
  @Field() message: string;

  static of(message: string): ForbiddenError {
    return Object.assign(new ForbiddenError(), { code: 'FORBIDDEN', message });
  }
}

@ObjectType({ description: 'The record was deleted.' })
export class Deleted {
  @Field(() => ID) id: string;
}

export type MutationFailure = ValidationError | NotFoundError | ConflictError | ForbiddenError;

/** The members of a result union whose resolver may answer any MutationFailure: `resultUnion('X', [X, ...MUTATION_FAILURES])`. */
export const MUTATION_FAILURES = [ValidationError, NotFoundError, ConflictError, ForbiddenError] as const;

/** Thrown inside a transaction to roll it back and answer with a typed failure instead. */
export class MutationRejected extends Error {
  constructor(readonly result: MutationFailure) {
    super(result.message);
  }
}

/**
 * A query argument the client got wrong (a bad cursor, an unknown code). Thrown by services and
 * answered as a GraphQL error with code BAD_USER_INPUT and this Danish message.
 */
export class BadInputError extends Error {
  constructor(
    message: string,
    /** The arguments at fault, when known: answered in `extensions.fieldErrors`. */
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
  }
}

/** A query the caller may not make; answered with code FORBIDDEN. */
export class AccessDeniedError extends Error {}
