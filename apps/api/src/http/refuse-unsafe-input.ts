import type { NextFunction, Request, Response } from 'express';
import { isUuid, serverPage, serverPageAlert, serverPageCsp, textProblem } from '#core';

/** Query parameters that carry a token this server issued: random characters, not free text. */
const TOKEN_PARAMETERS = new Set(['token', 'code', 'state']);
/** GraphQL checks its own arguments (libs/core/src/graphql/input-guard.ts); the built files are not input. */
const CHECKED_ELSEWHERE = /^\/(?:graphql|assets)(?:\/|$)/;
const MAX_PARAMETERS = 100;

function* strings(value: unknown, name: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [name, value];
  else if (Array.isArray(value)) for (const item of value) yield* strings(item, name);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* strings(item, `${name}.${key}`);
}

/** What is wrong with the request's path, query parameters or form body, in Danish, or null. */
function problemOf(req: Request): string | null {
  for (const segment of req.path.split('/')) {
    const problem = textProblem(segment, { multiLine: false, refuseCpr: false });
    if (problem) return problem;
  }
  const parameters = [...strings(req.query, 'query')];
  if (parameters.length > MAX_PARAMETERS) return `Adressen har for mange parametre (højst ${MAX_PARAMETERS}).`;
  for (const [path, value] of parameters) {
    const name = path.split('.')[1] ?? '';
    // A UUID (an id in /hsds/?organization_id=…) can hold "ddmmyy-nnnn" by chance; it is never a CPR number.
    const problem = textProblem(value, { multiLine: false, refuseCpr: !TOKEN_PARAMETERS.has(name) && !isUuid(value) });
    if (problem) return problem;
  }
  for (const [path, value] of strings(req.body, 'body')) {
    const problem = textProblem(value, { multiLine: true, refuseCpr: !/password|token/i.test(path) });
    if (problem) return problem;
  }
  return null;
}

/**
 * The plain HTTP routes' edge check (the handover sheet, links from mail, sign-in): a path, query parameter or
 * form field with characters PostgreSQL or people cannot take, or a CPR-like parameter, gets a Danish 400 —
 * a page for a browser, JSON for anything else — before any route reads it. Register after the body parsers.
 */
export function refuseUnsafeInput() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (CHECKED_ELSEWHERE.test(req.path)) return next();
    const problem = problemOf(req);
    if (!problem) return next();
    res.status(400);
    if (req.accepts(['json', 'html']) === 'html') {
      res.setHeader('Content-Security-Policy', serverPageCsp(false));
      res
        .type('html')
        .send(serverPage('Adressen kan ikke bruges', `${serverPageAlert('warning', problem)}<p><a href="/">Til forsiden</a></p>`));
    } else {
      res.json({ statusCode: 400, message: problem });
    }
  };
}
