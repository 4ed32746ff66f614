import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload } from 'jose';
import type { Grant, Viewer } from '#core';
import type { Account } from '../accounts/account.entity.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { AUTH_CONFIG, type AuthConfig } from '../auth.config.js';

/** Roles an identity provider can give, as claim values: "ADMIN", "EDITOR:<organisation id>", … */
const SCOPED_ROLES = new Set(['EDITOR', 'KEY_PERSON', 'NETWORK_COORDINATOR']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Bearer tokens from an organisation's own OpenID Connect provider (e.g. a municipality's Entra
 * ID): verified against the provider's JWKS, audience and issuer; the account is found or made by
 * e-mail, and its grants come from the token's roles claim.
 */
@Injectable()
export class OidcTokens {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet> | null;

  constructor(
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
    private readonly accounts: AccountsService,
  ) {
    this.jwks = config.oidc ? createRemoteJWKSet(new URL(config.oidc.jwksUrl)) : null;
  }

  /** Whether the token claims to come from the configured provider (then only it may verify it). */
  claimsProvider(token: string): boolean {
    if (!this.config.oidc) return false;
    try {
      return decodeJwt(token).iss === this.config.oidc.issuer;
    } catch {
      return false;
    }
  }

  async verify(token: string): Promise<Viewer | null> {
    const identity = this.config.oidc ? await this.identify(token, this.config.oidc.audience) : null;
    return identity && { kind: 'account', accountId: identity.account.id, grants: identity.grants };
  }

  /**
   * The account and grants a token from the provider vouches for, verified for `audience` (the API's
   * audience for an access token, the web app's client id for an ID token); null when it does not verify.
   */
  async identify(token: string, audience: string): Promise<{ account: Account; grants: Grant[] } | null> {
    const oidc = this.config.oidc;
    if (!oidc || !this.jwks) return null;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.jwks, { issuer: oidc.issuer, audience }));
    } catch {
      return null;
    }
    const email =
      typeof payload.email === 'string'
        ? payload.email
        : typeof payload.preferred_username === 'string'
          ? payload.preferred_username
          : null;
    if (!email || !email.includes('@')) return null;
    const name = typeof payload.name === 'string' ? payload.name : email;
    const account = await this.accounts.ensureSingleSignOn(email, name);
    if (!account) return null;
    return { account, grants: grantsFromClaim(payload[oidc.rolesClaim]) };
  }
}

/** "ADMIN" → ADMIN everywhere; "EDITOR:<uuid>" → EDITOR of that organisation (NETWORK_COORDINATOR: network). */
export function grantsFromClaim(claim: unknown): Grant[] {
  const values = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  return values.flatMap((value): Grant[] => {
    if (typeof value !== 'string') return [];
    const [role, scope] = value.split(':');
    if (role === 'ADMIN' && !scope) return [{ role }];
    if (!SCOPED_ROLES.has(role) || !scope || !UUID.test(scope)) return [];
    return [role === 'NETWORK_COORDINATOR' ? { role, networkId: scope } : { role, organisationId: scope }];
  });
}
