import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, MUTATION_FAILURES, RequestContext, ValidationError, resultUnion, type MutationFailure } from '#core';
import { ImportSpreadsheetInput, ImportReport } from './import.types.js';
import { SpreadsheetImportService } from './spreadsheet-import.service.js';
import { IMPORT_LIMITS } from './read-sheet.js';

export const ImportSpreadsheetResult = resultUnion('ImportSpreadsheetResult', [ImportReport, ...MUTATION_FAILURES]);

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;

@Resolver()
export class SpreadsheetImportResolver {
  constructor(private readonly imports: SpreadsheetImportService) {}

  @Mutation(() => ImportSpreadsheetResult, {
    description:
      'Imports contacts and offers from a spreadsheet (CSV or XLSX) into an organisation, for its editors. A dry run (the default) reports ' +
      'per row what would be created, updated or left unchanged and every error; applying saves all rows or none.',
  })
  importSpreadsheet(@Ctx() ctx: RequestContext, @Args('input') input: ImportSpreadsheetInput): Promise<ImportReport | MutationFailure> {
    if (input.contentBase64.length > Math.ceil(IMPORT_LIMITS.bytes / 3) * 4 + 4 || !BASE64.test(input.contentBase64)) {
      const message = input.contentBase64.length > IMPORT_LIMITS.bytes ? 'Filen er større end 10 MB.' : 'Filen skal sendes base64-kodet.';
      return Promise.resolve(ValidationError.of([{ path: 'input.contentBase64', message }]));
    }
    return this.imports.run(ctx, {
      organisationId: input.organisationId,
      file: Buffer.from(input.contentBase64, 'base64'),
      fileName: input.fileName,
      sheetName: input.sheetName,
      dryRun: input.dryRun,
      mapping: input.mapping ? Object.fromEntries(input.mapping.map((m) => [m.column, m.field])) : null,
      saveMapping: input.saveMapping,
    });
  }
}
