import { Link, useParams } from 'wouter';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { QueryResult } from '../records/parts/QueryResult';
import { NetworkGate } from './Gate';
import { SupervisionHoursDocument } from './supervision.operations';

const hoursText = (hours: number) => `${hours.toLocaleString('da-DK', { maximumFractionDigits: 2 })} timer`;

/** `/supervisionstimer/<memberId>`: the supervision a member attended, in total and per group, against the 160 hours. */
export function SupervisionHoursPage() {
  usePageTitle('Supervisionstimer');
  return (
    <NetworkGate>
      <Hours />
    </NetworkGate>
  );
}

function Hours() {
  const { memberId } = useParams<{ memberId: string }>();
  const state = useQuery(SupervisionHoursDocument, { memberId });
  return (
    <QueryResult state={state} select={(d) => d.supervisionHours} what="Timeregnskabet">
      {(hours) => (
        <NetworkGate networkId={hours.member.network.id}>
          <p className="record-kind">Supervisionstimer i {hours.member.network.name}</p>
          <h1>{hours.member.name}</h1>
          <p>
            {hours.member.jobTitle ? `${hours.member.jobTitle}, ` : ''}
            {hours.member.party.name}
          </p>
          <p className="font-lead" data-testid="hours-total">
            I alt {hoursText(hours.totalHours)} supervision ved {hours.sessionsAttended} møder, af de {hours.goalHours} timer,
            autorisationen kræver.
          </p>
          {hours.groups.length === 0 ? (
            <p>Ingen møder med registreret fremmøde endnu.</p>
          ) : (
            <div className="table--responsive-scroll">
              <table className="table table--compact">
                <caption className="sr-only">Timer pr. supervisionsgruppe</caption>
                <thead>
                  <tr>
                    <th scope="col">Gruppe</th>
                    <th scope="col">Supervisor</th>
                    <th scope="col">Møder</th>
                    <th scope="col">Timer</th>
                  </tr>
                </thead>
                <tbody>
                  {hours.groups.map((g) => (
                    <tr key={g.groupId}>
                      <td>
                        <Link href={`/supervisionsgrupper/${g.groupId}`}>{g.groupName}</Link>
                      </td>
                      <td>{g.facilitatorName}</td>
                      <td>{g.sessionsAttended}</td>
                      <td>{hoursText(g.hours)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </NetworkGate>
      )}
    </QueryResult>
  );
}
