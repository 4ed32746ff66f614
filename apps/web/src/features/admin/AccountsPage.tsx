import { useState } from 'react';
import { Link } from 'wouter';
import type { AccountStatus, AccountsQuery, Role } from '../../gql/graphql';
import { formatDateTime } from '../../lib/danish-time';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { AdminGate } from './AdminGate';
import { AccountsDocument } from './admin.operations';
import { FIRST_PAGE, ROLE_LABELS, STATUS_LABELS, type Pager } from './labels';
import { Paging } from './Paging';

const PAGE_SIZE = 25;

interface Filter {
  text: string;
  status: AccountStatus | '';
  role: Role | '';
}

/** `/administration/konti`: every account, filtered by name or address, status and role, a page at a time. */
export function AccountsPage() {
  usePageTitle('Konti og roller');
  return (
    <AdminGate>
      <h1>Konti og roller</h1>
      <p>
        <Link href="/administration/konti/ny" className="button button-primary">
          Invitér en ny bruger
        </Link>
      </p>
      <AccountList />
    </AdminGate>
  );
}

function AccountList() {
  const [draft, setDraft] = useState<Filter>({ text: '', status: '', role: '' });
  const [filter, setFilter] = useState<Filter>(draft);
  const [pager, setPager] = useState<Pager>(FIRST_PAGE);
  const variables = {
    filter: { text: filter.text || null, status: filter.status || null, role: filter.role || null },
    first: PAGE_SIZE,
    after: pager.after,
  };
  const state = useQuery(AccountsDocument, variables);
  return (
    <>
      <form
        className="admin-filter"
        aria-label="Filtrér konti"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter(draft);
          setPager(FIRST_PAGE);
        }}
      >
        <div className="form-group">
          <label className="form-label" htmlFor="account-text">
            Navn eller e-mail
          </label>
          <input
            id="account-text"
            type="search"
            className="form-input"
            value={draft.text}
            onChange={(e) => setDraft({ ...draft, text: e.target.value })}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="account-status">
            Status
          </label>
          <select
            id="account-status"
            className="form-select"
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value as Filter['status'] })}
          >
            <option value="">Alle</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="account-role">
            Rolle
          </label>
          <select
            id="account-role"
            className="form-select"
            value={draft.role}
            onChange={(e) => setDraft({ ...draft, role: e.target.value as Filter['role'] })}
          >
            <option value="">Alle</option>
            {Object.entries(ROLE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          Vis konti
        </button>
      </form>
      {state.status === 'loading' && <p role="status">Henter konti …</p>}
      {state.status === 'error' && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{state.message}</p>
        </div>
      )}
      {state.status === 'done' && <AccountTable connection={state.data.accounts} pager={pager} onPage={setPager} />}
    </>
  );
}

type Connection = AccountsQuery['accounts'];

function AccountTable({ connection, pager, onPage }: { connection: Connection; pager: Pager; onPage: (p: Pager) => void }) {
  const accounts = connection.edges.map((e) => e.node);
  if (!accounts.length) return <p>Ingen konti passer til filteret.</p>;
  return (
    <>
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <caption className="sr-only">Konti</caption>
          <thead>
            <tr>
              <th scope="col">Navn</th>
              <th scope="col">E-mail</th>
              <th scope="col">Status</th>
              <th scope="col">Roller</th>
              <th scope="col">Sidst logget ind</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/administration/konti/${a.id}`}>{a.displayName}</Link>
                </td>
                <td>{a.email}</td>
                <td>{STATUS_LABELS[a.status]}</td>
                <td>{[...new Set(a.grants.map((g) => ROLE_LABELS[g.role]))].join(', ') || '–'}</td>
                <td>{a.lastSignInAt ? formatDateTime(a.lastSignInAt) : 'Aldrig'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Paging
        pager={pager}
        onChange={onPage}
        hasNextPage={connection.pageInfo.hasNextPage}
        endCursor={connection.pageInfo.endCursor}
        shown={accounts.length}
        total={connection.totalCount}
        pageSize={PAGE_SIZE}
      />
    </>
  );
}
