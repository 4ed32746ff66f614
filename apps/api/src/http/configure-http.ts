import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Metrics } from '../observability/metrics.js';
import { requestLog } from '../observability/request-log.js';

export interface HttpConfig {
  /** Browser origins allowed to call the API from their pages; empty: none besides the API's own. */
  corsOrigins: string[];
  production: boolean;
}

/** Security headers on every answer. No Content-Security-Policy: the Apollo Sandbox page needs its scripts. */
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

/** CORS allow-list and security headers; Express no longer announces itself. */
export function configureHttp(app: INestApplication, config: HttpConfig): void {
  (app.getHttpAdapter().getInstance() as { disable(setting: string): void }).disable('x-powered-by');
  app.use(requestLog(app.get(Metrics)));
  app.use(securityHeaders(config.production));
  if (config.corsOrigins.length) {
    app.enableCors({
      origin: config.corsOrigins,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
      maxAge: 600,
    });
  }
}
