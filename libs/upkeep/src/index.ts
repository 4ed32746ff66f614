export * from './events.js';
export * from './upkeep.config.js';
export * from './upkeep.module.js';
export type * from './messages.js';
export { LEFT_CONTACT_ERASURE_JOB, TurnoverJobs, TurnoverService } from './turnover/index.js';
export { CHANGE_DIGEST_JOB, ChangeDigestJobs } from './change-digests/index.js';
export { VERIFICATION_DIGESTS_JOB, VerificationDigests } from './verification/index.js';
export {
  COVERAGE_GAPS_JOB,
  CoverageJobs,
  CoverageRequirement,
  CoverageRequirementsService,
  CoverageService,
  CoverageStatus,
} from './coverage/index.js';

import { CHANGE_DIGESTS_ENTITIES } from './change-digests/index.js';
import { COVERAGE_ENTITIES } from './coverage/index.js';
import { TURNOVER_ENTITIES } from './turnover/index.js';
import { VERIFICATION_ENTITIES } from './verification/index.js';
export const UPKEEP_ENTITIES = [...VERIFICATION_ENTITIES, ...TURNOVER_ENTITIES, ...COVERAGE_ENTITIES, ...CHANGE_DIGESTS_ENTITIES];
