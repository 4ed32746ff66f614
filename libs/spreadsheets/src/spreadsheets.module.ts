import { Module } from '@nestjs/common';
import { DirectoryModule } from '#directory';
import { GeographyModule } from '#geography';
import { EXPORT_CONTROLLERS, EXPORT_PROVIDERS } from './export/index.js';
import { SpreadsheetImportResolver } from './import/spreadsheet-import.resolver.js';
import { SpreadsheetImportService } from './import/spreadsheet-import.service.js';

/** The GraphQL resolvers of the lib (what `npm run schema` prints from). */
export const SPREADSHEETS_RESOLVERS = [SpreadsheetImportResolver];

/** Spreadsheets in and out of the directory: one feature folder each (import/: contacts and offers from CSV/XLSX; export/: the catalogue as CSV and XLSX). */
@Module({
  imports: [GeographyModule, DirectoryModule],
  controllers: [...EXPORT_CONTROLLERS],
  providers: [...EXPORT_PROVIDERS, SpreadsheetImportService, SpreadsheetImportResolver],
  exports: [SpreadsheetImportService],
})
export class SpreadsheetsModule {}
