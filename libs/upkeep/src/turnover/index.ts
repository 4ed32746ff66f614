import type { Provider, Type } from '@nestjs/common';

export const TURNOVER_ENTITIES: Type[] = [];
/** Services, jobs and resolvers of the feature. */
export const TURNOVER_PROVIDERS: Provider[] = [];
export const TURNOVER_RESOLVERS: Type[] = [];
export const TURNOVER_CONTROLLERS: Type[] = [];
