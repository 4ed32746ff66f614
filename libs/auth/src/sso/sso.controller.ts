import { Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { validate } from '#core';
import { AUTH_CONFIG, type AuthConfig } from '../auth.config.js';
import { browserSession, noStore, refuseForgery, sendFailure, setSessionCookie } from '../sessions/session-cookie.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { OidcTokens } from './oidc-tokens.js';
import { SsoClient } from './sso-client.js';

const tokenBody = z.object({
  code: z.string({ error: 'Koden fra log-ind mangler.' }).min(1, 'Koden fra log-ind mangler.').max(4096, 'Koden er for lang.'),
  // RFC 7636: 43 to 128 characters of A–Z, a–z, 0–9 and -._~
  codeVerifier: z
    .string({ error: 'Kodeverifikatoren mangler.' })
    .regex(/^[A-Za-z0-9._~-]{43,128}$/, 'Kodeverifikatoren skal være 43–128 tegn (A–Z, a–z, 0–9, - . _ ~).'),
});

/**
 * Single sign-on in the browser. GET /konto/sso tells the web app whether it is on and where to
 * send the person (with its own PKCE challenge and state). POST /konto/session/sso takes the code
 * and the verifier back: the server exchanges them at the provider, checks the provider's access
 * token exactly as it checks a bearer token (issuer, keys, OIDC_AUDIENCE), or else the ID token
 * (audience: the client id), and opens a Vejviser session like a password sign-in: the refresh
 * token in the HttpOnly cookie, the access token in the answer. The session's grants are the roles
 * claim's at sign-in; the provider's own refresh token is not kept.
 */
@Controller()
export class SsoController {
  constructor(
    private readonly sso: SsoClient,
    private readonly tokens: OidcTokens,
    private readonly sessions: SessionsService,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  @Get('konto/sso')
  async settings(@Res() res: Response): Promise<void> {
    noStore(res);
    const client = this.sso.client;
    if (!client) {
      res.status(200).json({ enabled: false });
      return;
    }
    const endpoints = await this.sso.endpoints();
    if ('status' in endpoints) return sendFailure(res, endpoints);
    res.status(200).json({
      enabled: true,
      authorizationUrl: endpoints.authorizationEndpoint,
      clientId: client.clientId,
      redirectUri: client.redirectUri,
      scope: client.scope,
    });
  }

  @Post('konto/session/sso')
  async signIn(@Req() req: Request, @Res() res: Response): Promise<void> {
    noStore(res);
    const refused = refuseForgery(req, this.config);
    if (refused) return sendFailure(res, refused);
    const client = this.sso.client;
    if (!client || !this.config.oidc) {
      return sendFailure(res, { status: 404, code: 'SSO_DISABLED', message: 'Log-ind hos din organisation er ikke sat op.' });
    }
    const checked = validate(tokenBody, req.body ?? {});
    if (!checked.ok) {
      return sendFailure(res, {
        status: 400,
        code: checked.error.code,
        message: 'Log-ind hos din organisation mangler oplysninger. Prøv at logge ind igen.',
        fieldErrors: checked.error.fieldErrors.map((f) => ({ path: f.path.replace(/^input\./, ''), message: f.message })),
      });
    }
    const tokens = await this.sso.exchange(checked.value.code, checked.value.codeVerifier);
    if ('status' in tokens) return sendFailure(res, tokens);
    const identity =
      (tokens.accessToken && (await this.tokens.identify(tokens.accessToken, this.config.oidc.audience))) ||
      (tokens.idToken && (await this.tokens.identify(tokens.idToken, client.clientId))) ||
      null;
    if (!identity) {
      return sendFailure(res, {
        status: 401,
        code: 'SSO_FAILED',
        message: 'Din organisation bekræftede ikke, hvem du er (eller kontoen er spærret). Kontakt din it-afdeling.',
      });
    }
    const now = new Date();
    const session = await this.sessions.signInWithSingleSignOn(identity.account, identity.grants, now);
    setSessionCookie(res, session, this.config, now);
    res.status(200).json(browserSession(session, this.config));
  }
}
