import { useParams } from 'wouter';
import { formatDateTime } from '../../lib/danish-time';
import { usePageTitle } from '../../lib/page-title';
import { QueryResult } from '../records/parts/QueryResult';
import { CoordinatorGate } from './Gate';
import { useThemeDayAdmin } from './use-theme-day';

/** `/temadage/<id>/deltagerliste`: the confirmed attendees on A4, black on white, with a column to sign; the screen adds "Udskriv". */
export function AttendeeListPrintPage() {
  const { id } = useParams<{ id: string }>();
  const { state } = useThemeDayAdmin(id);
  usePageTitle('Deltagerliste');
  return (
    <QueryResult state={state} select={(d) => d.themeDay} what="Temadagen">
      {(day) => {
        const confirmed = (day.registrations ?? []).filter((r) => r.status === 'CONFIRMED');
        return (
          <CoordinatorGate networkId={day.network.id}>
            <article className="attendee-sheet">
              <p className="record-kind">Deltagerliste</p>
              <h1>{day.title}</h1>
              <p>
                {formatDateTime(day.startsAt)}
                {day.venue ? ` · ${day.venue}` : ''} · {day.network.name}
              </p>
              <p className="d-print-none">
                <button type="button" className="button button-primary" onClick={() => window.print()}>
                  Udskriv
                </button>
              </p>
              {/* Scrolls sideways on a narrow screen rather than widening the page; prints at full width. */}
              <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label="Deltagerlisten">
                <table className="table table--compact attendee-table">
                  <caption className="sr-only">Bekræftede deltagere</caption>
                  <thead>
                    <tr>
                      <th scope="col">Nr.</th>
                      <th scope="col">Navn</th>
                      <th scope="col">Arbejdssted</th>
                      <th scope="col">Underskrift</th>
                    </tr>
                  </thead>
                  <tbody>
                    {confirmed.map((r, index) => (
                      <tr key={r.id}>
                        <td>{index + 1}</td>
                        <td>{r.name}</td>
                        <td>{r.workplace}</td>
                        <td className="signature" />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="attendee-sheet-footer">
                {confirmed.length} deltagere · udskrevet {formatDateTime(new Date())} · listen indeholder ingen oplysninger om borgere.
              </p>
            </article>
          </CoordinatorGate>
        );
      }}
    </QueryResult>
  );
}
