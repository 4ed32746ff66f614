import { Link } from 'wouter';
import type { MyAuditEventsQuery, MyDataQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/danish-time';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { QueryResult } from '../records/parts/QueryResult';
import { request } from '../../lib/graphql';
import { MyAuditEventsDocument, MyDataDocument } from './account.operations';
import { MyActivity } from './MyActivity';
import { SignedInGate } from './SignedInGate';

const ROLE = { ADMIN: 'Administrator', EDITOR: 'Redaktør', KEY_PERSON: 'Nøgleperson', NETWORK_COORDINATOR: 'Netværkskoordinator' };
const MEMBER = { PENDING: 'Ansøgt', APPROVED: 'Godkendt', REJECTED: 'Afvist', LEFT: 'Udmeldt' } as Record<string, string>;

/** `/konto/mine-data`: what Vejviser holds about the signed-in person, on screen and as a file (a data export, GDPR art. 15 and 20). */
export function MyDataPage() {
  usePageTitle('Mine data');
  return (
    <SignedInGate title="Mine data">
      <MyData />
    </SignedInGate>
  );
}

function MyData() {
  const state = useQuery(MyDataDocument, {});
  return (
    <QueryResult state={state} select={(d) => (d.me ? d : null)} what="Kontoen">
      {(data) => <DataView data={data} />}
    </QueryResult>
  );
}

function DataView({ data }: { data: MyDataQuery }) {
  const me = data.me!;
  return (
    <>
      <h1>Det har Vejviser om dig</h1>
      <p>
        <Link href="/konto">Tilbage til min konto</Link>
      </p>
      <p>
        <button type="button" className="button button-secondary" onClick={() => void download(data)}>
          Hent alt som fil (JSON)
        </button>
      </p>
      <h2>Din konto</h2>
      <dl className="account-facts">
        <dt>Navn</dt>
        <dd>{me.displayName}</dd>
        <dt>E-mail</dt>
        <dd>{me.email}</dd>
        <dt>Stilling</dt>
        <dd>{me.jobTitle ?? 'Ikke oplyst'}</dd>
        <dt>Telefon på arbejdet</dt>
        <dd>{me.workPhone ?? 'Ikke oplyst'}</dd>
        <dt>Oprettet</dt>
        <dd>{formatDateTime(me.createdAt)}</dd>
        <dt>Sidst logget ind</dt>
        <dd>{me.lastSignInAt ? formatDateTime(me.lastSignInAt) : 'Aldrig'}</dd>
        <dt>Roller</dt>
        <dd>{me.grants.map((g) => ROLE[g.role]).join(', ') || 'Fagperson'}</dd>
      </dl>
      <h2>Netværk</h2>
      {data.myNetworkMemberships.length ? (
        <ul>
          {data.myNetworkMemberships.map((m) => (
            <li key={m.id}>
              {m.network.name}: {MEMBER[m.status] ?? m.status}, ansøgt {formatDateTime(m.appliedAt)}
              {m.isKeyPerson ? ', nøgleperson' : ''}
              {m.inSteeringGroup ? ', styregruppe' : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>Du er ikke medlem af et netværk.</p>
      )}
      <MyActivity data={data} />
      <h2>Besked om ændringer</h2>
      {data.myChangeSubscriptions.length ? (
        <ul>
          {data.myChangeSubscriptions.map((s) => (
            <li key={s.id}>
              {s.network?.name ?? 'Netværk'}: kommunerne {s.municipalityCodes.join(', ')}, siden {formatDateTime(s.createdAt)}
            </li>
          ))}
        </ul>
      ) : (
        <p>Du får ikke besked om ændringer.</p>
      )}
      <p>
        Ændringer, du har lavet, står også i historikken for hver oplysning med dit navn. Vil du have dine oplysninger slettet, kan du{' '}
        <Link href="/konto/slet">slette din konto</Link>.
      </p>
    </>
  );
}

/** The file holds every change the person made, not only the newest page shown on screen. */
async function download(data: MyDataQuery): Promise<void> {
  const changes: MyAuditEventsQuery['myAuditEvents']['edges'][number]['node'][] = [];
  let after: string | null = null;
  for (;;) {
    const { myAuditEvents: page }: MyAuditEventsQuery = await request(MyAuditEventsDocument, { after });
    changes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  const { myAuditEvents: _shown, ...rest } = data;
  const json = JSON.stringify({ hentet: new Date().toISOString(), ...rest, mineÆndringer: changes }, null, 2);
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'vejviser-mine-data.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
