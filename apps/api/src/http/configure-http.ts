import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { json, urlencoded } from 'express';
import helmet from 'helmet';
import { ViewerFromRequest } from '#auth';
import { DEFAULT_CSP_DIRECTIVES } from '#core';
import { SearchResultCache } from '#search';
import { Metrics } from '../observability/metrics.js';
import { requestLog } from '../observability/request-log.js';
import { serveExplorer } from './explorer.js';
import { largeBodyForValidSignIn } from './import-body.js';
import { PublicAnswerCache } from './public-answer-cache.js';
import { refuseUnsafeInput } from './refuse-unsafe-input.js';
import { answerUnreadableBody } from './unreadable-body.js';
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

/**
 * Security headers on every answer, from helmet (maintained, the usual choice for Express): nosniff, frames denied,
 * no referrer, a browsing context of our own, HSTS in production only (a local http:// start must stay reachable),
 * and a Content-Security-Policy that allows nothing. Every HTML page replaces that policy with its own (pageCsp).
 */
function securityHeaders(production: boolean) {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: DEFAULT_CSP_DIRECTIVES },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}

/**
 * CORS allow-list, security headers, the trusted proxies, the web app's and the explorer's files, anonymous search and handover
 * answers kept while current (PublicAnswerCache); Express no longer announces itself. Call before app.init().
 */
export function configureHttp(app: INestApplication, config: HttpConfig): void {
  const express = app.getHttpAdapter().getInstance() as { disable(setting: string): void; set(setting: string, value: unknown): void };
  express.disable('x-powered-by');
  express.set('trust proxy', config.trustProxy);
  keepIdleConnectionsOpen(app.getHttpServer() as Server);
  app.use(requestLog(app.get(Metrics)));
  app.use(securityHeaders(config.production));
  // Nest's own parsers, with its defaults, registered here so the edge check below sees the parsed body.
  // A spreadsheet import may send up to 15 MB, but only with a valid sign-in (see import-body.ts); everyone else 100 kB.
  app.use('/graphql', largeBodyForValidSignIn(app.get(ViewerFromRequest)));
  app.use(json({ limit: '100kb' }), urlencoded({ extended: true, limit: '100kb' }), answerUnreadableBody);
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
  // Last, so a kept answer has had every header and check a computed one gets; GraphQL is mounted after this, at init.
  const results = app.get(SearchResultCache);
  if (results.sharesAnswers) {
    const schemas = app.get(GraphQLSchemaHost);
    app.use(new PublicAnswerCache(results, app.get(Metrics), () => schemas.schema).middleware());
  }
}

/**
 * An idle keep-alive connection stays open longer than a client or proxy keeps it (Node's 5 s is shorter than
 * most proxies' 60 s): otherwise the server may close it just as the client sends the next request on it, and
 * that request fails with ECONNRESET (seen in tests on a loaded machine). Headers must time out after that.
 */
function keepIdleConnectionsOpen(server: Server): void {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}
