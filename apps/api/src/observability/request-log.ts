import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Metrics } from './metrics.js';
import { redactPath } from './redact.js';
import { requestScope, type RequestScope } from './request-scope.js';

export const REQUEST_ID_HEADER = 'X-Request-Id';
/** A proxy's id is taken as is only when it is short and plain (no spaces, no "@": nothing that reads as a person). */
const USABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** Probes and scrapes that went well are not worth a line each. */
const QUIET = /^\/(?:health(?:\/live|\/ready)?|metrics)$/;

type TrustFn = (address: string, hop: number) => boolean;

/** The proxy's X-Request-Id when the peer is a trusted proxy (Express's `trust proxy`, set by TRUST_PROXY), else a new one. */
function requestIdOf(req: Request): string {
  const sent = req.headers['x-request-id'];
  if (typeof sent === 'string' && USABLE_ID.test(sent)) {
    const trusted = req.app?.get('trust proxy fn') as TrustFn | undefined;
    if (trusted?.(req.socket.remoteAddress ?? '', 0)) return sent;
  }
  return randomUUID();
}

/** The route pattern (`/bekraeft/:token`), never the path itself: bounded label values with no tokens in them. */
function routeOf(req: Request, path: string): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof pattern === 'string') return `${req.baseUrl ?? ''}${pattern}`;
  return path === '/graphql' ? '/graphql' : 'unmatched';
}

/**
 * First middleware of every request: gives it an id (answered in X-Request-Id and stamped on every
 * log line written while it runs), and when it ends writes one log line (method, redacted path,
 * status, duration, GraphQL operation) and records its metrics.
 */
export function requestLog(metrics: Metrics) {
  const logger = new Logger('HTTP');
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const scope: RequestScope = { id: requestIdOf(req) };
    res.setHeader(REQUEST_ID_HEADER, scope.id);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const path = (req.originalUrl || req.url).split(/[?#]/)[0];
      const status = res.writableFinished ? res.statusCode : 499;
      metrics.observeHttp(req.method, routeOf(req, path), status, seconds);
      if (status < 400 && QUIET.test(path)) return;
      const shown = redactPath(req.originalUrl || req.url);
      const operation = scope.operation ?? (scope.rootFields?.length ? `(${scope.rootFields.join(',')})` : undefined);
      const durationMs = Math.round(seconds * 10_000) / 10;
      const entry = {
        requestId: scope.id,
        method: req.method,
        path: shown,
        status,
        durationMs,
        ...(scope.operationType ? { operation: scope.operation ?? null, operationType: scope.operationType } : {}),
        ...(scope.rootFields && !scope.operation ? { rootFields: scope.rootFields } : {}),
        ...(scope.errorCodes?.length ? { errorCodes: scope.errorCodes } : {}),
      };
      const text = `${req.method} ${shown} ${status} ${durationMs} ms${operation ? ` ${scope.operationType ?? ''} ${operation}` : ''}`;
      if (status >= 500) logger.error(text, entry);
      else logger.log(text, entry);
    };
    res.once('finish', finish);
    res.once('close', finish);
    requestScope.run(scope, next);
  };
}
