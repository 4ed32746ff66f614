import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify } from 'jose';
import type { Grant, Viewer } from '#core';
import { AUTH_CONFIG, TOKEN_AUDIENCE, TOKEN_ISSUER, type AuthConfig } from '../auth.config.js';

/** What a verified token of ours says: the viewer, and the access version it was issued under (null if none). */
export interface TokenViewer {
  viewer: Extract<Viewer, { kind: 'account' }>;
  accessVersion: number | null;
}

/** Short-lived signed access tokens (HS256 JWT) carrying the account's grants. */
@Injectable()
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(@Inject(AUTH_CONFIG) private readonly config: AuthConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  /**
   * `session`: the session (refresh-token family) the token belongs to and the account's access version when it was
   * issued, so a request can be refused once the session ends and see new grants at once (AccessChecks).
   */
  async issue(
    accountId: string,
    grants: Grant[],
    now = new Date(),
    session?: { id: string; accessVersion: number },
  ): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(now.getTime() + this.config.accessTokenMinutes * 60_000);
    const claims = session ? { sid: session.id, av: session.accessVersion } : {};
    const token = await new SignJWT({ grants: grants.map(compactGrant), ...claims })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(accountId)
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /**
   * The viewer a token speaks for, or null when it is forged, expired, not ours or not for this API. A token must
   * say when it was issued and when it ends (jose checks exp only when present), and be no older than we issue.
   */
  async verify(token: string): Promise<TokenViewer | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'iat', 'sub'],
        maxTokenAge: this.config.accessTokenMinutes * 60,
      });
      if (!payload.sub) return null;
      const grants = Array.isArray(payload.grants) ? (payload.grants as Grant[]) : [];
      const sessionId = typeof payload.sid === 'string' ? payload.sid : undefined;
      const accessVersion = typeof payload.av === 'number' ? payload.av : null;
      return { viewer: { kind: 'account', accountId: payload.sub, grants, sessionId }, accessVersion };
    } catch {
      return null;
    }
  }
}

function compactGrant(grant: Grant): Grant {
  return Object.fromEntries(Object.entries(grant).filter(([, v]) => v !== null && v !== undefined)) as Grant;
}
