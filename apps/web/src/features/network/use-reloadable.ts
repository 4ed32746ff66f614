import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../../gql/graphql';
import { useSession } from '../../auth/session-store';
import { request } from '../../lib/graphql';
import type { QueryState } from '../../lib/use-query';

/** A query with `reload` after a change; the answer shown stays on screen while the new one comes (no flicker, focus kept). */
export function useReloadable<R, V>(document: TypedDocumentString<R, V>, variables: V): { state: QueryState<R>; reload: () => void } {
  const [state, setState] = useState<QueryState<R>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const accountId = useSession().account?.id ?? null;
  const key = JSON.stringify(variables);
  useEffect(() => {
    const controller = new AbortController();
    request(document, JSON.parse(key) as V, controller.signal).then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [document, key, version, accountId]);
  return { state, reload: useCallback(() => setVersion((v) => v + 1), []) };
}
