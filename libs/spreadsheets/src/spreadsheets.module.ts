import { Module } from '@nestjs/common';
import { DirectoryModule } from '#directory';
import { GeographyModule } from '#geography';
import { SpreadsheetImportResolver } from './import/spreadsheet-import.resolver.js';
import { SpreadsheetImportService } from './import/spreadsheet-import.service.js';

/** The GraphQL resolvers of the lib (what `npm run schema` prints from). */
export const SPREADSHEETS_RESOLVERS = [SpreadsheetImportResolver];

/** Spreadsheets in and out of the directory (issue 18): each feature adds its providers here. */
@Module({
  imports: [GeographyModule, DirectoryModule],
  providers: [SpreadsheetImportService, SpreadsheetImportResolver],
  exports: [SpreadsheetImportService],
})
export class SpreadsheetsModule {}
