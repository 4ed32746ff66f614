import { useState } from 'react';
import type { AdminMemberFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/danish-time';
import { request } from '../../lib/graphql';
import { failureOf, NoticeLine, type Notice } from './form-kit';
import { ApproveNetworkMemberDocument, RejectNetworkMemberDocument, SetMemberRolesDocument } from './network.operations';
import type { AdminNetwork } from './NetworkPage';

/** Applications to approve or reject, the members with their roles (key person, steering group), and the steering group. */
export function MembersSection({ network, reload }: { network: AdminNetwork; reload: () => void }) {
  const [notice, setNotice] = useState<Notice>(null);
  const pending = network.pending.edges.map((e) => e.node);
  const members = network.approved.edges.map((e) => e.node);
  const steering = members.filter((m) => m.inSteeringGroup);

  const decide = async (member: AdminMemberFragment, approve: boolean) => {
    const answer = approve
      ? (await request(ApproveNetworkMemberDocument, { memberId: member.id })).approveNetworkMember
      : (await request(RejectNetworkMemberDocument, { memberId: member.id })).rejectNetworkMember;
    const failed = failureOf(answer, 'Ansøgningen kunne ikke behandles.');
    setNotice(
      failed ? { ok: false, text: failed } : { ok: true, text: `${member.name} er ${approve ? 'godkendt' : 'afvist'} og får besked.` },
    );
    if (!failed) reload();
  };
  const setRole = async (member: AdminMemberFragment, role: 'isKeyPerson' | 'inSteeringGroup', on: boolean) => {
    const { setNetworkMemberRoles: answer } = await request(SetMemberRolesDocument, { input: { memberId: member.id, [role]: on } });
    const failed = failureOf(answer, 'Rollen kunne ikke gemmes.');
    const what = role === 'isKeyPerson' ? 'nøgleperson' : 'i styregruppen';
    setNotice(failed ? { ok: false, text: failed } : { ok: true, text: `${member.name} er ${on ? '' : 'ikke længere '}${what}.` });
    if (!failed) reload();
  };
  const role = (member: AdminMemberFragment, name: 'isKeyPerson' | 'inSteeringGroup', label: string) => (
    <div className="form-group-checkbox">
      <input
        id={`${name}-${member.id}`}
        type="checkbox"
        className="form-checkbox"
        checked={member[name]}
        onChange={(e) => void setRole(member, name, e.target.checked)}
        aria-label={`${label}: ${member.name}`}
      />
      <label htmlFor={`${name}-${member.id}`}>{label}</label>
    </div>
  );

  return (
    <>
      <NoticeLine notice={notice} />
      <section aria-labelledby="applications" className="network-section">
        <h2 id="applications">Ansøgninger ({pending.length})</h2>
        {pending.length === 0 ? (
          <p>Ingen ansøgninger venter.</p>
        ) : (
          <div className="table--responsive-scroll">
            <table className="table table--compact member-table">
              <caption className="sr-only">Ansøgninger om medlemskab</caption>
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
        )}
      </section>
      <section aria-labelledby="members" className="network-section">
        <h2 id="members">Medlemmer ({network.approved.totalCount})</h2>
        <div className="table--responsive-scroll">
          <table className="table table--compact member-table">
            <caption className="sr-only">Godkendte medlemmer og deres roller</caption>
            <thead>
              <tr>
                <th scope="col">Navn</th>
                <th scope="col">Part</th>
                <th scope="col">Stilling</th>
                <th scope="col">Roller</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id}>
                  <td>{m.name}</td>
                  <td>{m.party.name}</td>
                  <td>{m.jobTitle}</td>
                  <td>
                    {role(m, 'isKeyPerson', 'Nøgleperson')}
                    {role(m, 'inSteeringGroup', 'Styregruppe')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="steering" className="network-section">
        <h2 id="steering">Styregruppen ({steering.length})</h2>
        {steering.length === 0 ? (
          <p>Styregruppen har ingen medlemmer endnu.</p>
        ) : (
          <ul className="steering-list">
            {steering.map((m) => (
              <li key={m.id}>
                {m.name}, {m.party.name}
                {m.isKeyPerson ? ' (nøgleperson)' : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
