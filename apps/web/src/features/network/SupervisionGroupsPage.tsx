import { Link, useParams } from 'wouter';
import { formatDateTime } from '../../lib/danish-time';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { QueryResult } from '../records/parts/QueryResult';
import { NetworkGate } from './Gate';
import { SupervisionGroupsDocument } from './supervision.operations';

/** `/netvaerk/<id>/supervision`: the network's supervision groups, their seats, applications and next session. */
export function SupervisionGroupsPage() {
  const { id } = useParams<{ id: string }>();
  const state = useQuery(SupervisionGroupsDocument, { networkId: id });
  usePageTitle('Supervisionsgrupper');
  return (
    <QueryResult state={state} select={(d) => (d.network ? d : null)} what="Netværket">
      {(data) => (
        <NetworkGate networkId={id}>
          <p className="record-kind">{data.network?.name}</p>
          <h1>Supervisionsgrupper</h1>
          <p>
            <Link href={`/netvaerk/${id}`}>Tilbage til netværket</Link>
          </p>
          <p>
            <Link href={`/netvaerk/${id}/supervision/ny`} className="button button-primary">
              Opret en supervisionsgruppe
            </Link>
          </p>
          {data.supervisionGroups.edges.length === 0 ? (
            <p>Netværket har ingen supervisionsgrupper endnu.</p>
          ) : (
            <div className="table--responsive-scroll">
              <table className="table table--compact">
                <caption className="sr-only">Netværkets supervisionsgrupper</caption>
                <thead>
                  <tr>
                    <th scope="col">Gruppe</th>
                    <th scope="col">Pladser</th>
                    <th scope="col">Ansøgninger</th>
                    <th scope="col">Venteliste</th>
                    <th scope="col">Næste møde</th>
                  </tr>
                </thead>
                <tbody>
                  {data.supervisionGroups.edges.map(({ node: g }) => {
                    const next = g.sessions.find((s) => !s.cancelled && new Date(s.startsAt) > new Date());
                    return (
                      <tr key={g.id}>
                        <td>
                          <Link href={`/supervisionsgrupper/${g.id}`}>{g.name}</Link>
                          {g.status === 'CLOSED' && <strong> (lukket for ansøgninger)</strong>}
                        </td>
                        <td>
                          {g.seatsTaken} af {g.maxSeats}
                        </td>
                        <td>{g.pendingCount}</td>
                        <td>{g.waitlistCount}</td>
                        <td>{next ? formatDateTime(next.startsAt) : 'Ingen flere møder'}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </NetworkGate>
      )}
    </QueryResult>
  );
}
