import type { Provider, Type } from '@nestjs/common';
import { TurnoverJobs } from './turnover-jobs.js';
import { TurnoverMails } from './turnover-mails.js';
import { TurnoverRoles } from './turnover-roles.js';
import { ContactSuccessorResolver, TurnoverResolver } from './turnover.resolver.js';
import { TurnoverService } from './turnover.service.js';

export { LEFT_CONTACT_ERASURE_JOB, TurnoverJobs } from './turnover-jobs.js';
export { TurnoverService } from './turnover.service.js';

export const TURNOVER_ENTITIES: Type[] = [];
/** Services, jobs and resolvers of the feature. */
export const TURNOVER_PROVIDERS: Provider[] = [TurnoverService, TurnoverRoles, TurnoverMails, TurnoverJobs];
export const TURNOVER_RESOLVERS: Type[] = [TurnoverResolver, ContactSuccessorResolver];
export const TURNOVER_CONTROLLERS: Type[] = [];
