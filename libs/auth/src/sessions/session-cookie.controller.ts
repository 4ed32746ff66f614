import { Controller, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { validate } from '#core';
import { AUTH_CONFIG, type AuthConfig } from '../auth.config.js';
import { AuthenticationError, type Session } from './session.types.js';
import { SessionsService } from './sessions.service.js';
import {
  browserSession,
  clearSessionCookie,
  noStore,
  refuseForgery,
  sendFailure,
  sessionCookie,
  setSessionCookie,
  type HttpFailure,
} from './session-cookie.js';

const signInBody = z.object({
  email: z.string({ error: 'Skriv din e-mailadresse.' }).trim().min(1, 'Skriv din e-mailadresse.').max(320, 'E-mailadressen er for lang.'),
  password: z.string({ error: 'Skriv din adgangskode.' }).min(1, 'Skriv din adgangskode.').max(200, 'Adgangskoden er for lang.'),
});

/**
 * Sessions for the web app. The refresh token never reaches a script: it lives in an HttpOnly
 * cookie scoped to these endpoints (see session-cookie.ts), and the answer carries only the
 * short-lived access token, which the web app keeps in memory.
 *
 * POST /konto/session {email, password} signs in; POST /konto/session/forny trades the cookie for a
 * new access token and a new cookie (the old token works no more); POST /konto/session/log-ud ends
 * the session and clears the cookie. Errors are JSON: {code, message, fieldErrors?}.
 */
@Controller('konto/session')
export class SessionCookieController {
  constructor(
    private readonly sessions: SessionsService,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  @Post()
  async signIn(@Req() req: Request, @Res() res: Response): Promise<void> {
    noStore(res);
    const refused = refuseForgery(req, this.config);
    if (refused) return sendFailure(res, refused);
    const checked = validate(signInBody, req.body ?? {});
    if (!checked.ok) {
      return sendFailure(res, {
        status: 400,
        code: checked.error.code,
        message: 'Udfyld e-mail og adgangskode.',
        fieldErrors: checked.error.fieldErrors.map((f) => ({ path: f.path.replace(/^input\./, ''), message: f.message })),
      });
    }
    const now = new Date();
    const result = await this.sessions.signIn(checked.value.email, checked.value.password, req.ip ?? 'unknown', now);
    this.answer(res, result, now, false);
  }

  @Post('forny')
  async refresh(@Req() req: Request, @Res() res: Response): Promise<void> {
    noStore(res);
    const refused = refuseForgery(req, this.config);
    if (refused) return sendFailure(res, refused);
    const token = sessionCookie(req);
    // No cookie: an anonymous visitor's page asking quietly whether there is a session. Not an error.
    if (!token) {
      res.status(204).end();
      return;
    }
    const now = new Date();
    this.answer(res, await this.sessions.refresh(token, now), now, true);
  }

  @Post('log-ud')
  async signOut(@Req() req: Request, @Res() res: Response): Promise<void> {
    noStore(res);
    const refused = refuseForgery(req, this.config);
    if (refused) return sendFailure(res, refused);
    const token = sessionCookie(req);
    const ended = token ? await this.sessions.signOut(token) : 0;
    clearSessionCookie(res);
    res.status(200).json({ signedOut: true, sessions: ended });
  }

  /** `refreshing`: a refused cookie is of no more use and is cleared; a refused password leaves any cookie be. */
  private answer(res: Response, result: Session | AuthenticationError, now: Date, refreshing: boolean): void {
    if (result instanceof AuthenticationError) {
      if (!refreshing) return sendFailure(res, failureOf(result));
      clearSessionCookie(res);
      const code = result.code === 'AUTHENTICATION_FAILED' ? 'SESSION_EXPIRED' : result.code;
      return sendFailure(res, { status: 401, code, message: result.message });
    }
    setSessionCookie(res, result, this.config, now);
    res.status(200).json(browserSession(result, this.config));
  }
}

function failureOf(error: AuthenticationError): HttpFailure {
  return { status: error.code === 'TOO_MANY_ATTEMPTS' ? 429 : 401, code: error.code, message: error.message };
}
