import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { copenhagenDate } from '../time/copenhagen.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date that exists, written YYYY-MM-DD: not "2027-02-30" (which Date.parse rolls over) nor year 0000. */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value) || value.startsWith('0000')) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError(`Ugyldig dato: ${JSON.stringify(value)}. Skriv den som ÅÅÅÅ-MM-DD.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A calendar date without time or zone, written YYYY-MM-DD. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parse(value)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('En dato skal være en tekst, fx "2027-02-01".');
    return parse(ast.value);
  },
});

/** Today's date in Denmark, as YYYY-MM-DD. */
export function todayInDenmark(now = new Date()): string {
  return copenhagenDate(now);
}
