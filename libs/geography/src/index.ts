export * from './region.entity.js';
export * from './municipality.entity.js';
export * from './municipality-region.entity.js';
export * from './geography.service.js';
export * from './geography.module.js';
export * from './geography.resolver.js';
export * from './geography.data.js';
export * from './geo-point.js';
export * from './municipality-points.js';

import { Municipality } from './municipality.entity.js';
import { MunicipalityRegion } from './municipality-region.entity.js';
import { Region } from './region.entity.js';
export const GEOGRAPHY_ENTITIES = [Region, Municipality, MunicipalityRegion];
