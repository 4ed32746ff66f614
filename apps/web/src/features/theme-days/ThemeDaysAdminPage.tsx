import { Link } from 'wouter';
import { formatDateTime } from '../../lib/danish-time';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { CoordinatorGate } from './Gate';
import { coordinatesNetwork, useCoordinates } from './rights';
import { CoordinatedThemeDaysDocument } from './theme-days.operations';

/** `/temadage`: the coming theme days of the networks the account runs, with their seats and waitlist. */
export function ThemeDaysAdminPage() {
  usePageTitle('Temadage');
  return (
    <CoordinatorGate>
      <ThemeDaysList />
    </CoordinatorGate>
  );
}

function ThemeDaysList() {
  const rights = useCoordinates();
  const state = useQuery(CoordinatedThemeDaysDocument, {});
  const days =
    state.status === 'done' ? state.data.themeDays.edges.map((e) => e.node).filter((d) => coordinatesNetwork(rights, d.network.id)) : [];
  return (
    <>
      <h1>Temadage</h1>
      <p className="font-lead">De kommende temadage i de netværk, du er koordinator for.</p>
      <p>
        <Link href="/temadage/ny" className="button button-primary">
          Planlæg en temadag
        </Link>
      </p>
      {state.status === 'loading' && <p role="status">Henter temadagene …</p>}
      {state.status === 'error' && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{state.message}</p>
        </div>
      )}
      {state.status === 'done' && days.length === 0 && <p>Der er ingen kommende temadage.</p>}
      {days.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">Kommende temadage</caption>
            <thead>
              <tr>
                <th scope="col">Temadag</th>
                <th scope="col">Netværk</th>
                <th scope="col">Tidspunkt</th>
                <th scope="col">Tilmeldte</th>
                <th scope="col">Venteliste</th>
              </tr>
            </thead>
            <tbody>
              {days.map((day) => (
                <tr key={day.id}>
                  <td>
                    <Link href={`/temadage/${day.id}/tilmeldte`}>{day.title}</Link>
                    {day.status === 'CANCELLED' && <strong> (aflyst)</strong>}
                  </td>
                  <td>{day.network.name}</td>
                  <td>{formatDateTime(day.startsAt)}</td>
                  <td>
                    {day.seatsTaken} af {day.capacity}
                  </td>
                  <td>{day.waitlistCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
