import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { GraphQLContext } from '#core';
import type { Metrics } from './metrics.js';
import { requestScope } from './request-scope.js';

/**
 * Notes each operation's name (from the document, never the client's `operationName` text), type,
 * root fields and error codes on the request's scope for its log line, and records its count,
 * duration and errors. Variables and the query text are never looked at.
 */
export function graphqlObserver(metrics: Metrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      const scope = requestScope.current();
      let name: string | null = null;
      let type = 'unknown';
      let rootFields: string[] = [];
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          name = operation.name?.value ?? null;
          type = operation.operation;
          rootFields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])).slice(0, 5);
          if (scope) {
            scope.operation = name;
            scope.operationType = type;
            scope.rootFields = rootFields;
          }
        },
        async willSendResponse({ response, contextValue }) {
          const codes =
            response.body.kind === 'single'
              ? (response.body.singleResult.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'))
              : [];
          const failures = contextValue.ctx?.failures ?? [];
          for (const code of codes) metrics.countError(code, 'graphql');
          for (const code of failures) metrics.countError(code, 'result');
          if (scope && (codes.length || failures.length)) scope.errorCodes = [...codes, ...failures];
          if (scope && type === 'unknown') scope.operationType = type;
          const label = name ?? (rootFields.length ? `(${rootFields.join(',')})` : 'unknown');
          metrics.observeOperation(label, type, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
