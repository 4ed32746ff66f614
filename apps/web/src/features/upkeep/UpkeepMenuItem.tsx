import { Link } from 'wouter';
import { useSession } from '../../auth/session-store';
import { useQuery } from '../../lib/use-query';
import { MyGrantsDocument } from './upkeep.operations';
import { hasUpkeep, upkeepScope } from './upkeep-rights';

/** "Vedligehold" in the main menu, only for accounts that keep records or coverage true. */
export function UpkeepMenuItem() {
  const { account } = useSession();
  const state = useQuery(MyGrantsDocument, {}, { skip: !account });
  if (!account || state.status !== 'done') return null;
  const memberNetworks = state.data.myNetworkMemberships.filter((m) => m.status === 'APPROVED').map((m) => m.network.id);
  if (!hasUpkeep(upkeepScope(state.data.me, memberNetworks))) return null;
  return (
    <li>
      <Link href="/vedligehold">Vedligehold</Link>
    </li>
  );
}
