import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { useSession } from '../auth/session-store';
import { request } from './graphql';

export type QueryState<R> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'done'; data: R };

/**
 * Runs a query when the component shows and whenever its variables or the signed-in user change (a signed-in
 * professional sees staff lines, so the answer differs). `skip` holds it back, e.g. until a form is filled in.
 */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, options: { skip?: boolean } = {}): QueryState<R> {
  const [state, setState] = useState<QueryState<R>>({ status: 'loading' });
  const session = useSession();
  const key = JSON.stringify(variables);
  const accountId = session.account?.id ?? null;
  useEffect(() => {
    if (options.skip) return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    request(document, JSON.parse(key) as V, controller.signal).then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [document, key, accountId, options.skip]);
  return state;
}
