import { Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { ANONYMOUS, type Viewer } from '#core';
import { OidcTokens } from '../sso/oidc-tokens.js';
import { AccessChecks } from './access-checks.js';
import { AccessTokens } from './access-tokens.js';

/**
 * The viewer of an HTTP request: anonymous without an Authorization header; otherwise our own access
 * token or one from the configured OpenID Connect provider. A token that does not verify is refused
 * (401) rather than quietly treated as anonymous, and so is one of ours whose account was deactivated or whose
 * session ended.
 */
@Injectable()
export class ViewerFromRequest {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly oidc: OidcTokens,
    private readonly checks: AccessChecks,
  ) {}

  async viewer(authorization: string | undefined): Promise<Viewer> {
    if (!authorization) return ANONYMOUS;
    const [scheme, token] = authorization.split(' ');
    const bearer = scheme?.toLowerCase() === 'bearer' && token ? token : null;
    const viewer = !bearer ? null : this.oidc.claimsProvider(bearer) ? await this.oidc.verify(bearer) : await this.ours(bearer);
    if (!viewer) {
      throw new GraphQLError('Adgangstokenet er ugyldigt eller udløbet. Forny det med refreshSession, eller log ind igen.', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
    return viewer;
  }

  /** Our own token, as long as its account is active and its session has not ended; with the grants as they are now. */
  private async ours(token: string): Promise<Viewer | null> {
    const verified = await this.tokens.verify(token);
    return verified ? this.checks.check(verified) : null;
  }
}
