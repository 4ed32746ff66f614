import { useSession } from '../../auth/session-store';
import { useQuery } from '../../lib/use-query';
import { AdminRightsDocument } from './admin.operations';

/** Whether the signed-in account is an administrator (mirrors ctx.isAdmin in the API, which refuses whatever this gets wrong). */
export type AdminRights = 'loading' | 'admin' | 'not-admin';

export function useAdminRights(): AdminRights {
  const { account, ready } = useSession();
  const state = useQuery(AdminRightsDocument, {}, { skip: !account });
  if (!ready) return 'loading';
  if (!account) return 'not-admin';
  if (state.status === 'loading') return 'loading';
  if (state.status === 'error' || !state.data.me) return 'not-admin';
  return state.data.me.grants.some((g) => g.role === 'ADMIN') ? 'admin' : 'not-admin';
}
