import { Module } from '@nestjs/common';
import { DirectoryModule } from '#directory';
import { GeographyModule } from '#geography';
import { HsdsCatalogue } from './hsds-catalogue.js';
import { HsdsController } from './hsds.controller.js';
import { HsdsTerms } from './hsds-terms.js';
import { HsdsExport } from './tabular/hsds-export.js';
import { HsdsImport } from './tabular/hsds-import.js';

/** The read-only HSDS 3.0 API under /hsds/ (Open Referral's Human Services Data Specification). */
@Module({
  imports: [GeographyModule, DirectoryModule],
  providers: [HsdsCatalogue, HsdsTerms, HsdsExport, HsdsImport],
  controllers: [HsdsController],
  exports: [HsdsCatalogue, HsdsTerms, HsdsExport, HsdsImport],
})
export class HsdsModule {}
