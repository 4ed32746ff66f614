import { useSession } from '../../auth/session-store';
import { useQuery } from '../../lib/use-query';
import { CoordinatorRightsDocument } from './theme-days.operations';

/** Which networks' theme days the account runs: 'all' for administrators (mirrors isCoordinator in libs/network). */
export type Coordinates = 'loading' | 'none' | 'all' | string[];

export function useCoordinates(): Coordinates {
  const { account, ready } = useSession();
  const state = useQuery(CoordinatorRightsDocument, {}, { skip: !account });
  if (!ready) return 'loading';
  if (!account) return 'none';
  if (state.status === 'loading') return 'loading';
  if (state.status === 'error' || !state.data.me) return 'none';
  const grants = state.data.me.grants;
  if (grants.some((g) => g.role === 'ADMIN')) return 'all';
  const networks = grants.filter((g) => g.role === 'NETWORK_COORDINATOR' && g.networkId).map((g) => g.networkId as string);
  return networks.length ? networks : 'none';
}

export const coordinatesNetwork = (rights: Coordinates, networkId: string): boolean =>
  rights === 'all' || (Array.isArray(rights) && rights.includes(networkId));
