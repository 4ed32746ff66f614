import type { Request, Response } from 'express';
import type { AuthConfig } from '../auth.config.js';
import type { Session } from './session.types.js';

/** The refresh token's cookie; the browser sends it only to the session endpoints below this path. */
export const SESSION_COOKIE = 'vejviser_session';
export const SESSION_COOKIE_PATH = '/konto/session';

/** A JSON error for the browser: a code to branch on, a Danish message to show, and the fields it concerns. */
export interface HttpFailure {
  status: number;
  code: string;
  message: string;
  fieldErrors?: { path: string; message: string }[];
}

/** What the web app holds in memory: never the refresh token, which stays in the HttpOnly cookie. */
export interface BrowserSession {
  accessToken: string;
  expiresAt: string;
  /** Inactivity after which the session ends (the server refuses the refresh; the web app signs out). */
  idleTimeoutSeconds: number;
  account: {
    id: string;
    email: string;
    displayName: string;
    organisationId: string | null;
    grants: Session['grants'];
  };
}

export function browserSession(session: Session, config: AuthConfig): BrowserSession {
  const { account } = session;
  return {
    accessToken: session.accessToken,
    expiresAt: session.accessTokenExpiresAt.toISOString(),
    idleTimeoutSeconds: Math.round(config.sessionIdleHours * 3600),
    account: {
      id: account.id,
      email: account.email,
      displayName: account.displayName,
      organisationId: account.organisationId,
      grants: session.grants,
    },
  };
}

/**
 * HttpOnly (no script reads it), Secure (only over HTTPS: Chromium, Firefox and Safari treat
 * http://localhost and http://127.0.0.1 as secure, so development and the tests work without an
 * exception), SameSite=Strict (no other site's page makes the browser send it), and Path limited to
 * the session endpoints (the GraphQL endpoint never sees it). It lives as long as the session may
 * idle: a token left on a shared PC goes when the session could no longer be refreshed anyway.
 */
export function setSessionCookie(res: Response, session: Session, config: AuthConfig, now: Date): void {
  const idleMs = config.sessionIdleHours * 3_600_000;
  const maxAge = Math.max(0, Math.min(idleMs, session.refreshTokenExpiresAt.getTime() - now.getTime()));
  res.cookie(SESSION_COOKIE, session.refreshToken, { ...cookieOptions(), maxAge });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions());
}

function cookieOptions() {
  return { httpOnly: true, secure: true, sameSite: 'strict' as const, path: SESSION_COOKIE_PATH };
}

/** The refresh token from the request's cookie, if any. */
export function sessionCookie(req: Request): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      try {
        return decodeURIComponent(value.join('=')) || null;
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * Cross-site request forgery: the cookie is SameSite=Strict, so another site's page cannot make the
 * browser send it. Two more checks cover a sibling origin on the same site (e.g. an intranet page on
 * another subdomain of the municipality): the request must be JSON (a plain HTML form cannot send
 * that, and a script on another origin must pass a CORS preflight first), and a browser's Origin
 * header, when present, must be this server's own origin or PUBLIC_URL's.
 */
export function refuseForgery(req: Request, config: AuthConfig): HttpFailure | null {
  if (!req.is('application/json')) {
    return {
      status: 415,
      code: 'JSON_REQUIRED',
      message: 'Send forespørgslen som JSON (Content-Type: application/json).',
    };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !ownOrigin(origin, req.headers.host, config.publicUrl)) {
    return { status: 403, code: 'FORBIDDEN_ORIGIN', message: 'Forespørgslen kommer fra en anden side end Vejviser og afvises.' };
  }
  return null;
}

function ownOrigin(origin: string, host: string | undefined, publicUrl: string): boolean {
  try {
    const url = new URL(origin); // "null" (a sandboxed frame, a file) throws
    return url.host === host || url.origin === new URL(publicUrl).origin;
  } catch {
    return false;
  }
}

export function sendFailure(res: Response, failure: HttpFailure): void {
  const { status, ...body } = failure;
  res.status(status).json(body);
}

/** Session answers are never cached, by the browser or a proxy. */
export function noStore(res: Response): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Pragma', 'no-cache');
}
