import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getNamedType, isListType, getNullableType, type GraphQLField } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { GraphQLContext } from '../context/request-context.js';

export interface OperationLimits {
  /** Roughly: the number of objects an operation may ask for, page sizes multiplied through. */
  maxComplexity: number;
  /** Mutations per minute per account (or per address for anonymous callers), in this process. */
  mutationsPerMinute: number;
}

/** A list or connection costs its children once per item it may return (`first`, else its default page). */
const pagedEstimator: ComplexityEstimator = ({ args, field, type: parent, childComplexity }) => {
  // Introspection (the sandbox, code generators) is not data: count it flat.
  if (parent.name.startsWith('__') || (field as GraphQLField<unknown, unknown>).name.startsWith('__')) return 1 + childComplexity;
  const type = getNullableType((field as GraphQLField<unknown, unknown>).type);
  const isConnection = getNamedType(type).name.endsWith('Connection');
  const first =
    typeof args.first === 'number'
      ? args.first
      : typeof (args.input as { first?: unknown })?.first === 'number'
        ? (args.input as { first: number }).first
        : null;
  // A connection's `edges` are its page, already counted where `first` was given.
  if ((field as GraphQLField<unknown, unknown>).name === 'edges') return 1 + childComplexity;
  if (first !== null) return 1 + childComplexity * Math.max(1, first);
  if (isConnection) return 1 + childComplexity * 20;
  if (isListType(type)) return 1 + childComplexity * 10;
  return undefined;
};

/**
 * Refuses operations that would fetch too much (a cost estimate over the whole query) and callers
 * that send mutations faster than people do. The mutation counter is per process: with several API
 * processes each allows the rate.
 */
export function operationLimits(limits: OperationLimits): ApolloServerPlugin<GraphQLContext> {
  const recent = new Map<string, number[]>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation, contextValue }) {
          let complexity = 0;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not fit their types: execution answers that as BAD_USER_INPUT.
          }
          if (complexity > limits.maxComplexity) {
            throw new GraphQLError(
              `Forespørgslen beder om for meget på én gang (anslået ${complexity}; højst ${limits.maxComplexity}). Brug mindre sider.`,
              {
                extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
              },
            );
          }
          if (operation?.operation !== 'mutation') return;
          const key = contextValue.ctx.accountId ?? `address:${contextValue.ctx.clientAddress}`;
          const now = Date.now();
          const window = (recent.get(key) ?? []).filter((at) => now - at < 60_000);
          if (window.length >= limits.mutationsPerMinute) {
            throw new GraphQLError('For mange ændringer på kort tid. Vent et øjeblik, og prøv igen.', {
              extensions: { code: 'TOO_MANY_REQUESTS', http: { status: 429 } },
            });
          }
          window.push(now);
          recent.set(key, window);
        },
      };
    },
  };
}
