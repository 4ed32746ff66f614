import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DATE_TIME_EXAMPLE, DateTimeInputError, FIRST_YEAR, LAST_YEAR, parseDateTime } from '../time/copenhagen.js';

function parse(value: unknown): Date {
  if (typeof value !== 'string') throw invalid(`Et tidspunkt skal være en tekst i ISO 8601, fx ${DATE_TIME_EXAMPLE}.`);
  try {
    return parseDateTime(value);
  } catch (error) {
    if (error instanceof DateTimeInputError) throw invalid(error.message);
    throw error;
  }
}

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * Replaces Nest's `GraphQLISODateTime` under the same name and output (UTC, "2026-12-12T22:30:00.000Z"), but
 * reads a date-time without an offset as Copenhagen wall time instead of UTC. Mapped from `Date` in the
 * schema options (`scalarsMap`), and named explicitly where a field's type is not reflected.
 */
export const DateTimeScalar = new GraphQLScalarType<Date | null, string | null>({
  name: 'DateTime',
  description:
    'A date-time in ISO 8601, always answered in UTC, such as 2026-12-12T22:30:00.000Z. Input may carry an offset ' +
    '("2026-12-12T23:30:00+01:00", "…Z"); without one it is Copenhagen wall time ("2026-12-12T23:30" is 23:30 in Denmark). ' +
    'An hour that happens twice when summer time ends (2026-10-25T02:30) is its first occurrence, in summer time (+02:00); ' +
    `an hour skipped when summer time begins (2027-03-28T02:30) is refused, as are years before ${FIRST_YEAR} and after ${LAST_YEAR} ` +
    '(BAD_USER_INPUT with a Danish message).',
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
  parseValue: parse,
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) throw invalid(`Et tidspunkt skal være en tekst i ISO 8601, fx ${DATE_TIME_EXAMPLE}.`);
    return parse(ast.value);
  },
});

/** `Date` in a resolver's signature is this scalar, not Nest's UTC-only one (`buildSchemaOptions.scalarsMap`). */
export const DATE_TIME_SCALARS = [{ type: Date, scalar: DateTimeScalar }];
