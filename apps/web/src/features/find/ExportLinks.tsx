import { useState } from 'react';
import { currentAccessToken, useSession } from '../../auth/session-store';
import { attachmentName, saveBlob } from '../../lib/download';
import { catalogueExportHref, type FindState, type UnderstoodFilters } from './find-url';

type Format = 'csv' | 'xlsx';

/**
 * The records behind the current filters (the chosen types, else all) as a spreadsheet (the server's catalogue export); the search words stay
 * behind. Anyone gets links to the public sheet. A signed-in professional may also fetch it with the staff lines:
 * the access token lives in memory only, so that sheet is fetched by the page and handed over as a download.
 */
export function ExportLinks({ find, understood }: { find: FindState; understood?: UnderstoodFilters | null }) {
  const session = useSession();
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<string | null>(null);
  const csv = catalogueExportHref(find, 'csv', understood);
  const xlsx = catalogueExportHref(find, 'xlsx', understood);

  const withStaffLines = async (format: Format, href: string) => {
    setBusy(format);
    setError(null);
    try {
      const token = currentAccessToken();
      const url = `${href}${href.includes('?') ? '&' : '?'}medarbejderlinjer=1`;
      const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      if (!response.ok) throw new Error((await response.text()) || `Vejviser svarede med en fejl (${response.status}).`);
      saveBlob(attachmentName(response.headers.get('content-disposition'), `tilbudskatalog.${format}`), await response.blob());
    } catch (caught) {
      setError(caught instanceof TypeError ? 'Vejviser kunne ikke nås. Tjek forbindelsen og prøv igen.' : (caught as Error).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="find-export">
      <p>
        Hent som regneark (
        <a href={csv} download>
          CSV
        </a>{' '}
        /{' '}
        <a href={xlsx} download>
          Excel
        </a>
        )
        <span className="form-hint">
          Tilbud, kontakter, organisationer og enheder med de valgte filtre – uden søgeordene. Kun offentlige kontaktveje.
        </span>
      </p>
      {session.account ? (
        <p>
          Med medarbejderlinjer (kun for fagpersoner):{' '}
          <button type="button" className="button button-tertiary" disabled={busy !== null} onClick={() => withStaffLines('csv', csv)}>
            CSV<span className="sr-only"> med medarbejderlinjer</span>
          </button>{' '}
          <button type="button" className="button button-tertiary" disabled={busy !== null} onClick={() => withStaffLines('xlsx', xlsx)}>
            Excel<span className="sr-only"> med medarbejderlinjer</span>
          </button>
          <span className="form-hint">Giv ikke medarbejderlinjerne videre til borgere.</span>
        </p>
      ) : null}
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
