import { SupervisionAttendanceService } from './supervision-attendance.service.js';
import { SupervisionHoursResolver, SupervisionParticipantResolver, SupervisionSessionResolver } from './supervision-fields.resolver.js';
import { SupervisionGroupsService } from './supervision-groups.service.js';
import { SupervisionJobs } from './supervision-jobs.js';
import { SupervisionMails } from './supervision-mails.js';
import { SupervisionNotifications } from './supervision-notifications.js';
import { SupervisionParticipantsService } from './supervision-participants.service.js';
import { SupervisionReadService } from './supervision-read.service.js';
import { SupervisionRecordController } from './supervision-record.controller.js';
import { SupervisionGroupResolver } from './supervision.resolver.js';
import { SupervisionAttendance, SupervisionGroup, SupervisionParticipant, SupervisionSession } from './supervision.entity.js';

export * from './supervision.entity.js';
export * from './supervision.inputs.js';
export * from './recurrence.js';
export * from './seats.js';
export * from './supervision-record.js';
export * from './supervision-groups.service.js';
export * from './supervision-participants.service.js';
export * from './supervision-attendance.service.js';
export * from './supervision-read.service.js';
export * from './supervision-jobs.js';

export const SUPERVISION_ENTITIES = [SupervisionGroup, SupervisionSession, SupervisionParticipant, SupervisionAttendance];
export const SUPERVISION_RESOLVERS = [
  SupervisionGroupResolver,
  SupervisionSessionResolver,
  SupervisionParticipantResolver,
  SupervisionHoursResolver,
];
/** Services, exported from NetworkModule too. */
export const SUPERVISION_SERVICES = [
  SupervisionGroupsService,
  SupervisionParticipantsService,
  SupervisionAttendanceService,
  SupervisionReadService,
  SupervisionJobs,
];
export const SUPERVISION_PROVIDERS = [...SUPERVISION_SERVICES, SupervisionMails, SupervisionNotifications];
export const SUPERVISION_CONTROLLERS = [SupervisionRecordController];
