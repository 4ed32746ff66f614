import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { type Request, type Response } from 'express';
import { pageCsp, useWebAppStylesheets } from '#core';
import { repositoryRoot } from './repository-root.js';

/** Where `npm run build` puts the web app built from apps/web. */
const WEB_DIR = join(repositoryRoot(), 'dist', 'web');

/**
 * The web app's scripts, styles, fonts and icons all come from this origin; nothing from another host, no inline
 * script and no eval. React sets style attributes through the DOM, which style-src does not govern.
 */
export const WEB_APP_CSP = pageCsp({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'font-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
});

/**
 * The hashed files under /assets/: cached for a year (a new build has new names). A missing file is a plain 404.
 * The pages the server renders for links in mail use the web app's stylesheet too.
 */
export function serveWebAppFiles(app: INestApplication): void {
  useWebAppStylesheets(webAppStylesheets);
  app.use('/assets', express.static(join(WEB_DIR, 'assets'), { index: false, immutable: true, maxAge: '365d', fallthrough: false }));
}

let indexHtml: string | null | undefined;

/** The built index.html, read once; null when the web app has not been built. */
function webAppHtml(): string | null {
  if (indexHtml === undefined) {
    const file = join(WEB_DIR, 'index.html');
    indexHtml = existsSync(file) ? readFileSync(file, 'utf8') : null;
  }
  return indexHtml;
}

/** The stylesheets the built index.html links (Vite names them by hash); none when the web app has not been built. */
export function webAppStylesheets(): string[] {
  const html = webAppHtml() ?? '';
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .map((tag) => /\bhref="(\/assets\/[^"]+\.css)"/.exec(tag[0])?.[1])
    .filter((href): href is string => href !== undefined);
}

/**
 * A browser's GET for a path no controller answers gets the web app, whose router shows the page (or its own
 * "Siden findes ikke"). Paths the server renders itself (/bekraeft/…, /temadage/afmeld/…, /overlevering/ark, …)
 * never get here, because their controllers match first. Returns false when the request is not for the web app.
 */
export function answerWithWebApp(req: Request, res: Response): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  // Browsers name text/html when they navigate; API clients (and curl's */*) keep the JSON 404.
  if (!req.headers.accept?.includes('text/html')) return false;
  const html = webAppHtml();
  if (html === null) return false;
  res.status(200).setHeader('Content-Security-Policy', WEB_APP_CSP).setHeader('Cache-Control', 'no-cache').type('html').send(html);
  return true;
}
