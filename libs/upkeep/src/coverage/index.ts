import type { Provider, Type } from '@nestjs/common';
import { CoverageJobs } from './coverage-jobs.js';
import { CoverageRequirement } from './coverage-requirement.entity.js';
import { CoverageRequirementsService } from './coverage-requirements.service.js';
import { CoverageResolver } from './coverage.resolver.js';
import { CoverageService } from './coverage.service.js';

export { COVERAGE_GAPS_JOB, CoverageJobs } from './coverage-jobs.js';
export { CoverageRequirement } from './coverage-requirement.entity.js';
export { CoverageRequirementsService } from './coverage-requirements.service.js';
export { CoverageService } from './coverage.service.js';
export { CoverageStatus } from './coverage.types.js';

export const COVERAGE_ENTITIES: Type[] = [CoverageRequirement];
/** Services, jobs and resolvers of the feature. */
export const COVERAGE_PROVIDERS: Provider[] = [CoverageService, CoverageRequirementsService, CoverageJobs];
export const COVERAGE_RESOLVERS: Type[] = [CoverageResolver];
export const COVERAGE_CONTROLLERS: Type[] = [];
