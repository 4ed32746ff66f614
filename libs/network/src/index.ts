export * from './network.config.js';
export * from './networks/network.entity.js';
export * from './networks/networks.service.js';
export * from './networks/members.service.js';
export * from './theme-days/theme-day.entity.js';
export * from './network.module.js';

import { Network, NetworkMember, NetworkParty } from './networks/network.entity.js';
import { ThemeDay, ThemeDayRegistration } from './theme-days/theme-day.entity.js';
export const NETWORK_ENTITIES = [Network, NetworkParty, NetworkMember, ThemeDay, ThemeDayRegistration];
