import type { Provider, Type } from '@nestjs/common';

export const GUIDE_ENTITIES: Type[] = [];
/** Services and resolvers of the feature. */
export const GUIDE_PROVIDERS: Provider[] = [];
export const GUIDE_RESOLVERS: Type[] = [];
export const GUIDE_CONTROLLERS: Type[] = [];
