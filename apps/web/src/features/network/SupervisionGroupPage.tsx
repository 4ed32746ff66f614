import { useState } from 'react';
import { Link, useParams } from 'wouter';
import type { SupervisionGroupAdminQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/danish-time';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { QueryResult } from '../records/parts/QueryResult';
import { NoticeLine, type Notice } from './form-kit';
import { NetworkGate } from './Gate';
import { SessionsTable } from './SessionsTable';
import { DecideSupervisionApplicationDocument, SupervisionGroupAdminDocument } from './supervision.operations';
import { useReloadable } from './use-reloadable';
import { failureMessage } from '../../lib/mutation-failure';

export type AdminGroup = NonNullable<SupervisionGroupAdminQuery['supervisionGroup']>;
type Participant = AdminGroup['participants'][number];

const STATUS: Record<Participant['status'], string> = {
  APPROVED: 'Har plads',
  PENDING: 'Ansøgning venter',
  REJECTED: 'Afvist',
  WAITLISTED: 'Venteliste',
  WITHDRAWN: 'Udtrådt',
};

/** `/supervisionsgrupper/<id>`: the group's sessions, its participants and applications, and each one's hours. */
export function SupervisionGroupPage() {
  const { id } = useParams<{ id: string }>();
  const { state, reload } = useReloadable(SupervisionGroupAdminDocument, { id });
  usePageTitle('Supervisionsgruppe');
  return (
    <QueryResult state={state} select={(d) => d.supervisionGroup} what="Supervisionsgruppen">
      {(group) => (
        <NetworkGate networkId={group.network.id}>
          <p className="record-kind">Supervisionsgruppe i {group.network.name}</p>
          <h1>{group.name}</h1>
          <p className="font-lead">
            {group.focus}. Supervisor: {group.facilitatorName}. {group.venue}
          </p>
          <ul className="inline-list unstyled-list network-actions">
            <li>
              <Link href={`/supervisionsgrupper/${group.id}/ret`}>Ret gruppen</Link>
            </li>
            <li>
              <Link href={`/netvaerk/${group.network.id}/supervision`}>Alle supervisionsgrupper</Link>
            </li>
          </ul>
          <Participants group={group} reload={reload} />
          <SessionsTable group={group} reload={reload} />
        </NetworkGate>
      )}
    </QueryResult>
  );
}

function Participants({ group, reload }: { group: AdminGroup; reload: () => void }) {
  const [notice, setNotice] = useState<Notice>(null);
  const decide = async (p: Participant, approve: boolean) => {
    const { decideSupervisionApplication: answer } = await request(DecideSupervisionApplicationDocument, { participantId: p.id, approve });
    const failed = failureMessage(answer);
    const placed = 'status' in answer && answer.status === 'WAITLISTED' ? 'godkendt og sat på venteliste' : approve ? 'godkendt' : 'afvist';
    setNotice(failed ? { ok: false, text: failed } : { ok: true, text: `${p.member.name} er ${placed} og får besked.` });
    if (!failed) reload();
  };
  const sorted = [...group.participants].sort((a, b) => order(a) - order(b));
  return (
    <section aria-labelledby="participants" className="network-section">
      <h2 id="participants">
        Deltagere og ansøgninger ({group.seatsTaken} af {group.maxSeats} pladser)
      </h2>
      <NoticeLine notice={notice} />
      <div className="table--responsive-scroll">
        <table className="table table--compact member-table">
          <caption className="sr-only">Deltagere og ansøgninger</caption>
          <thead>
            <tr>
              <th scope="col">Navn</th>
              <th scope="col">Part</th>
              <th scope="col">Status</th>
              <th scope="col">Søgt</th>
              <th scope="col">Timer eller beslutning</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((p) => (
              <tr key={p.id}>
                <td>
                  {p.member.name}
                  {p.motivation && <p>{p.motivation}</p>}
                </td>
                <td>{p.member.party.name}</td>
                <td>
                  {STATUS[p.status]}
                  {p.waitlistPosition ? ` (nr. ${p.waitlistPosition})` : ''}
                </td>
                <td>{formatDate(p.appliedAt)}</td>
                <td>
                  {p.status === 'PENDING' ? (
                    <>
                      <button type="button" className="button button-primary" onClick={() => void decide(p, true)}>
                        Godkend<span className="sr-only"> {p.member.name}</span>
                      </button>{' '}
                      <button type="button" className="button button-secondary" onClick={() => void decide(p, false)}>
                        Afvis<span className="sr-only"> {p.member.name}</span>
                      </button>
                    </>
                  ) : (
                    <Link href={`/supervisionstimer/${p.memberId}`} aria-label={`Timer: ${p.member.name}`}>
                      Timer
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const ORDER: Participant['status'][] = ['PENDING', 'APPROVED', 'WAITLISTED', 'WITHDRAWN', 'REJECTED'];
const order = (p: Participant) => ORDER.indexOf(p.status) * 1000 + (p.waitlistPosition ?? 0);
