export * from './network.config.js';
export * from './networks/network.entity.js';
export * from './networks/networks.service.js';
export * from './networks/members.service.js';
export * from './networks/key-person-welcome.js';
export { approvedMembership, assertCoordinator, assertSignedIn, isCoordinator, seesNetworkIn } from './shared/network-access.js';
export * from './theme-days/theme-day.entity.js';
export * from './theme-days/theme-days.service.js';
export * from './theme-days/registrations.service.js';
export * from './theme-days/theme-day-jobs.js';
export * from './theme-days/theme-day-mails.js';
export * from './calendar/index.js';
export * from './supervision/index.js';
export * from './network.module.js';

import { Network, NetworkMember, NetworkParty } from './networks/network.entity.js';
import { ThemeDay, ThemeDayRegistration } from './theme-days/theme-day.entity.js';
import { SUPERVISION_ENTITIES } from './supervision/index.js';
export const NETWORK_ENTITIES = [Network, NetworkParty, NetworkMember, ThemeDay, ThemeDayRegistration, ...SUPERVISION_ENTITIES];
