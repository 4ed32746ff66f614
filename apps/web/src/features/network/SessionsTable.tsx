import { useState } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '../../lib/danish-time';
import { request } from '../../lib/graphql';
import { NoticeLine, type Notice } from './form-kit';
import type { AdminGroup } from './SupervisionGroupPage';
import { CancelSupervisionSessionDocument } from './supervision.operations';
import { failureMessage } from '../../lib/mutation-failure';

/** Every session of the group: attendance for those begun, cancel for those to come. */
export function SessionsTable({ group, reload }: { group: AdminGroup; reload: () => void }) {
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const now = new Date();
  const cancel = async (session: AdminGroup['sessions'][number]) => {
    setConfirming(null);
    const { cancelSupervisionSession: answer } = await request(CancelSupervisionSessionDocument, { sessionId: session.id });
    const failed = failureMessage(answer);
    setNotice(
      failed
        ? { ok: false, text: failed }
        : { ok: true, text: `Mødet ${formatDateTime(session.startsAt)} er aflyst; deltagerne får besked.` },
    );
    if (!failed) reload();
  };
  return (
    <section aria-labelledby="sessions" className="network-section">
      <h2 id="sessions">Møder ({group.sessions.length})</h2>
      <p>
        {group.sessionMinutes} minutter pr. møde{group.exceptions.length ? `; ingen møder ${group.exceptions.join(', ')}` : ''}.
      </p>
      <NoticeLine notice={notice} />
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <caption className="sr-only">Gruppens møder</caption>
          <thead>
            <tr>
              <th scope="col">Møde</th>
              <th scope="col">Fremmøde</th>
              <th scope="col">Handling</th>
            </tr>
          </thead>
          <tbody>
            {group.sessions.map((s) => {
              const begun = new Date(s.startsAt) <= now;
              const came = s.attendance.filter((a) => a.attended).length;
              return (
                <tr key={s.id}>
                  <td>
                    {formatDateTime(s.startsAt)}
                    {s.cancelled && <strong> (aflyst)</strong>}
                  </td>
                  <td>{s.cancelled || !begun ? '–' : `${came} mødt`}</td>
                  <td>
                    {s.cancelled ? null : begun ? (
                      <Link href={`/supervisionsgrupper/${group.id}/moeder/${s.id}`}>
                        Fremmøde<span className="sr-only"> {formatDateTime(s.startsAt)}</span>
                      </Link>
                    ) : confirming === s.id ? (
                      <>
                        <button type="button" className="button button-warning" onClick={() => void cancel(s)}>
                          Ja, aflys mødet
                        </button>{' '}
                        <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
                          Fortryd
                        </button>
                      </>
                    ) : (
                      <button type="button" className="button button-secondary" onClick={() => setConfirming(s.id)}>
                        Aflys<span className="sr-only"> mødet {formatDateTime(s.startsAt)}</span>
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
