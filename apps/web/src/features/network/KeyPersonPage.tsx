import { useState } from 'react';
import { useSession } from '../../auth/session-store';
import { usePageTitle } from '../../lib/page-title';
import { SignInHint } from '../records/parts/SignInHint';
import { QueryResult } from '../records/parts/QueryResult';
import { ApplicationsTable, decider } from './ApplicationsTable';
import { NoticeLine, type Notice } from './form-kit';
import { KeyPersonApplicationsDocument } from './key-person.operations';
import { useIsKeyPerson } from './key-person-rights';
import { useReloadable } from './use-reloadable';

/** `/netvaerk/ansoegninger`: a key person approves or rejects the applications to join a network through their own party. */
export function KeyPersonApplicationsPage() {
  usePageTitle('Ansøgninger til netværk');
  const keyPerson = useIsKeyPerson();
  const { account } = useSession();
  if (keyPerson === 'loading') return <p role="status">Tjekker, hvad du kan …</p>;
  if (!keyPerson)
    return (
      <>
        <h1>Kun for parternes nøglepersoner</h1>
        {!account && <SignInHint text="Siden er for nøglepersoner i et netværk. Er du nøgleperson, så log ind." />}
        <p>Ansøgninger om medlemskab af et netværk behandles af nøglepersonerne for den part, der søges gennem, og af koordinatorerne.</p>
      </>
    );
  return <Applications />;
}

function Applications() {
  const { state, reload } = useReloadable(KeyPersonApplicationsDocument, {});
  const [notice, setNotice] = useState<Notice>(null);
  const decide = decider(setNotice, reload);
  return (
    <>
      <h1>Ansøgninger til netværk</h1>
      <p className="font-lead">Som nøgleperson godkender eller afviser du dem, der søger om at blive medlem gennem din part.</p>
      <NoticeLine notice={notice} />
      <QueryResult state={state} select={(d) => d.myNetworkMemberships} what="Dine medlemskaber">
        {(memberships) => (
          <>
            {memberships
              .filter((m) => m.status === 'APPROVED' && m.isKeyPerson)
              .map((m) => {
                const pending = m.network.pending.edges.map((e) => e.node).filter((a) => a.party.id === m.party.id);
                const headingId = `applications-${m.id}`;
                return (
                  <section key={m.id} aria-labelledby={headingId} className="network-section">
                    <h2 id={headingId}>
                      {m.network.name}: {m.party.name} ({pending.length})
                    </h2>
                    <ApplicationsTable
                      pending={pending}
                      decide={decide}
                      caption={`Ansøgninger gennem ${m.party.name} i ${m.network.name}`}
                    />
                  </section>
                );
              })}
          </>
        )}
      </QueryResult>
    </>
  );
}
