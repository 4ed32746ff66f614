import { Link } from 'wouter';
import { useSession } from '../../auth/session-store';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { SignInHint } from '../records/parts/SignInHint';
import { MyGrantsDocument, PlaceNameDocument, UpkeepPlacesDocument } from './upkeep.operations';
import { hasUpkeep, upkeepScope, type UpkeepScope } from './upkeep-rights';

function PlaceName({ id, kind }: { id: string; kind: 'organisation' | 'network' }) {
  const state = useQuery(PlaceNameDocument, { organisationId: id, networkId: id, isOrganisation: kind === 'organisation' });
  const place = state.status === 'done' ? (kind === 'organisation' ? state.data.organisation : state.data.network) : null;
  return <>{place?.name ?? (kind === 'organisation' ? 'Organisation' : 'Netværk')}</>;
}

function OrganisationLinks({ id, name, edits }: { id: string; name?: string; edits: boolean }) {
  return (
    <li>
      <strong>{name ?? <PlaceName id={id} kind="organisation" />}</strong>:{' '}
      <Link href={`/organisationer/${id}/bekraeft`}>Oplysninger der skal bekræftes</Link>
      {edits && (
        <>
          {' · '}
          <Link href={`/organisationer/${id}/fratraedelse`}>En medarbejder stopper</Link>
          {' · '}
          <Link href={`/organisationer/${id}/import`}>Importér fra regneark</Link>
        </>
      )}
    </li>
  );
}

function Places({ scope, names }: { scope: UpkeepScope; names: Map<string, string> }) {
  const all = useQuery(UpkeepPlacesDocument, { all: scope.admin }, { skip: !scope.admin });
  type Place = { id: string; name?: string };
  const organisations: Place[] =
    scope.admin && all.status === 'done'
      ? (all.data.organisations?.edges.map((e) => e.node) ?? [])
      : scope.organisationIds.map((id) => ({ id }));
  const networks: Place[] =
    scope.admin && all.status === 'done'
      ? (all.data.networks?.edges.map((e) => e.node) ?? [])
      : scope.networkIds.map((id) => ({ id, name: names.get(id) }));
  return (
    <>
      <h2>Organisationer</h2>
      {organisations.length === 0 ? (
        <p>Du er ikke redaktør eller nøgleperson for en organisation.</p>
      ) : (
        <ul>
          {organisations.map((o) => (
            <OrganisationLinks key={o.id} id={o.id} name={o.name} edits={scope.admin || scope.editedOrganisationIds.includes(o.id)} />
          ))}
        </ul>
      )}
      <h2>Netværk</h2>
      {networks.length === 0 ? (
        <p>Du er ikke koordinator eller medlem af et netværk.</p>
      ) : (
        <ul>
          {networks.map((n) => (
            <li key={n.id}>
              <Link href={`/netvaerk/${n.id}/daekning`}>Dækning i {n.name ?? <PlaceName id={n.id} kind="network" />}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** `/vedligehold`: where the signed-in account keeps Vejviser true — queues, turnover and coverage it may use. */
export function UpkeepOverviewPage() {
  usePageTitle('Vedligehold');
  const { account, ready } = useSession();
  const state = useQuery(MyGrantsDocument, {}, { skip: !account });
  const heading = <h1>Vedligehold</h1>;
  if (!ready || (account && state.status === 'loading'))
    return (
      <>
        {heading}
        <p role="status">Henter …</p>
      </>
    );
  if (!account)
    return (
      <>
        {heading}
        <SignInHint text="Siden er for redaktører, nøglepersoner og netværkskoordinatorer." />
      </>
    );
  if (state.status === 'error')
    return (
      <>
        {heading}
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{state.message}</p>
        </div>
      </>
    );
  const data = state.status === 'done' ? state.data : null;
  const approved = (data?.myNetworkMemberships ?? []).filter((m) => m.status === 'APPROVED');
  const scope = upkeepScope(
    data?.me,
    approved.map((m) => m.network.id),
  );
  return (
    <>
      {heading}
      <p className="font-lead">
        Bekræft at oplysninger stadig er rigtige, overdrag en medarbejders roller, og se hvor der mangler indgange.
      </p>
      {hasUpkeep(scope) ? (
        <Places scope={scope} names={new Map(approved.map((m) => [m.network.id, m.network.name]))} />
      ) : (
        <div className="alert alert-info" role="note">
          <p className="alert-text">Din konto har ingen roller, der vedligeholder oplysninger. Kontakt din organisations redaktør.</p>
        </div>
      )}
    </>
  );
}
