import { Link } from 'wouter';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { NetworkGate } from './Gate';
import { coordinatesNetwork, useCoordinates } from './rights';
import { NetworkOverviewDocument } from './network.operations';

/** `/netvaerk`: the networks the account coordinates, with their parties and waiting applications. */
export function NetworksPage() {
  usePageTitle('Netværk');
  return (
    <NetworkGate>
      <h1>Netværk</h1>
      <p className="font-lead">De netværk, du er koordinator for: parter, medlemmer, styregruppe og supervisionsgrupper.</p>
      <NewNetworkLink />
      <NetworkList />
      <h2>Frivillige organisationer</h2>
      <p>
        <Link href="/netvaerk/frivillige">Frivillige organisationer, deres lokalafdelinger og de temadage, de er vært for</Link>
      </p>
    </NetworkGate>
  );
}

/** Administrators create networks. */
function NewNetworkLink() {
  if (useCoordinates() !== 'all') return null;
  return (
    <p>
      <Link href="/netvaerk/ny" className="button button-secondary">
        Opret et netværk
      </Link>
    </p>
  );
}

function NetworkList() {
  const rights = useCoordinates();
  const state = useQuery(NetworkOverviewDocument, {});
  if (state.status === 'loading') return <p role="status">Henter netværkene …</p>;
  if (state.status === 'error')
    return (
      <div className="alert alert-error" role="alert">
        <p className="alert-text">{state.message}</p>
      </div>
    );
  const networks = state.data.networks.edges.map((e) => e.node).filter((n) => coordinatesNetwork(rights, n.id));
  if (!networks.length) return <p>Du er ikke koordinator for noget netværk.</p>;
  return (
    <ul className="unstyled-list network-list">
      {networks.map((n) => (
        <li key={n.id}>
          <div>
            <h2 className="h3">
              <Link href={`/netvaerk/${n.id}`}>{n.name}</Link>
            </h2>
            <p>
              {n.parties.length} parter · {n.pending.totalCount} ansøgninger venter
            </p>
            <ul className="inline-list unstyled-list network-actions">
              <li>
                <Link href={`/netvaerk/${n.id}/supervision`}>Supervisionsgrupper i {n.name}</Link>
              </li>
              <li>
                <Link href={`/netvaerk/${n.id}/daekning`}>Dækning i {n.name}</Link>
              </li>
            </ul>
          </div>
        </li>
      ))}
    </ul>
  );
}
