import { Link } from 'wouter';
import type { ImportField, ImportSpreadsheetMutation } from '../../gql/graphql';

export type Report = Extract<ImportSpreadsheetMutation['importSpreadsheet'], { __typename: 'ImportReport' }>;

/** The fields a column can be imported as, by their Danish names (the headers the import also understands). */
export const FIELD_NAMES: Record<ImportField, string> = {
  TYPE: 'Type (kontakt eller tilbud)',
  NAME: 'Navn',
  EXTERNAL_ID: 'Eksternt id',
  PHONE: 'Telefon',
  EMAIL: 'E-mail',
  WEB: 'Hjemmeside',
  ROLE_TITLE: 'Stilling',
  DESCRIPTION: 'Beskrivelse',
  TARGET_GROUP: 'Målgruppe',
  AGE: 'Alder (fx 13-30 år)',
  AGE_FROM: 'Alder fra',
  AGE_TO: 'Alder til',
  MUNICIPALITY: 'Kommune',
  ACCESS: 'Adgang',
  SITUATION: 'Situation',
  OPENING_HOURS: 'Åbningstid',
  LAST_VERIFIED: 'Sidst bekræftet',
  VERIFIED_BY: 'Bekræftet af',
  IGNORE: 'Importeres ikke',
};

const ACTIONS: Record<Report['rows'][number]['action'], string> = {
  CREATE: 'Oprettes',
  UPDATE: 'Opdateres',
  UNCHANGED: 'Uændret',
  ERROR: 'Fejl',
};
const FIELDS_CHANGED: Record<string, string> = {
  name: 'navn',
  helpText: 'målgruppe',
  description: 'beskrivelse',
  roleTitle: 'stilling',
  ageMin: 'alder fra',
  ageMax: 'alder til',
  municipalityCodes: 'kommuner',
  accessRoute: 'adgang',
  situations: 'situationer',
  openingHours: 'åbningstid',
  channels: 'telefon, e-mail eller hjemmeside',
  lastVerifiedAt: 'sidst bekræftet',
};

/** The column mapping of a report, one select per column. */
export function ColumnChoices({
  report,
  mapping,
  onChange,
}: {
  report: Report;
  mapping: Record<string, ImportField>;
  onChange: (header: string, field: ImportField) => void;
}) {
  return (
    <fieldset>
      <legend className="h3">Kolonner</legend>
      <p className="form-hint">Vælg, hvad hver kolonne indeholder. Prøvekør igen for at se virkningen.</p>
      {report.columns.map((column, i) => (
        <div className="form-group" key={`${column.header}-${i}`}>
          <label className="form-label" htmlFor={`import-column-${i}`}>
            {column.header || `Kolonne ${i + 1}`}
          </label>
          <select
            className="form-select"
            id={`import-column-${i}`}
            value={mapping[column.header] ?? column.field ?? 'IGNORE'}
            onChange={(e) => onChange(column.header, e.target.value as ImportField)}
          >
            {(Object.keys(FIELD_NAMES) as ImportField[]).map((field) => (
              <option key={field} value={field}>
                {FIELD_NAMES[field]}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}

/** What the import did, or would do: counts, the errors by row and column, then every row. */
export function ImportReportView({ report }: { report: Report }) {
  const what = `${report.created} oprettes, ${report.updated} opdateres, ${report.unchanged} er uændrede og ${report.failed} har fejl`;
  return (
    <section aria-labelledby="import-report-heading">
      <h2 id="import-report-heading">{report.applied ? 'Importeret' : report.dryRun ? 'Prøvekørsel' : 'Ikke importeret'}</h2>
      <p>
        {report.format}
        {report.encoding ? `, ${report.encoding}` : ''}
        {report.delimiter ? `, skilletegn "${report.delimiter}"` : ''}: {what}.
      </p>
      {report.problems.length > 0 && (
        <div className="alert alert-error" role="alert">
          <p className="alert-heading">Ret disse fejl i filen, og prøv igen. Intet er gemt.</p>
          <ul className="alert-text">
            {report.problems.map((p, i) => (
              <li key={i}>
                Række {p.rowNumber}
                {p.column ? `, kolonne "${p.column}"` : ''}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.warnings.length > 0 && (
        <div className="alert alert-warning">
          <p className="alert-heading">Advarsler (importen kan stadig gennemføres)</p>
          <ul className="alert-text">
            {report.warnings.map((p, i) => (
              <li key={i}>
                Række {p.rowNumber}
                {p.column ? `, kolonne "${p.column}"` : ''}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <caption className="sr-only">Rækkerne i filen</caption>
          <thead>
            <tr>
              <th scope="col">Række</th>
              <th scope="col">Type</th>
              <th scope="col">Navn</th>
              <th scope="col">Handling</th>
              <th scope="col">Ændrer</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.rowNumber}>
                <td>{row.rowNumber}</td>
                <td>{row.kind === 'OFFER' ? 'Tilbud' : 'Kontakt'}</td>
                <td>
                  {row.recordId ? (
                    <Link href={`/${row.kind === 'OFFER' ? 'tilbud' : 'kontakter'}/${row.recordId}`}>{row.name}</Link>
                  ) : (
                    row.name
                  )}
                </td>
                <td>{ACTIONS[row.action]}</td>
                <td>{row.changedFields.map((f) => FIELDS_CHANGED[f] ?? f).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
