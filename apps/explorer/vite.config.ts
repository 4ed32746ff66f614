import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The GraphQL explorer: built into dist/explorer and served by the API under /explorer/ (the page itself at GET /graphql). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explorer/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/explorer', import.meta.url)),
    emptyOutDir: true,
    // Monaco's icon font and workers stay files of their own (workers from 'self', never blob:); GraphiQL's own
    // stylesheet already carries its fonts as data: URLs.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's dependencies mark React server/client boundaries that mean nothing in a browser-only bundle.
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
