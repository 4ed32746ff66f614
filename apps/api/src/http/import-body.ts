import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { json } from 'express';
import type { ViewerFromRequest } from '#auth';

/** Every body is held to this, except an import's from a valid sign-in. */
export const SMALL_BODY_LIMIT = 100 * 1024;
const LARGE_BODY_LIMIT = '15mb';

/**
 * A spreadsheet import (importSpreadsheet) sends its file base64-encoded in GraphQL: up to 10 MB of file. The large
 * limit is granted only to a request whose bearer token is valid, checked here before a byte of the body is read,
 * so a bogus Authorization header buys nothing. Only a request announcing more than the small limit pays for the
 * check; every other one (and one refused here) goes on to the 100 kB parser, which answers 413 TOO_LARGE.
 */
export function largeBodyForValidSignIn(viewers: Pick<ViewerFromRequest, 'viewer'>): RequestHandler {
  const large = json({ limit: LARGE_BODY_LIMIT });
  return (req: Request, res: Response, next: NextFunction) => {
    const length = Number(req.headers['content-length']);
    const authorization = req.headers.authorization;
    if (!authorization || !(length > SMALL_BODY_LIMIT)) return next();
    viewers.viewer(authorization).then(
      (viewer) => (viewer.kind === 'account' ? large(req, res, next) : next()),
      () => next(),
    );
  };
}
