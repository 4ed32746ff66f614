import type { Provider, Type } from '@nestjs/common';

export const CHANGE_DIGESTS_ENTITIES: Type[] = [];
/** Services, jobs and resolvers of the feature. */
export const CHANGE_DIGESTS_PROVIDERS: Provider[] = [];
export const CHANGE_DIGESTS_RESOLVERS: Type[] = [];
export const CHANGE_DIGESTS_CONTROLLERS: Type[] = [];
