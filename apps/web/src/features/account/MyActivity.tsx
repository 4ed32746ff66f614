import type { MyDataQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/danish-time';

const REGISTRATION: Record<string, string> = { CONFIRMED: 'Tilmeldt', WAITLISTED: 'På venteliste', CANCELLED: 'Afmeldt' };
const PARTICIPANT: Record<string, string> = {
  PENDING: 'Ansøgt',
  APPROVED: 'Har plads',
  WAITLISTED: 'På venteliste',
  REJECTED: 'Afvist',
  WITHDRAWN: 'Trukket tilbage',
};
const ACTION: Record<string, string> = {
  CREATE: 'Oprettede',
  UPDATE: 'Ændrede',
  DELETE: 'Slettede',
  VERIFY: 'Bekræftede',
  ERASE: 'Slettede personoplysninger i',
};
const hours = (value: number) => `${String(value).replace('.', ',')} timer`;

/** Theme days, supervision and the changes the person made: the parts of Mine data the network and the audit trail hold. */
export function MyActivity({ data }: { data: MyDataQuery }) {
  const events = data.myAuditEvents;
  return (
    <>
      <h2>Temadage</h2>
      {data.myThemeDayRegistrations.length ? (
        <ul>
          {data.myThemeDayRegistrations.map((r) => (
            <li key={r.id}>
              {r.themeDayTitle} ({r.networkName}) {formatDateTime(r.themeDayStartsAt)}: {REGISTRATION[r.status] ?? r.status}, tilmeldt{' '}
              {formatDateTime(r.registeredAt)}
              {r.cancelledAt ? `, afmeldt ${formatDateTime(r.cancelledAt)}` : ''}
              {r.attended === true ? ', deltog' : r.attended === false ? ', deltog ikke' : ''}
              {r.name || r.email || r.workplace ? ` — oplyst: ${[r.name, r.email, r.workplace].filter(Boolean).join(', ')}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>Du har ikke været tilmeldt en temadag.</p>
      )}
      <h2>Supervisionsgrupper</h2>
      {data.mySupervisionParticipations.length ? (
        <ul>
          {data.mySupervisionParticipations.map((p) => (
            <li key={p.id}>
              {p.groupName} ({p.networkName}): {PARTICIPANT[p.status] ?? p.status}, ansøgt {formatDateTime(p.appliedAt)}
              {p.decidedAt ? `, afgjort ${formatDateTime(p.decidedAt)}` : ''}
              {p.motivation ? ` — din begrundelse: ${p.motivation}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>Du har ikke søgt en supervisionsgruppe.</p>
      )}
      {data.mySupervisionHours.map((h) => (
        <p key={h.memberId}>
          Supervision: {h.sessionsAttended} gange, {hours(h.totalHours)} af {hours(h.goalHours)}
          {h.groups.length ? ` (${h.groups.map((g) => `${g.groupName}: ${hours(g.hours)}`).join('; ')})` : ''}.
        </p>
      ))}
      <h2>Ændringer, du har lavet</h2>
      {events.edges.length ? (
        <>
          {events.totalCount > events.edges.length && (
            <p>
              Viser de nyeste {events.edges.length} af {events.totalCount} ændringer.
            </p>
          )}
          <ul>
            {events.edges.map(({ node: e }) => (
              <li key={e.id}>
                {formatDateTime(e.occurredAt)}: {ACTION[e.action] ?? e.action} {e.entityType} {e.entityId}
                {e.changes.length ? ` (${e.changes.map((c) => c.field).join(', ')})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Du har ikke ændret noget i Vejviser.</p>
      )}
    </>
  );
}
