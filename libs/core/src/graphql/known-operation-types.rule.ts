import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

const NAMES = { query: 'forespørgsler (query)', mutation: 'ændringer (mutation)', subscription: 'abonnementer (subscription)' } as const;

/**
 * Refuses an operation whose root type the schema lacks (Vejviser has no Subscription type), before anything
 * runs: graphql-js 16 only finds out while executing, and answers that as an internal error.
 */
export function knownOperationTypes(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      if (context.getSchema().getRootType(operation.operation)) return;
      context.reportError(
        new GraphQLError(`Vejviser har ingen ${NAMES[operation.operation]}. Brug query eller mutation.`, {
          nodes: [operation],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      );
    },
  };
}
