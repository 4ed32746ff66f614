import { Module, type DynamicModule } from '@nestjs/common';
import { DirectoryModule } from '#directory';
import { GeographyModule } from '#geography';
import { CHANGE_DIGESTS_CONTROLLERS, CHANGE_DIGESTS_PROVIDERS, CHANGE_DIGESTS_RESOLVERS } from './change-digests/index.js';
import { COVERAGE_CONTROLLERS, COVERAGE_PROVIDERS, COVERAGE_RESOLVERS } from './coverage/index.js';
import { TURNOVER_CONTROLLERS, TURNOVER_PROVIDERS, TURNOVER_RESOLVERS } from './turnover/index.js';
import { UPKEEP_CONFIG, type UpkeepConfig } from './upkeep.config.js';
import { VERIFICATION_CONTROLLERS, VERIFICATION_PROVIDERS, VERIFICATION_RESOLVERS } from './verification/index.js';

export const UPKEEP_RESOLVERS = [...VERIFICATION_RESOLVERS, ...TURNOVER_RESOLVERS, ...COVERAGE_RESOLVERS, ...CHANGE_DIGESTS_RESOLVERS];

/** Keeping the directory true: owners and verification digests, turnover, coverage and change digests. */
@Module({})
export class UpkeepModule {
  static forRoot(config: UpkeepConfig): DynamicModule {
    return {
      module: UpkeepModule,
      imports: [GeographyModule, DirectoryModule],
      providers: [
        { provide: UPKEEP_CONFIG, useValue: config },
        ...VERIFICATION_PROVIDERS,
        ...TURNOVER_PROVIDERS,
        ...COVERAGE_PROVIDERS,
        ...CHANGE_DIGESTS_PROVIDERS,
        ...UPKEEP_RESOLVERS,
      ],
      controllers: [...VERIFICATION_CONTROLLERS, ...TURNOVER_CONTROLLERS, ...COVERAGE_CONTROLLERS, ...CHANGE_DIGESTS_CONTROLLERS],
    };
  }
}
