import { useState } from 'react';
import type { AdminMemberFragment } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { NoticeLine, type Notice } from './form-kit';
import { SetMemberRolesDocument } from './network.operations';
import { ApplicationsTable, decider } from './ApplicationsTable';
import type { AdminNetwork } from './NetworkPage';
import { failureMessage } from '../../lib/mutation-failure';

/** Applications to approve or reject, the members with their roles (key person, steering group), and the steering group. */
export function MembersSection({ network, reload }: { network: AdminNetwork; reload: () => void }) {
  const [notice, setNotice] = useState<Notice>(null);
  const pending = network.pending.edges.map((e) => e.node);
  const members = network.approved.edges.map((e) => e.node);
  const steering = members.filter((m) => m.inSteeringGroup);

  const decide = decider(setNotice, reload);
  const setRole = async (member: AdminMemberFragment, role: 'isKeyPerson' | 'inSteeringGroup', on: boolean) => {
    const { setNetworkMemberRoles: answer } = await request(SetMemberRolesDocument, { input: { memberId: member.id, [role]: on } });
    const failed = failureMessage(answer);
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
        <ApplicationsTable pending={pending} decide={decide} caption="Ansøgninger om medlemskab" />
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
