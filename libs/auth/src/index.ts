export * from './auth.config.js';
export * from './auth.module.js';
export * from './accounts/account.entity.js';
export * from './accounts/role-grant.entity.js';
export * from './accounts/accounts.service.js';
export * from './accounts/record-editors.js';
export * from './sessions/access-tokens.js';
export * from './sessions/sessions.service.js';
export * from './sessions/session.types.js';
export * from './sessions/viewer-from-request.js';
export * from './sso/oidc-tokens.js';
export { SESSION_COOKIE, SESSION_COOKIE_PATH, type BrowserSession } from './sessions/session-cookie.js';
export * from './invitations/account-links.service.js';
export * from './invitations/organisation-directory.js';

import { Account } from './accounts/account.entity.js';
import { RoleGrant } from './accounts/role-grant.entity.js';
import { RefreshToken } from './sessions/refresh-token.entity.js';
export const AUTH_ENTITIES = [Account, RoleGrant, RefreshToken];
