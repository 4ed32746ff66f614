import { useState } from 'react';
import { Link, useParams } from 'wouter';
import type { AccountAdminQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/danish-time';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { QueryResult } from '../records/parts/QueryResult';
import { AdminGate } from './AdminGate';
import { AccountAdminDocument, DeactivateAccountDocument } from './admin.operations';
import { GrantList } from './GrantList';
import { GrantRoleForm } from './GrantRoleForm';
import { STATUS_LABELS } from './labels';
import { isFailure } from '../../lib/mutation-failure';

type Account = NonNullable<AccountAdminQuery['account']>;

/** `/administration/konti/<id>`: one account, its roles (give and take), and deactivation. */
export function AccountAdminPage() {
  usePageTitle('Konto');
  const [version, setVersion] = useState(0);
  return (
    <AdminGate>
      <AccountView key={version} onChanged={() => setVersion(version + 1)} />
    </AdminGate>
  );
}

function AccountView({ onChanged }: { onChanged: () => void }) {
  const { id } = useParams<{ id: string }>();
  const state = useQuery(AccountAdminDocument, { id });
  return (
    <QueryResult state={state} select={(d) => d.account} what="Kontoen">
      {(account) => (
        <>
          <h1>{account.displayName}</h1>
          <p>
            <Link href="/administration/konti">Tilbage til konti</Link>
          </p>
          <dl className="admin-facts">
            <dt>E-mail</dt>
            <dd>{account.email}</dd>
            <dt>Status</dt>
            <dd>{STATUS_LABELS[account.status]}</dd>
            <dt>Stilling</dt>
            <dd>{account.jobTitle ?? 'Ikke oplyst'}</dd>
            <dt>Telefon på arbejdet</dt>
            <dd>{account.workPhone ?? 'Ikke oplyst'}</dd>
            <dt>Oprettet</dt>
            <dd>{formatDateTime(account.createdAt)}</dd>
            <dt>Sidst logget ind</dt>
            <dd>{account.lastSignInAt ? formatDateTime(account.lastSignInAt) : 'Aldrig'}</dd>
          </dl>
          <section aria-labelledby="roles-heading">
            <h2 id="roles-heading">Roller</h2>
            <GrantList grants={account.grants} onChanged={onChanged} />
          </section>
          {account.status !== 'DISABLED' && <GrantRoleForm accountId={account.id} onGranted={onChanged} />}
          {account.status !== 'DISABLED' && <Deactivate account={account} onDone={onChanged} />}
        </>
      )}
    </QueryResult>
  );
}

function Deactivate({ account, onDone }: { account: Account; onDone: () => void }) {
  const [sure, setSure] = useState(false);
  const [answer, setAnswer] = useState<string | null>(null);
  return (
    <section aria-labelledby="deactivate-heading" className="admin-danger">
      <h2 id="deactivate-heading">Deaktivér kontoen</h2>
      <p>{account.displayName} kan ikke længere logge ind, og alle sessioner lukkes. Kontoens historik bliver.</p>
      {answer && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{answer}</p>
        </div>
      )}
      {sure ? (
        <p>
          <button
            type="button"
            className="button button-warning"
            onClick={async () => {
              const { deactivateAccount } = await request(DeactivateAccountDocument, { id: account.id });
              if (isFailure(deactivateAccount)) setAnswer(deactivateAccount.message);
              else onDone();
            }}
          >
            Ja, deaktivér kontoen
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => setSure(false)}>
            Fortryd
          </button>
        </p>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setSure(true)}>
          Deaktivér …
        </button>
      )}
    </section>
  );
}
