import type { Provider, Type } from '@nestjs/common';
import { HandoverGuideResolver } from './handover-guide.resolver.js';
import { HandoverGuideService } from './handover-guide.service.js';

export const GUIDE_ENTITIES: Type[] = [];
/** Services and resolvers of the feature. */
export const GUIDE_PROVIDERS: Provider[] = [HandoverGuideService];
export const GUIDE_RESOLVERS: Type[] = [HandoverGuideResolver];
export const GUIDE_CONTROLLERS: Type[] = [];
