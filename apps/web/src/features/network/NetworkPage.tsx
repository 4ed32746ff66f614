import { Link, useParams } from 'wouter';
import type { NetworkAdminQuery } from '../../gql/graphql';
import { usePageTitle } from '../../lib/page-title';
import { QueryResult } from '../records/parts/QueryResult';
import { NetworkGate } from './Gate';
import { MembersSection } from './MembersSection';
import { NetworkForm } from './NetworkForm';
import { PartiesSection } from './PartiesSection';
import { NetworkAdminDocument } from './network.operations';
import { useReloadable } from './use-reloadable';

export type AdminNetwork = NonNullable<NetworkAdminQuery['network']>;

/** `/netvaerk/<id>`: a network's applications, members and their roles, steering group, parties and details. */
export function NetworkPage() {
  const { id } = useParams<{ id: string }>();
  const { state, reload } = useReloadable(NetworkAdminDocument, { id });
  usePageTitle('Netværk');
  return (
    <QueryResult state={state} select={(d) => d.network} what="Netværket">
      {(network) => (
        <NetworkGate networkId={network.id}>
          <p className="record-kind">Netværk</p>
          <h1>{network.name}</h1>
          {network.description && <p className="font-lead">{network.description}</p>}
          <ul className="inline-list unstyled-list network-actions">
            <li>
              <Link href={`/netvaerk/${network.id}/supervision`}>Supervisionsgrupper</Link>
            </li>
            <li>
              <Link href="/temadage">Temadage</Link>
            </li>
            <li>
              <Link href={`/netvaerk/${network.id}/daekning`}>Dækning</Link>
            </li>
          </ul>
          <MembersSection network={network} reload={reload} />
          <PartiesSection network={network} reload={reload} />
          <section aria-labelledby="network-details" className="network-section">
            <h2 id="network-details">Netværkets oplysninger</h2>
            <p>Koordinatorer: {network.coordinators.join(', ') || 'ingen'}</p>
            <NetworkForm network={network} onSaved={() => reload()} />
          </section>
        </NetworkGate>
      )}
    </QueryResult>
  );
}
