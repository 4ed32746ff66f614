import type { Provider, Type } from '@nestjs/common';
import { ChangeDigestJobs } from './change-digest-jobs.js';
import { ChangeDigestLinks } from './change-digest-links.js';
import { ChangeFeedReader } from './change-feed.js';
import { ChangeSubscription } from './change-subscription.entity.js';
import { ChangeSubscriptionResolver } from './change-subscription.resolver.js';
import { ChangeSubscriptionsService } from './change-subscriptions.service.js';
import { UnsubscribeLinkController } from './unsubscribe-link.controller.js';

export { CHANGE_DIGEST_JOB, ChangeDigestJobs } from './change-digest-jobs.js';
export { ChangeSubscription } from './change-subscription.entity.js';
export { ChangeSubscriptionsService } from './change-subscriptions.service.js';

export const CHANGE_DIGESTS_ENTITIES: Type[] = [ChangeSubscription];
/** Services, jobs and resolvers of the feature. */
export const CHANGE_DIGESTS_PROVIDERS: Provider[] = [ChangeSubscriptionsService, ChangeFeedReader, ChangeDigestLinks, ChangeDigestJobs];
export const CHANGE_DIGESTS_RESOLVERS: Type[] = [ChangeSubscriptionResolver];
export const CHANGE_DIGESTS_CONTROLLERS: Type[] = [UnsubscribeLinkController];
