import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AccountsService } from '#auth';
import { RequestContext } from '#core';
import { ImportField, ImportReport, SpreadsheetImportService, type ColumnMapping } from '#spreadsheets';
import { AppModule } from '../app.module.js';
import { configOrFail, databaseOrFail, stop } from '../bootstrap.js';
import { organisationOfArgument } from './organisation-argument.js';
import { ProgressBar } from './progress-bar.js';

/**
 * `npm run import -- file.xlsx --organisation <id|name> [--dry-run] [--sheet <name>] [--mapping "Kolonne=FIELD,…"] [--save-mapping]
 * [--account <e-mail>]`: the spreadsheet import of the GraphQL mutation importSpreadsheet, run by the server's operator (with an
 * administrator's rights; `--account` names whom the audit trail records). `--organisation` is the organisation's id or its
 * exact name in any case. Progress on stderr, the report on stdout. Exit code 0; 1 when a row or the file has an error;
 * 2 for bad arguments (a file that cannot be read, an organisation's name that matches none or several, an unknown account).
 */
const USAGE =
  'Brug: npm run import -- <fil.csv|fil.xlsx> --organisation <id eller navn> [--dry-run] [--sheet <ark>] [--mapping "Kolonne=FELT,…"] [--save-mapping] [--account <e-mail>]';
const SYSTEM_ACCOUNT = '00000000-0000-4000-8000-000000000000';

const { values, positionals } = argumentsOrFail();
const [file] = positionals;
if (!file || !values.organisation) stop(USAGE, 2);
const mapping = values.mapping ? parseMapping(values.mapping) : null;
const contents = contentsOrFail(file);

const config = configOrFail();
const database = await databaseOrFail(config);
const app = await NestFactory.createApplicationContext(AppModule.forRoot(database, { ...config, jobs: { ...config.jobs, work: false } }), {
  logger: ['error', 'warn'],
});
await app.init();
const closeAndFail = async (message: string): Promise<never> => {
  await app.close();
  await database.close();
  return stop(message, 2);
};
const organisation = await organisationOfArgument(app.get(DataSource), values.organisation);
const organisationId = 'id' in organisation ? organisation.id : await closeAndFail(organisation.error);
let accountId = SYSTEM_ACCOUNT;
if (values.account) {
  const account = await app.get(AccountsService).findByEmail(values.account);
  accountId = account ? account.id : await closeAndFail(`Kontoen ${values.account} findes ikke.`);
}
const ctx = new RequestContext({ kind: 'account', accountId, grants: [{ role: 'ADMIN' }] });
const bar = new ProgressBar(values['dry-run'] ? 'Prøvekørsel' : 'Import');
const result = await app.get(SpreadsheetImportService).run(ctx, {
  organisationId,
  file: contents,
  fileName: basename(file),
  sheetName: values.sheet,
  dryRun: values['dry-run'],
  mapping,
  saveMapping: values['save-mapping'],
  progress: (done, total) => bar.update(done, total),
});
await app.close();
await database.close();
if (!(result instanceof ImportReport))
  stop(`${result.message}${'fieldErrors' in result ? ` ${result.fieldErrors.map((e) => e.message).join(' ')}` : ''}`);
const report = result as ImportReport;
const out = process.stdout;
out.write(
  `${report.format}${report.encoding ? `, ${report.encoding}` : ''}${report.delimiter ? `, skilletegn "${report.delimiter}"` : ''}\n`,
);
out.write(`Kolonner: ${report.columns.map((c) => `${c.header} → ${c.field ?? '(ignoreres)'}`).join('; ')}\n`);
for (const row of report.rows) {
  if (row.action !== 'UNCHANGED')
    out.write(
      `Række ${row.rowNumber}: ${row.action} ${row.kind} "${row.name}"${row.changedFields.length ? ` (${row.changedFields.join(', ')})` : ''}\n`,
    );
}
for (const p of report.warnings) out.write(`Advarsel i række ${p.rowNumber}${p.column ? `, kolonne "${p.column}"` : ''}: ${p.message}\n`);
for (const p of report.problems) out.write(`Fejl i række ${p.rowNumber}${p.column ? `, kolonne "${p.column}"` : ''}: ${p.message}\n`);
const summary = `${report.created} oprettes, ${report.updated} opdateres, ${report.unchanged} uændrede, ${report.failed} med fejl`;
if (report.applied)
  out.write(`Importeret (import:${report.importId}): ${summary.replace('oprettes', 'oprettet').replace('opdateres', 'opdateret')}.\n`);
else out.write(`${report.dryRun ? 'Prøvekørsel, intet gemt' : 'Intet gemt, ret fejlene og prøv igen'}: ${summary}.\n`);
process.exit(report.failed > 0 ? 1 : 0);

function argumentsOrFail() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        organisation: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        sheet: { type: 'string' },
        mapping: { type: 'string' },
        'save-mapping': { type: 'boolean', default: false },
        account: { type: 'string' },
      },
    });
  } catch (error) {
    return stop(`${(error as Error).message}\n${USAGE}`, 2);
  }
}

/** The file, read before the database is opened: a name that is no file is a bad argument. */
function contentsOrFail(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return stop(`Filen ${path} kan ikke læses${code === 'ENOENT' ? ': den findes ikke' : code ? ` (${code})` : ''}.`, 2);
  }
}

function parseMapping(text: string): ColumnMapping {
  const known = new Set<string>(Object.values(ImportField));
  return Object.fromEntries(
    text.split(',').map((pair) => {
      const [column, field] = pair.split('=').map((s) => s.trim());
      if (!column || !known.has(field)) stop(`--mapping: "${pair}" skal være Kolonne=FELT, med FELT et af ${[...known].join(', ')}.`, 2);
      return [column, field as ImportField];
    }),
  );
}
