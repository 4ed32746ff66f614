import type { NextFunction, Request, Response } from 'express';

/** What every route answers a JSON body it cannot read, in the shape of TOO_LARGE (pass-through.filter.ts). */
export const INVALID_JSON = { code: 'INVALID_JSON', message: 'Forespørgslen er ikke gyldig JSON.' };

/**
 * Express's error handler for the body parsers: a body that is not valid JSON gets a Danish 400 on every
 * route, /graphql included, in place of the parser's English (e.g. "Unexpected end of JSON input").
 * Anything else (a body over its limit: 413 TOO_LARGE) goes on to Nest's handling.
 */
export function answerUnreadableBody(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if ((error as { type?: unknown } | null)?.type !== 'entity.parse.failed') return next(error);
  res.status(400).json(INVALID_JSON);
}
