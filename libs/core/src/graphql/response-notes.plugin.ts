import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context/request-context.js';

/**
 * Copies what resolvers noted on the request context (`ctx.note(key, value)`) into the response's
 * `extensions`, e.g. `extensions.search = { engine: 'postgres', fallback: true, reason }`.
 */
export function responseNotes(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const notes = contextValue.ctx?.notes;
          if (!notes?.size || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, ...Object.fromEntries(notes) };
        },
      };
    },
  };
}
