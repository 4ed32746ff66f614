import { useState } from 'react';
import { useParams } from 'wouter';
import type { ImportField } from '../../gql/graphql';
import { useSession } from '../../auth/session-store';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { SignInHint } from '../records/parts/SignInHint';
import { ImportOrganisationDocument, ImportSpreadsheetDocument } from './import.operations';
import { ColumnChoices, ImportReportView, type Report } from './ImportReportView';
import { fieldErrorsOf } from '../../lib/mutation-failure';

const MAX_BYTES = 10 * 1024 * 1024;

/** A file's contents as base64 (what importSpreadsheet takes). */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('Filen kunne ikke læses.'));
    reader.readAsDataURL(file);
  });
}

function Importer({ organisationId }: { organisationId: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [sheetName, setSheetName] = useState('');
  const [mapping, setMapping] = useState<Record<string, ImportField>>({});
  const [saveMapping, setSaveMapping] = useState(true);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<'dry' | 'apply' | null>(null);

  const send = async (dryRun: boolean) => {
    if (!file) return setFailure('Vælg en fil (CSV eller XLSX).');
    if (file.size > MAX_BYTES) return setFailure('Filen er større end 10 MB. Del den op i flere filer.');
    setBusy(dryRun ? 'dry' : 'apply');
    setFailure(null);
    try {
      const columns = Object.entries(mapping).map(([column, field]) => ({ column, field }));
      const result = (
        await request(ImportSpreadsheetDocument, {
          input: {
            organisationId,
            fileName: file.name,
            contentBase64: await base64Of(file),
            sheetName: sheetName || null,
            dryRun,
            mapping: columns.length ? columns : null,
            saveMapping: !dryRun && saveMapping,
          },
        })
      ).importSpreadsheet;
      if (result.__typename === 'ImportReport') setReport(result);
      else {
        const fields = fieldErrorsOf(result);
        setFailure(fields.length ? fields.map((e) => e.message).join(' ') : result.message);
      }
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
    setBusy(null);
  };

  return (
    <>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send(true);
        }}
      >
        <div className="form-group">
          <label className="form-label" htmlFor="import-file">
            Fil med kontakter og tilbud
          </label>
          <span className="form-hint" id="import-file-hint">
            CSV (semikolon eller komma, også fra dansk Excel) eller XLSX, højst 10 MB og 5.000 rækker. Første række er overskrifter som
            Navn, Telefon, E-mail, Målgruppe, Alder, Kommune, Adgang, Situation, Åbningstid og Sidst bekræftet.
          </span>
          <input
            className="form-file-input"
            type="file"
            id="import-file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-file-hint"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              setMapping({});
            }}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="import-sheet">
            Ark (kun XLSX; tomt: det første)
          </label>
          <input className="form-input input-width-s" id="import-sheet" value={sheetName} onChange={(e) => setSheetName(e.target.value)} />
        </div>
        {report && (
          <ColumnChoices report={report} mapping={mapping} onChange={(header, field) => setMapping({ ...mapping, [header]: field })} />
        )}
        <button type="submit" className="button button-secondary" disabled={busy !== null}>
          {busy === 'dry' ? 'Prøvekører …' : 'Prøvekør'}
        </button>
      </form>
      {failure && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{failure}</p>
        </div>
      )}
      {report && <ImportReportView report={report} />}
      {report?.dryRun && report.failed === 0 && (
        <div className="form-group">
          <div className="form-group-checkbox">
            <input
              type="checkbox"
              className="form-checkbox"
              id="import-save"
              checked={saveMapping}
              onChange={(e) => setSaveMapping(e.target.checked)}
            />
            <label className="form-label" htmlFor="import-save">
              Husk kolonnevalgene til næste import
            </label>
          </div>
          <button type="button" className="button button-primary" disabled={busy !== null} onClick={() => void send(false)}>
            {busy === 'apply'
              ? 'Importerer …'
              : `Importér ${report.created + report.updated} ${report.created + report.updated === 1 ? 'ændring' : 'ændringer'}`}
          </button>
        </div>
      )}
    </>
  );
}

/** `/organisationer/<id>/import`: upload a spreadsheet, choose its columns, see the dry run, then import (importSpreadsheet). */
export function ImportPage() {
  const { id } = useParams<{ id: string }>();
  const { account, ready } = useSession();
  const state = useQuery(ImportOrganisationDocument, { id });
  const name = state.status === 'done' ? state.data.organisation?.name : undefined;
  usePageTitle(name ? `Importér kontakter og tilbud – ${name}` : 'Importér kontakter og tilbud');
  return (
    <>
      <h1>Importér kontakter og tilbud{name ? ` – ${name}` : ''}</h1>
      <p className="font-lead">
        Du ser først en prøvekørsel: hvad der oprettes, opdateres og er uændret, og hver fejl. Intet gemmes, før du importerer.
      </p>
      {!ready && <p role="status">Henter …</p>}
      {ready && !account && <SignInHint text="Siden er for organisationens redaktører." />}
      {ready && account && <Importer organisationId={id} />}
    </>
  );
}
