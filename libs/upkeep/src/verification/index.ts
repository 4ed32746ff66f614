import type { Provider, Type } from '@nestjs/common';
import { ConfirmLinkController } from './confirm-link.controller.js';
import { VerificationDigests } from './verification-digests.js';
import { VerificationEscalations } from './verification-escalations.js';
import { VerificationLinks } from './verification-links.js';
import { VerificationQueueService } from './verification-queue.service.js';
import { VerificationRecipients } from './verification-recipients.js';
import { VerificationResolver } from './verification.resolver.js';

export { VERIFICATION_DIGESTS_JOB, VerificationDigests } from './verification-digests.js';
export { VERIFICATION_LEAD_DAYS, VERIFICATION_REMIND_DAYS } from './verification.types.js';

export const VERIFICATION_ENTITIES: Type[] = [];
/** Services, jobs and resolvers of the feature. */
export const VERIFICATION_PROVIDERS: Provider[] = [
  VerificationRecipients,
  VerificationLinks,
  VerificationEscalations,
  VerificationDigests,
  VerificationQueueService,
];
export const VERIFICATION_RESOLVERS: Type[] = [VerificationResolver];
export const VERIFICATION_CONTROLLERS: Type[] = [ConfirmLinkController];
