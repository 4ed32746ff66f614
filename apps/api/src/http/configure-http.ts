import type { INestApplication } from '@nestjs/common';
import { json, urlencoded, type NextFunction, type Request, type Response } from 'express';
import { Metrics } from '../observability/metrics.js';
import { requestLog } from '../observability/request-log.js';
import { serveExplorer } from './explorer.js';
import { refuseUnsafeInput } from './refuse-unsafe-input.js';
import { serveWebAppFiles } from './web-app.js';

/** Whom to believe about the client's address: nobody (false), the nearest N proxies, or these addresses and nets. */
export type TrustProxy = false | number | string[];

export interface HttpConfig {
  /** Browser origins allowed to call the API from their pages; empty: none besides the API's own. */
  corsOrigins: string[];
  production: boolean;
  /** TRUST_PROXY: `req.ip` (rate limits, sign-in throttle) comes from X-Forwarded-For only as far as this allows. */
  trustProxy: TrustProxy;
  /** The GraphQL explorer (GraphiQL) at /graphql in a browser. */
  sandbox: boolean;
}

/** Security headers on every answer. The explorer's page and files add a Content-Security-Policy of their own. */
function securityHeaders(production: boolean) {
  return (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    if (production) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}

/** CORS allow-list, security headers, the trusted proxies, the web app's and the explorer's files; Express no longer announces itself. Call before app.init(). */
export function configureHttp(app: INestApplication, config: HttpConfig): void {
  const express = app.getHttpAdapter().getInstance() as { disable(setting: string): void; set(setting: string, value: unknown): void };
  express.disable('x-powered-by');
  express.set('trust proxy', config.trustProxy);
  app.use(requestLog(app.get(Metrics)));
  app.use(securityHeaders(config.production));
  // Nest's own parsers, with its defaults, registered here so the edge check below sees the parsed body.
  app.use(json({ limit: '100kb' }), urlencoded({ extended: true, limit: '100kb' }));
  app.use(refuseUnsafeInput());
  if (config.sandbox) serveExplorer(app);
  serveWebAppFiles(app);
  if (config.corsOrigins.length) {
    app.enableCors({
      origin: config.corsOrigins,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
      maxAge: 600,
    });
  }
}
