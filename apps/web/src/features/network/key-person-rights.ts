import { useSession } from '../../auth/session-store';
import { useQuery } from '../../lib/use-query';
import { MyKeyPersonRolesDocument } from './key-person.operations';

/** Whether the signed-in account is an approved key person of a party in some network (who decides that party's applications). */
export function useIsKeyPerson(): boolean | 'loading' {
  const { account, ready } = useSession();
  const state = useQuery(MyKeyPersonRolesDocument, {}, { skip: !account });
  if (!ready) return 'loading';
  if (!account) return false;
  if (state.status === 'loading') return 'loading';
  if (state.status === 'error') return false;
  return state.data.myNetworkMemberships.some((m) => m.status === 'APPROVED' && m.isKeyPerson);
}
