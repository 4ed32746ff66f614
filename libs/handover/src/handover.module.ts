import { Module, type DynamicModule } from '@nestjs/common';
import { DirectoryModule } from '#directory';
import { GeographyModule } from '#geography';
import { GUIDE_CONTROLLERS, GUIDE_PROVIDERS, GUIDE_RESOLVERS } from './guide/index.js';
import { HANDOVER_CONFIG, type HandoverConfig } from './handover.config.js';
import { SHEET_CONTROLLERS, SHEET_PROVIDERS, SHEET_RESOLVERS } from './sheet/index.js';

export const HANDOVER_RESOLVERS = [...GUIDE_RESOLVERS, ...SHEET_RESOLVERS];

/** The handover guide: one query for who to hand over to, and a sheet to share it. */
@Module({})
export class HandoverModule {
  static forRoot(config: HandoverConfig): DynamicModule {
    return {
      module: HandoverModule,
      imports: [GeographyModule, DirectoryModule],
      providers: [{ provide: HANDOVER_CONFIG, useValue: config }, ...GUIDE_PROVIDERS, ...SHEET_PROVIDERS, ...HANDOVER_RESOLVERS],
      controllers: [...GUIDE_CONTROLLERS, ...SHEET_CONTROLLERS],
    };
  }
}
