import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { DataSource, type EntityManager } from 'typeorm';
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
import { readSheet, SheetRejected } from './read-sheet.js';
import { RowApplier, type Undo } from './row-applier.js';
import { PART_MS, undoImport } from './undo-import.js';
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
  /** Told after every chunk of rows (the CLI's progress bar). */
  progress?: (done: number, total: number) => void;
  /** On the embedded database: how long one part may hold the connection (default PART_MS). */
  partMs?: number;
}

/** Thrown to roll a dry run, or an import with errors, back after its report is made. */
class RollBack extends Error {}

/** Rows between progress reports. */
const CHUNK = 50;

/**
 * Spreadsheet import of contacts and offers into one organisation (issue 18): reads the file, matches
 * its columns, and runs every row through the directory's own create/update/verify mutations in one
 * transaction that a dry run (and any row with an error) rolls back, so the report and the result agree.
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
      sheet = await readSheet(options.file, options.sheetName);
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
    let next = 0;
    const undos: Undo[] = [];
    /** Rows from `next` on, until all are done or (in parts) the part's time is up; their undo records. */
    const part = async (manager: EntityManager, inParts: boolean): Promise<Undo[]> => {
      const started = performance.now();
      const done: Undo[] = [];
      const budget = options.partMs ?? PART_MS;
      const from = next;
      // At least one row per part, so a part always moves on.
      while (next < rows.length && (!inParts || next === from || performance.now() - started < budget)) {
        const row = rows[next++];
        const result = row.problems.length
          ? { action: ImportAction.ERROR, recordId: null, changedFields: [] }
          : await applier.apply(manager, row);
        report.rows.push({ rowNumber: row.rowNumber, kind: row.kind as ImportRecordKind, name: row.name, ...result });
        report.problems.push(...row.problems);
        report.warnings.push(...row.warnings);
        if (result.undo) done.push(result.undo);
        if (next % CHUNK === 0) options.progress?.(next, rows.length);
      }
      options.progress?.(next, rows.length);
      return done;
    };
    const finish = async (manager: EntityManager) => {
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
    };
    const failed = () => report.problems.length > 0;
    if (!sharesOneConnection(this.dataSource)) {
      // A database server: one transaction for the whole import; other requests use other connections.
      await rollingBack(() =>
        inOneTransaction(this.dataSource, cause, async (manager) => {
          await part(manager, false);
          this.count(report);
          if (dryRun || failed()) throw new RollBack();
          await finish(manager);
          report.applied = true;
        }),
      );
    } else {
      // The embedded database has one connection: a transaction holds every other request up while it runs. The
      // import runs in parts of PART_MS, each its own transaction, and requests waiting get the connection in between;
      // a dry run rolls every part back, and when a part fails the parts already committed are taken back.
      while (next < rows.length) {
        // A row the sheet already got wrong means nothing is saved: no part is committed to be taken back later.
        const commit = !dryRun && !failed() && !rows.some((r) => r.problems.length);
        await rollingBack(async () => {
          await inOneTransaction(this.dataSource, cause, async (manager) => {
            const done = await part(manager, true);
            if (!commit || failed()) throw new RollBack();
            undos.push(...done);
          });
        });
        await new Promise((resolve) => setImmediate(resolve));
      }
      this.count(report);
      if (!dryRun && failed())
        await undoImport(this.dataSource, cause, ctx, { contacts: this.contacts, offers: this.offers, store: this.store }, undos);
      else if (!dryRun) {
        await inOneTransaction(this.dataSource, cause, finish);
        report.applied = true;
      }
    }
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

/** Whether the DataSource has a single connection (embedded PGlite), so that a long transaction stalls everyone. */
function sharesOneConnection(dataSource: DataSource): boolean {
  return (dataSource.options as { extra?: { max?: number } }).extra?.max === 1;
}
