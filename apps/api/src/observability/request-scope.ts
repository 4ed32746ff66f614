import { AsyncLocalStorage } from 'node:async_hooks';

/** What one HTTP request collects for its log line and metrics while it runs. */
export interface RequestScope {
  id: string;
  /** The GraphQL operation's name from the document (never the client's free-text field), or null. */
  operation?: string | null;
  operationType?: string;
  /** Root fields of an anonymous operation: schema names, not data. */
  rootFields?: string[];
  /** Codes of errors in the GraphQL response (extensions.code) and of typed ErrorResult answers. */
  errorCodes?: string[];
  /** Until when the GraphQL answer holds as the clock moves (RequestContext.heldUntil), once GraphQL has a context. */
  answerHolds?: () => number;
}

const storage = new AsyncLocalStorage<RequestScope>();

export const requestScope = {
  run<T>(scope: RequestScope, work: () => T): T {
    return storage.run(scope, work);
  },
  current(): RequestScope | undefined {
    return storage.getStore();
  },
};
