import type { AdminMemberFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/danish-time';
import { request } from '../../lib/graphql';
import type { Notice } from './form-kit';
import { ApproveNetworkMemberDocument, RejectNetworkMemberDocument } from './network.operations';
import { failureMessage } from '../../lib/mutation-failure';

export type Decide = (member: AdminMemberFragment, approve: boolean) => Promise<void>;

/** Approves or rejects an application (coordinators; a key person for their own party), then says what happened. */
export function decider(setNotice: (notice: Notice) => void, reload: () => void): Decide {
  return async (member, approve) => {
    const answer = approve
      ? (await request(ApproveNetworkMemberDocument, { memberId: member.id })).approveNetworkMember
      : (await request(RejectNetworkMemberDocument, { memberId: member.id })).rejectNetworkMember;
    const failed = failureMessage(answer);
    setNotice(
      failed ? { ok: false, text: failed } : { ok: true, text: `${member.name} er ${approve ? 'godkendt' : 'afvist'} og får besked.` },
    );
    if (!failed) reload();
  };
}

/** Membership applications waiting, each with "Godkend" and "Afvis". */
export function ApplicationsTable({ pending, decide, caption }: { pending: AdminMemberFragment[]; decide: Decide; caption: string }) {
  if (pending.length === 0) return <p>Ingen ansøgninger venter.</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact member-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Navn</th>
            <th scope="col">Part</th>
            <th scope="col">Stilling og begrundelse</th>
            <th scope="col">Søgt</th>
            <th scope="col">Beslutning</th>
          </tr>
        </thead>
        <tbody>
          {pending.map((m) => (
            <tr key={m.id}>
              <td>
                {m.name}
                <br />
                {m.email}
              </td>
              <td>{m.party.name}</td>
              <td>
                {m.jobTitle}
                {m.motivation && <p>{m.motivation}</p>}
              </td>
              <td>{formatDate(m.appliedAt)}</td>
              <td>
                <button type="button" className="button button-primary" onClick={() => void decide(m, true)}>
                  Godkend<span className="sr-only"> {m.name}</span>
                </button>{' '}
                <button type="button" className="button button-secondary" onClick={() => void decide(m, false)}>
                  Afvis<span className="sr-only"> {m.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
