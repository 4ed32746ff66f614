import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getNamedType, isListType, getNullableType, type DocumentNode, type GraphQLField, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { GraphQLContext } from '../context/request-context.js';
import type { RateLimiter, RateLimitRule } from '../limits/rate-limiter.js';

export interface OperationLimits {
  /** Roughly: the number of objects an operation may ask for, page sizes multiplied through. */
  maxComplexity: number;
  /** MUTATIONS_PER_MINUTE: mutations per minute of one signed-in account, whatever address it comes from. */
  mutationsPerMinute: number;
  /**
   * ANONYMOUS_MUTATIONS_PER_MINUTE: mutations per minute without sign-in from one address. A whole
   * town hall can share one address, so this is a ceiling for a crowd, not for one person.
   */
  anonymousMutationsPerMinute: number;
}

/** The limits a deployment starts with (README: "Configuration"). */
export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxComplexity: 20_000,
  mutationsPerMinute: 120,
  anonymousMutationsPerMinute: 600,
};

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

/** Estimates kept per parsed document (Apollo's document cache hands the same object to every request with the same text). */
const MAX_ESTIMATES_PER_DOCUMENT = 256;
const estimates = new WeakMap<DocumentNode, Map<string, number>>();

/**
 * The cost estimate of one operation with these variables: the same document with the same variables costs the same,
 * so it is worked out once (the walk over the whole query is most of what a small request costs) and kept with the
 * document, at most MAX_ESTIMATES_PER_DOCUMENT variable sets each, so memory stays bounded by Apollo's document cache.
 */
function complexityOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  let known = estimates.get(document);
  if (!known) estimates.set(document, (known = new Map()));
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  let complexity = 0;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    // Variables that do not fit their types: execution answers that as BAD_USER_INPUT.
  }
  if (known.size >= MAX_ESTIMATES_PER_DOCUMENT) known.clear();
  known.set(key, complexity);
  return complexity;
}

/** Signed-in callers count per account; anonymous ones per address. */
function mutationRule(limits: OperationLimits, { ctx }: GraphQLContext): RateLimitRule {
  return ctx.accountId
    ? { scope: 'mutations:account', subject: ctx.accountId, limit: limits.mutationsPerMinute, windowSeconds: 60 }
    : { scope: 'mutations:address', subject: ctx.clientAddress, limit: limits.anonymousMutationsPerMinute, windowSeconds: 60 };
}

/**
 * Refuses operations that would fetch too much (a cost estimate over the whole query) and callers
 * that send mutations faster than people do. Mutations count in the database (one upsert each), so
 * several API processes enforce one limit; queries write nothing.
 */
export function operationLimits(limits: OperationLimits, limiter: RateLimiter): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation, contextValue }) {
          const complexity = complexityOf(schema, document, request.operationName ?? undefined, request.variables ?? {});
          if (complexity > limits.maxComplexity) {
            throw new GraphQLError(
              `Forespørgslen beder om for meget på én gang (anslået ${complexity}; højst ${limits.maxComplexity}). Brug mindre sider.`,
              {
                extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
              },
            );
          }
          if (operation?.operation !== 'mutation') return;
          await limiter.enforce([mutationRule(limits, contextValue)], 'For mange ændringer på kort tid. Vent et øjeblik, og prøv igen.');
        },
      };
    },
  };
}
