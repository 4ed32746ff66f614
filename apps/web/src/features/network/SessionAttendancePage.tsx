import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { formatDateTime } from '../../lib/danish-time';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { QueryResult } from '../records/parts/QueryResult';
import { NoticeLine, type Notice } from './form-kit';
import { NetworkGate } from './Gate';
import { MarkSupervisionAttendanceDocument, SupervisionGroupAdminDocument } from './supervision.operations';
import { useReloadable } from './use-reloadable';
import { failureMessage } from '../../lib/mutation-failure';

/** `/supervisionsgrupper/<id>/moeder/<sessionId>`: who came to one session; it counts in each participant's hours. */
export function SessionAttendancePage() {
  const { id, sessionId } = useParams<{ id: string; sessionId: string }>();
  const { state, reload } = useReloadable(SupervisionGroupAdminDocument, { id });
  const [notice, setNotice] = useState<Notice>(null);
  usePageTitle('Fremmøde');
  return (
    <QueryResult state={state} select={(d) => d.supervisionGroup} what="Supervisionsgruppen">
      {(group) => {
        const session = group.sessions.find((s) => s.id === sessionId);
        const seated = group.participants.filter(
          (p) => p.status === 'APPROVED' || session?.attendance.some((a) => a.participantId === p.id),
        );
        const mark = async (participantId: string, name: string, attended: boolean) => {
          const { markSupervisionAttendance: answer } = await request(MarkSupervisionAttendanceDocument, {
            sessionId,
            participantIds: [participantId],
            attended,
          });
          const failed = failureMessage(answer);
          setNotice(
            failed ? { ok: false, text: failed } : { ok: true, text: `${name} er registreret som ${attended ? 'mødt' : 'ikke mødt'}.` },
          );
          if (!failed) reload();
        };
        return (
          <NetworkGate networkId={group.network.id}>
            <p className="record-kind">{group.name}</p>
            <h1>Fremmøde {session ? formatDateTime(session.startsAt) : ''}</h1>
            <p>
              <Link href={`/supervisionsgrupper/${group.id}`}>Tilbage til gruppen</Link>
            </p>
            {!session ? (
              <p>Mødet findes ikke i gruppen.</p>
            ) : (
              <>
                <p>Sæt hak ved dem, der kom. Mødet tæller {session.durationMinutes} minutter i deres supervisionstimer.</p>
                <NoticeLine notice={notice} />
                <ul className="unstyled-list attendance-list">
                  {seated.map((p) => (
                    <li key={p.id}>
                      <div className="form-group-checkbox">
                        <input
                          id={`came-${p.id}`}
                          type="checkbox"
                          className="form-checkbox"
                          checked={session.attendance.some((a) => a.participantId === p.id && a.attended)}
                          onChange={(e) => void mark(p.id, p.member.name, e.target.checked)}
                        />
                        <label htmlFor={`came-${p.id}`}>Mødt: {p.member.name}</label>
                      </div>{' '}
                      <Link href={`/supervisionstimer/${p.memberId}`} aria-label={`Timer: ${p.member.name}`}>
                        Timer
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </NetworkGate>
        );
      }}
    </QueryResult>
  );
}
