import { FIRST_PAGE, nextPage, previousPage, type Pager } from './labels';

/** "Forrige side" / "Næste side" under a list, with where in the list the page is. */
export function Paging({
  pager,
  onChange,
  hasNextPage,
  endCursor,
  shown,
  total,
  pageSize,
}: {
  pager: Pager;
  onChange: (pager: Pager) => void;
  hasNextPage: boolean;
  endCursor?: string | null;
  shown: number;
  total: number;
  pageSize: number;
}) {
  const from = pager.previous.length * pageSize + (shown ? 1 : 0);
  return (
    <nav aria-label="Sider" className="admin-paging">
      <p>
        Viser {from}–{pager.previous.length * pageSize + shown} af {total}
      </p>
      {pager !== FIRST_PAGE && pager.previous.length > 0 && (
        <button type="button" className="button button-secondary" onClick={() => onChange(previousPage(pager))}>
          Forrige side
        </button>
      )}{' '}
      {hasNextPage && (
        <button type="button" className="button button-secondary" onClick={() => onChange(nextPage(pager, endCursor))}>
          Næste side
        </button>
      )}
    </nav>
  );
}
