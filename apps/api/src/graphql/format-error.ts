import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AccessDeniedError, BadInputError } from '#core';

const logger = new Logger('GraphQL');
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_REQUESTS',
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Apollo's and graphql-js's messages that say nothing to a person, in Danish. */
function clientMessage(code: string, message: string): string {
  if (code === 'PERSISTED_QUERY_NOT_SUPPORTED')
    return 'Vejviser understøtter ikke gemte forespørgsler (persisted queries). Send forespørgslen i "query".';
  const tokens = /Document contains more that (\d+) tokens/.exec(message);
  if (code === 'GRAPHQL_PARSE_FAILED' && tokens) return `Forespørgslen er for lang (over ${tokens[1]} led: navne, tegn og værdier).`;
  return message;
}

/**
 * What a client sees of an error: a code and a message, never a stack trace. Unexpected errors are
 * logged here in full and reach the client as a plain internal error.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof BadInputError) {
    const fieldErrors = original.fieldErrors.length ? { fieldErrors: original.fieldErrors } : {};
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', ...fieldErrors },
    };
  }
  if (original instanceof AccessDeniedError) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'FORBIDDEN' } };
  }
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (CLIENT_CODES.has(code)) {
    return { message: clientMessage(code, formatted.message), locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  logger.error(original?.stack ?? formatted.message);
  return {
    message: 'Der opstod en intern fejl. Prøv igen, eller kontakt support.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
