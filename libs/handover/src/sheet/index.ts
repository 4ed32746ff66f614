import type { Provider, Type } from '@nestjs/common';

export const SHEET_ENTITIES: Type[] = [];
/** Services and resolvers of the feature. */
export const SHEET_PROVIDERS: Provider[] = [];
export const SHEET_RESOLVERS: Type[] = [];
export const SHEET_CONTROLLERS: Type[] = [];
