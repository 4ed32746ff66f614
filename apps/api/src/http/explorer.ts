import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { pageCsp } from '#core';
import { repositoryRoot } from './repository-root.js';

/** Where `npm run build:explorer` puts the GraphiQL page built from apps/explorer. */
const EXPLORER_DIR = join(repositoryRoot(), 'dist', 'explorer');

/**
 * The explorer's scripts, styles, fonts and Monaco's workers all come from this origin; nothing from another host,
 * and no eval. The stylesheets carry fonts and small images (Monaco's squiggles) as data: URLs, and Monaco writes
 * style elements and attributes (about 1,300 refused without 'unsafe-inline' for styles; scripts stay strict).
 */
export const EXPLORER_CSP = pageCsp({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'", 'data:'],
  'img-src': ["'self'", 'data:'],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
});

const NOT_BUILT = `<!doctype html>
<html lang="da">
  <head><meta charset="utf-8"><title>Vejviser – GraphQL-udforsker</title></head>
  <body>
    <h1>GraphQL-udforskeren er ikke bygget</h1>
    <p>Kør <code>npm run build:explorer</code> (det gør <code>npm start</code> selv) og genstart. Forespørgsler med POST til
    <code>/graphql</code> virker imens.</p>
  </body>
</html>
`;

function explorerHtml(): string {
  const index = join(EXPLORER_DIR, 'index.html');
  return existsSync(index) ? readFileSync(index, 'utf8') : NOT_BUILT;
}

/** GraphiQL as Apollo's landing page: a browser's GET /graphql (Accept: text/html) gets it, every other request is GraphQL. */
export function explorerLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      const html = explorerHtml();
      return { renderLandingPage: async () => ({ html }) };
    },
  };
}

function explorerCsp(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'GET' || req.method === 'HEAD') res.setHeader('Content-Security-Policy', EXPLORER_CSP);
  next();
}

/** The explorer's built files under /explorer/ and its Content-Security-Policy; call before app.init(), only with the sandbox on. */
export function serveExplorer(app: INestApplication): void {
  app.use('/graphql', explorerCsp);
  app.use(
    '/explorer',
    explorerCsp,
    express.static(EXPLORER_DIR, {
      index: false,
      fallthrough: true,
      setHeaders(res, path) {
        // File names under assets/ carry a content hash.
        if (/[\\/]assets[\\/]/.test(path)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
}
