import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  MutationRejected,
  NotFoundError,
  ValidationError,
  inOneTransaction,
  isUuid,
  type MutationFailure,
  type RequestContext,
} from '#core';
import {
  ContactsService,
  OffersService,
  OrganisationsService,
  TaxonomyKindEnum,
  TaxonomyService,
  UnitsService,
  assertCanEdit,
} from '#directory';
import { GeographyService } from '#geography';
import { mapColumns, type ColumnMapping } from './columns.js';
import { ImportStore } from './import-store.js';
import { ImportAction, ImportRecordKind, ImportReport } from './import.types.js';
import { ExistingRecords, matchKey } from './existing-records.js';
import { readSheetApart } from './read-sheet-apart.js';
import { SheetRejected } from './read-sheet.js';
import { RowApplier } from './row-applier.js';
import { sheetRows, type RowProblem } from './sheet-rows.js';

export interface ImportOptions {
  organisationId: string;
  file: Buffer;
  fileName?: string | null;
  sheetName?: string | null;
  /** Default true. */
  dryRun?: boolean | null;
  mapping?: ColumnMapping | null;
  saveMapping?: boolean | null;
  /** Told before the rows are applied, after the contacts and after the offers (the CLI's progress bar). */
  progress?: (done: number, total: number) => void;
}

/** Thrown to roll a dry run, or an import with errors, back after its report is made. */
class RollBack extends Error {}

/**
 * Spreadsheet import of contacts and offers into one organisation (issue 18): reads the file, matches
 * its columns, and runs every row through the checks of the directory's own create/update/verify mutations
 * (its `importMany`) in one transaction that a dry run (and any row with an error) rolls back, so the report
 * and the result agree.
 */
@Injectable()
export class SpreadsheetImportService {
  private readonly store: ImportStore;

  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly contacts: ContactsService,
    private readonly offers: OffersService,
    private readonly taxonomy: TaxonomyService,
    private readonly geography: GeographyService,
    private readonly units: UnitsService,
  ) {
    this.store = new ImportStore(dataSource);
  }

  /** The column mapping saved by the organisation's last import, if any. */
  savedMapping(organisationId: string): Promise<ColumnMapping | null> {
    return isUuid(organisationId) ? this.store.mapping(organisationId) : Promise.resolve(null);
  }

  async run(ctx: RequestContext, options: ImportOptions): Promise<ImportReport | MutationFailure> {
    const { organisationId } = options;
    if (!isUuid(organisationId)) return ValidationError.of([{ path: 'input.organisationId', message: 'Id skal være et gyldigt UUID.' }]);
    const unitId = await this.editorUnit(ctx, organisationId);
    try {
      await assertCanEdit(this.dataSource.manager, ctx, organisationId, unitId);
    } catch (error) {
      if (error instanceof MutationRejected) return error.result;
      throw error;
    }
    if (!(await this.organisations.load(ctx, organisationId))) return NotFoundError.of('Organisationen', organisationId);
    let sheet;
    try {
      sheet = await readSheetApart(options.file, options.sheetName);
    } catch (error) {
      if (error instanceof SheetRejected) return ValidationError.of([{ path: 'input.contentBase64', message: error.message }]);
      throw error;
    }
    const mapping = options.mapping ?? (await this.store.mapping(organisationId)) ?? {};
    const fields = mapColumns(sheet.headers, mapping);
    const reference = {
      municipalities: await this.geography.listMunicipalities(),
      situations: await this.taxonomy.list(TaxonomyKindEnum.SITUATION),
    };
    const rows = sheetRows(sheet, fields, reference);
    const existing = await ExistingRecords.load(ctx, this.store, this.contacts, this.offers, organisationId);
    const seen = new Map<string, number>();
    for (const row of rows) {
      const key = `${row.kind}|${matchKey(row)}`;
      const first = seen.get(key);
      if (first !== undefined) {
        row.problems.push({
          rowNumber: row.rowNumber,
          column: '',
          message: `Rækken har samme nøgle som række ${first} (eksternt id eller type og navn).`,
        });
      } else seen.set(key, row.rowNumber);
    }

    const dryRun = options.dryRun ?? true;
    const importId = randomUUID();
    const applier = new RowApplier(ctx, { contacts: this.contacts, offers: this.offers, store: this.store }, existing, {
      organisationId,
      unitId,
      fileName: options.fileName ?? null,
    });
    const report = Object.assign(new ImportReport(), {
      importId: dryRun ? null : importId,
      dryRun,
      applied: false,
      format: sheet.format,
      encoding: sheet.encoding,
      delimiter: sheet.delimiter,
      columns: sheet.headers.map((header, i) => ({ header, field: fields[i] })),
      rows: [] as ImportReport['rows'],
      problems: [] as RowProblem[],
      warnings: [] as RowProblem[],
    });
    const cause = `import:${importId}`;
    const failed = () => report.problems.length > 0;
    // One transaction, also on the embedded database (where it holds other requests up while it runs): every row
    // goes through the directory's `importMany` at once, written in a few statements (README: 1,000 rows in 1.2-1.6 s
    // on a shared 2-core machine); a dry run and an import with any error are rolled back, so the report and the
    // result agree and nothing is half written.
    await rollingBack(() =>
      inOneTransaction(this.dataSource, cause, async (manager) => {
        options.progress?.(0, rows.length);
        const outcomes = await applier.applyAll(manager, rows, (done) => options.progress?.(done, rows.length));
        rows.forEach((row, i) => {
          report.rows.push({ rowNumber: row.rowNumber, kind: row.kind as ImportRecordKind, name: row.name, ...outcomes[i] });
          report.problems.push(...row.problems);
          report.warnings.push(...row.warnings);
        });
        options.progress?.(rows.length, rows.length);
        this.count(report);
        if (dryRun || failed()) throw new RollBack();
        await this.store.recordRun(manager, {
          id: importId,
          organisationId,
          accountId: ctx.accountId,
          fileName: options.fileName ?? null,
          ...report,
        });
        if (options.saveMapping) {
          await this.store.saveMapping(
            manager,
            organisationId,
            Object.fromEntries(sheet.headers.flatMap((h, i) => (fields[i] ? [[h, fields[i]]] : []))),
          );
        }
        report.applied = true;
      }),
    );
    if (!report.applied) {
      report.importId = null;
      // Nothing was saved: no record it would create has an id.
      for (const row of report.rows) if (row.action === ImportAction.CREATE) row.recordId = null;
    }
    return report;
  }

  /** The unit an editor of only part of the organisation imports into (its records are owned by that unit); null: the organisation. */
  private async editorUnit(ctx: RequestContext, organisationId: string): Promise<string | null> {
    if (ctx.viewer.kind !== 'account' || ctx.isAdmin) return null;
    const grants = ctx.viewer.grants.filter((g) => g.role === 'EDITOR');
    if (grants.some((g) => g.organisationId === organisationId && !g.unitId)) return null;
    for (const grant of grants) {
      if (grant.unitId && (await this.units.load(ctx, grant.unitId))?.organisationId === organisationId) return grant.unitId;
    }
    return null;
  }

  private count(report: ImportReport): void {
    const count = (action: ImportAction) => report.rows.filter((r) => r.action === action).length;
    Object.assign(report, {
      created: count(ImportAction.CREATE),
      updated: count(ImportAction.UPDATE),
      unchanged: count(ImportAction.UNCHANGED),
      failed: count(ImportAction.ERROR),
    });
  }
}

/** Runs `work`, taking a RollBack as the planned end of a dry run or a failed import. */
async function rollingBack(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
}
