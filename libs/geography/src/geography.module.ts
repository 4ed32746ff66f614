import { Module } from '@nestjs/common';
import { GeographyService } from './geography.service.js';
import { MunicipalityRegionResolver, MunicipalityResolver, RegionResolver } from './geography.resolver.js';

export const GEOGRAPHY_RESOLVERS = [MunicipalityResolver, MunicipalityRegionResolver, RegionResolver];

@Module({
  providers: [GeographyService, ...GEOGRAPHY_RESOLVERS],
  exports: [GeographyService],
})
export class GeographyModule {}
