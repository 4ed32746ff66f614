import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { formatDateTime } from '../../lib/danish-time';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { QueryResult } from '../records/parts/QueryResult';
import { attendeeCsv, downloadCsv } from './attendee-csv';
import { CoordinatorGate } from './Gate';
import { CancelRegistrationOnBehalfDocument, MarkAttendanceDocument } from './theme-days.operations';
import { useThemeDayAdmin, type AdminRegistration, type AdminThemeDay } from './use-theme-day';

/** `/temadage/<id>/tilmeldte`: who comes and who waits, in order; cancel for someone, mark who came, export and print. */
export function ThemeDayAttendeesPage() {
  const { id } = useParams<{ id: string }>();
  const { state, reload } = useThemeDayAdmin(id);
  usePageTitle('Tilmeldinger');
  return (
    <QueryResult state={state} select={(d) => d.themeDay} what="Temadagen">
      {(day) => (
        <CoordinatorGate networkId={day.network.id}>
          <Attendees day={day} reload={reload} />
        </CoordinatorGate>
      )}
    </QueryResult>
  );
}

function Attendees({ day, reload }: { day: AdminThemeDay; reload: () => void }) {
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const registrations = day.registrations ?? [];
  const confirmed = registrations.filter((r) => r.status === 'CONFIRMED');
  const waitlist = registrations.filter((r) => r.status === 'WAITLISTED');
  const started = new Date(day.startsAt) <= new Date();
  const open = day.status === 'SCHEDULED' && !started;

  const cancelFor = async (registration: AdminRegistration) => {
    setConfirming(null);
    const { cancelThemeDayRegistrationOnBehalf: answer } = await request(CancelRegistrationOnBehalfDocument, {
      registrationId: registration.id,
    });
    if (answer.__typename === 'ThemeDayRegistration') {
      setNotice({ ok: true, text: `${registration.name ?? 'Deltageren'} er meldt fra og får besked; ventelisten er rykket op.` });
      reload();
    } else setNotice({ ok: false, text: answer.message });
  };
  const markAttended = async (registration: AdminRegistration, attended: boolean) => {
    const { markThemeDayAttendance: answer } = await request(MarkAttendanceDocument, {
      themeDayId: day.id,
      registrationIds: [registration.id],
      attended,
    });
    if (answer.__typename === 'AttendanceMarked') reload();
    else setNotice({ ok: false, text: answer.message });
  };

  const cancelCell = (r: AdminRegistration) =>
    !open ? null : confirming === r.id ? (
      <>
        <button type="button" className="button button-warning" onClick={() => void cancelFor(r)}>
          Ja, meld {r.name} fra
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
          Fortryd
        </button>
      </>
    ) : (
      <button
        type="button"
        className="button button-secondary"
        onClick={() => setConfirming(r.id)}
        aria-label={`Meld fra: ${r.name ?? ''}`}
      >
        Meld fra
      </button>
    );

  return (
    <>
      <p className="record-kind">Tilmeldinger</p>
      <h1>{day.title}</h1>
      <p className="font-lead">
        {formatDateTime(day.startsAt)} · {day.network.name} · {confirmed.length} af {day.capacity} pladser taget · {waitlist.length} på
        venteliste
      </p>
      {day.status === 'CANCELLED' && (
        <div className="alert alert-error" role="note">
          <p className="alert-text">Temadagen er aflyst{day.cancellationReason ? `: ${day.cancellationReason}` : '.'}</p>
        </div>
      )}
      <ul className="unstyled-list inline-list theme-day-actions">
        <li>
          <Link href={`/temadage/${day.id}/ret`}>Ret eller aflys temadagen</Link>
        </li>
        <li>
          <Link href={`/temadage/${day.id}`}>Se temadagens side</Link>
        </li>
        <li>
          <Link href={`/temadage/${day.id}/deltagerliste`}>Udskrivbar deltagerliste</Link>
        </li>
        <li>
          <a href={`/calendar/networks/${day.network.id}.ics`}>Netværkets kalender (.ics)</a>
        </li>
      </ul>
      <p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => downloadCsv(`deltagere-${day.id}.csv`, attendeeCsv(registrations))}
        >
          Hent deltagerlisten som CSV
        </button>
      </p>
      {notice && (
        <div className={`alert ${notice.ok ? 'alert-success' : 'alert-error'}`} role={notice.ok ? 'status' : 'alert'}>
          <p className="alert-text">{notice.text}</p>
        </div>
      )}
      <h2>Bekræftede ({confirmed.length})</h2>
      {!started && day.status === 'SCHEDULED' && <p>Fremmøde kan registreres, når temadagen er begyndt.</p>}
      {confirmed.length === 0 ? (
        <p>Ingen bekræftede tilmeldinger.</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">Bekræftede tilmeldinger</caption>
            <thead>
              <tr>
                <th scope="col">Navn</th>
                <th scope="col">E-mail</th>
                <th scope="col">Arbejdssted</th>
                <th scope="col">{started ? 'Mødt' : 'Handling'}</th>
              </tr>
            </thead>
            <tbody>
              {confirmed.map((r) => (
                <tr key={r.id}>
                  <td>{r.name}</td>
                  <td>{r.email}</td>
                  <td>{r.workplace}</td>
                  <td>
                    {started ? (
                      <div className="form-group-checkbox">
                        <input
                          id={`attended-${r.id}`}
                          type="checkbox"
                          className="form-checkbox"
                          checked={r.attended === true}
                          onChange={(e) => void markAttended(r, e.target.checked)}
                        />
                        <label htmlFor={`attended-${r.id}`}>Mødt: {r.name}</label>
                      </div>
                    ) : (
                      cancelCell(r)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Venteliste ({waitlist.length})</h2>
      {waitlist.length === 0 ? (
        <p>Ingen på ventelisten.</p>
      ) : (
        <ol className="waitlist">
          {waitlist.map((r) => (
            <li key={r.id}>
              <span className="waitlist-who">
                {r.name} ({r.email}){r.workplace ? `, ${r.workplace}` : ''}
              </span>{' '}
              {cancelCell(r)}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
