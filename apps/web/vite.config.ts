import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Where `npm start` (or `npm run dev:web` beside it) finds the API. */
const API = process.env.VEJVISER_API ?? 'http://127.0.0.1:3000';

/**
 * The web app: built into dist/web and served by the API process at / (same origin). `npm run dev:web` serves it
 * from Vite with hot reload and sends every path the API answers itself to the API.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  resolve: {
    // dkfds exports only its script; its stylesheet, fonts and icons are files in its dist folder.
    alias: { 'dkfds-dist': fileURLToPath(new URL('../../node_modules/dkfds/dist', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The icon sprite must stay a file: <use href> cannot point into a data: URL.
    assetsInlineLimit: 0,
    // The budget CI checks is the front page's JavaScript after gzip (scripts/check-web-budget.mjs).
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    proxy: Object.fromEntries(
      [
        '/graphql',
        '/konto/session',
        '/konto/sso',
        '/overlevering/ark',
        '/bekraeft',
        '/temadage/afmeld',
        '/aendringer/afmeld',
        '/supervision',
        '/calendar',
        '/hsds',
        '/health',
        '/dev/mailbox',
        '/explorer',
      ].map((path) => [path, { target: API, changeOrigin: false }]),
    ),
  },
});
