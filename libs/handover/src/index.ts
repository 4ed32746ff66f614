export * from './handover.config.js';
export * from './handover.module.js';
export type * from './messages.js';

import { GUIDE_ENTITIES } from './guide/index.js';
import { SHEET_ENTITIES } from './sheet/index.js';
export const HANDOVER_ENTITIES = [...GUIDE_ENTITIES, ...SHEET_ENTITIES];
