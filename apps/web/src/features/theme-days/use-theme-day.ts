import { useCallback, useEffect, useState } from 'react';
import type { ThemeDayAdminQuery } from '../../gql/graphql';
import { useSession } from '../../auth/session-store';
import { request } from '../../lib/graphql';
import type { QueryState } from '../../lib/use-query';
import { ThemeDayAdminDocument } from './theme-days.operations';

/** The theme day with its registrations, and `reload` after a change (a cancellation moves the waitlist). */
export function useThemeDayAdmin(id: string): { state: QueryState<ThemeDayAdminQuery>; reload: () => void } {
  const [state, setState] = useState<QueryState<ThemeDayAdminQuery>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const accountId = useSession().account?.id ?? null;
  useEffect(() => {
    const controller = new AbortController();
    request(ThemeDayAdminDocument, { id }, controller.signal).then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [id, version, accountId]);
  return { state, reload: useCallback(() => setVersion((v) => v + 1), []) };
}

export type AdminThemeDay = NonNullable<ThemeDayAdminQuery['themeDay']>;
export type AdminRegistration = NonNullable<AdminThemeDay['registrations']>[number];
