import { Module } from '@nestjs/common';
import { DirectoryModule } from '#directory';
import { GeographyModule } from '#geography';
import { EXPORT_CONTROLLERS, EXPORT_PROVIDERS } from './export/index.js';

/** Spreadsheets in and out of the directory: one feature folder each (export/: the catalogue as CSV and XLSX). */
@Module({
  imports: [GeographyModule, DirectoryModule],
  controllers: [...EXPORT_CONTROLLERS],
  providers: [...EXPORT_PROVIDERS],
})
export class SpreadsheetsModule {}
