import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { QueryState } from '../../../lib/use-query';
import { usePageTitle } from '../../../lib/page-title';

/** A friendly page for an id or code that is not (or no longer) in Vejviser: not a crash, not a blank page. */
export function RecordNotFound({ what }: { what: string }) {
  usePageTitle(`${what} findes ikke`);
  return (
    <>
      <h1>{what} findes ikke</h1>
      <p>Linket kan være forkert, eller oplysningerne er slettet eller flyttet.</p>
      <p>
        <Link href="/">Søg efter den rette kontakt</Link>
      </p>
    </>
  );
}

function Loading() {
  return <p role="status">Henter oplysninger …</p>;
}

/** Loading, error, not found, or the record: `select` picks the record out of the answer (null: not found). */
export function QueryResult<R, T>({
  state,
  select,
  what,
  children,
}: {
  state: QueryState<R>;
  select: (data: R) => T | null | undefined;
  what: string;
  children: (record: T) => ReactNode;
}) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <QueryError message={state.message} />;
  const record = select(state.data);
  if (record == null) return <RecordNotFound what={what} />;
  return <>{children(record)}</>;
}

function QueryError({ message }: { message: string }) {
  usePageTitle('Fejl');
  return (
    <>
      <h1>Siden kunne ikke vises</h1>
      <div className="alert alert-error" role="alert">
        <p className="alert-text">{message}</p>
      </div>
    </>
  );
}
