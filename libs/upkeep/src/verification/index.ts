import type { Provider, Type } from '@nestjs/common';

export const VERIFICATION_ENTITIES: Type[] = [];
/** Services, jobs and resolvers of the feature. */
export const VERIFICATION_PROVIDERS: Provider[] = [];
export const VERIFICATION_RESOLVERS: Type[] = [];
export const VERIFICATION_CONTROLLERS: Type[] = [];
