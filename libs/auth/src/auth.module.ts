import { Global, Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { AccountDirectory } from '#core';
import { AccountResolver } from './accounts/account.resolver.js';
import { AccountAdmin } from './admin/account-admin.service.js';
import { AccountAdminResolver } from './admin/account-admin.resolver.js';
import { SelfService } from './self-service/self-service.service.js';
import { SelfServiceResolver } from './self-service/self-service.resolver.js';
import { AccountsService } from './accounts/accounts.service.js';
import { AuditActorResolver } from './accounts/audit-actor.resolver.js';
import { RecordEditors } from './accounts/record-editors.js';
import { RecordEditorsResolver } from './accounts/record-editors.resolver.js';
import { PasswordHasher } from './accounts/password-hasher.js';
import { AUTH_CONFIG, type AuthConfig } from './auth.config.js';
import { AccessChecks } from './sessions/access-checks.js';
import { AccessTokens } from './sessions/access-tokens.js';
import { SessionResolver } from './sessions/session.resolver.js';
import { SessionsService } from './sessions/sessions.service.js';
import { SignInThrottle } from './sessions/sign-in-throttle.js';
import { OidcTokens } from './sso/oidc-tokens.js';
import { AccountLinksResolver } from './invitations/account-links.resolver.js';
import { AccountLinks } from './invitations/account-links.service.js';
import { OrganisationDirectory } from './invitations/organisation-directory.js';
import { ViewerFromRequest } from './sessions/viewer-from-request.js';
import { SessionCookieController } from './sessions/session-cookie.controller.js';
import { SsoClient } from './sso/sso-client.js';
import { SsoController } from './sso/sso.controller.js';

/** What auth asks other contexts through ports it owns, and the modules that answer them. */
export interface AuthPorts {
  /** The modules that provide the answering services (the directory's). */
  imports: NonNullable<ModuleMetadata['imports']>;
  /** The service that answers OrganisationDirectory (the directory's OrganisationsService). */
  organisations: Type<OrganisationDirectory>;
}

export const AUTH_RESOLVERS = [
  SessionResolver,
  AccountResolver,
  AccountLinksResolver,
  AuditActorResolver,
  AccountAdminResolver,
  SelfServiceResolver,
  RecordEditorsResolver,
];

@Global()
@Module({})
export class AuthModule {
  static forRoot(config: AuthConfig, ports: AuthPorts): DynamicModule {
    return {
      module: AuthModule,
      imports: ports.imports,
      controllers: [SessionCookieController, SsoController],
      providers: [
        { provide: AUTH_CONFIG, useValue: config },
        { provide: OrganisationDirectory, useExisting: ports.organisations },
        // Answers core's AccountDirectory port for libs that may not import auth (directory's record owners).
        { provide: AccountDirectory, useExisting: AccountsService },
        PasswordHasher,
        AccessTokens,
        AccessChecks,
        AccountsService,
        SessionsService,
        SignInThrottle,
        OidcTokens,
        SsoClient,
        AccountLinks,
        AccountAdmin,
        SelfService,
        RecordEditors,
        ViewerFromRequest,
        ...AUTH_RESOLVERS,
      ],
      exports: [AccountsService, AccountDirectory, SessionsService, ViewerFromRequest, AccessTokens],
    };
  }
}
