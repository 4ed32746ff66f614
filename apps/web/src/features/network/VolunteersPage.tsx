import { Link } from 'wouter';
import type { HostedDayFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/danish-time';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { NetworkGate } from './Gate';
import { VolunteerOrganisationsDocument } from './volunteer.operations';

/** `/netvaerk/frivillige`: the volunteer organisations, their local branches and the theme days each hosts. */
export function VolunteersPage() {
  usePageTitle('Frivillige organisationer');
  return (
    <NetworkGate>
      <h1>Frivillige organisationer</h1>
      <p className="font-lead">Organisationerne, deres lokalafdelinger og de temadage, de er vært for.</p>
      <Organisations />
    </NetworkGate>
  );
}

function Organisations() {
  const state = useQuery(VolunteerOrganisationsDocument, {});
  if (state.status === 'loading') return <p role="status">Henter organisationerne …</p>;
  if (state.status === 'error')
    return (
      <div className="alert alert-error" role="alert">
        <p className="alert-text">{state.message}</p>
      </div>
    );
  const national = state.data.volunteerOrganisations.edges.map((e) => e.node).filter((o) => !o.parentOrganisation);
  if (!national.length) return <p>Der er ingen frivillige organisationer i Vejviser endnu.</p>;
  return (
    <ul className="unstyled-list network-list">
      {national.map((o) => (
        <li key={o.id}>
          <h2 className="h3">
            <Link href={`/frivillige/${o.id}`}>{o.name}</Link>
          </h2>
          <HostedDays days={o.hostedThemeDays} none="Er ikke vært for kommende temadage." />
          {o.branches.length > 0 && (
            <>
              <h3 className="h5">Lokalafdelinger ({o.branches.length})</h3>
              <ul>
                {o.branches.map((b) => (
                  <li key={b.id}>
                    <Link href={`/frivillige/${b.id}`}>{b.name}</Link>
                    {b.municipality ? `, ${b.municipality.name}` : ''}
                    <HostedDays days={b.hostedThemeDays} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function HostedDays({ days, none }: { days: HostedDayFragment[]; none?: string }) {
  if (!days.length) return none ? <p>{none}</p> : null;
  return (
    <ul className="hosted-days">
      {days.map((d) => (
        <li key={d.id}>
          Vært for <Link href={`/temadage/${d.id}`}>{d.title}</Link>, {formatDateTime(d.startsAt)} ({d.network.name}
          {d.visibility === 'MEMBERS' ? ', kun for medlemmer' : ''}){d.status === 'CANCELLED' ? ' – aflyst' : ''}
        </li>
      ))}
    </ul>
  );
}
