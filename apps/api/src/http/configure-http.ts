import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { serveExplorer } from './explorer.js';

export interface HttpConfig {
  /** Browser origins allowed to call the API from their pages; empty: none besides the API's own. */
  corsOrigins: string[];
  production: boolean;
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

/** CORS allow-list, security headers and the explorer's files; Express no longer announces itself. Call before app.init(). */
export function configureHttp(app: INestApplication, config: HttpConfig): void {
  (app.getHttpAdapter().getInstance() as { disable(setting: string): void }).disable('x-powered-by');
  app.use(securityHeaders(config.production));
  if (config.sandbox) serveExplorer(app);
  if (config.corsOrigins.length) {
    app.enableCors({
      origin: config.corsOrigins,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
      maxAge: 600,
    });
  }
}
