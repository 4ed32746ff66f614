import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestApp, type TestApp } from './support/test-app.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// What a browser gets at /graphql, without a browser (test/web/explorer.web-spec.ts runs the page in Chromium).
const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('the GraphQL explorer at /graphql', () => {
  describe('with the sandbox on', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ sandbox: true });
    });
    afterAll(() => t.close());

    it('gives a browser the GraphiQL page, with a Content-Security-Policy that allows only this origin', async () => {
      const res = await fetch(`${t.url}/graphql`, { headers: { accept: HTML } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/https?:|\*/);
      const html = await res.text();
      expect(html).toContain('<html lang="da">');
      expect(html).toContain('<title>Vejviser – GraphQL-udforsker</title>');
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    });

    it('serves every file the page names from /explorer/, cached for good', async () => {
      const html = await (await fetch(`${t.url}/graphql`, { headers: { accept: HTML } })).text();
      const files = [...html.matchAll(/(?:src|href)="(\/explorer\/assets\/[^"]+)"/g)].map((m) => m[1]);
      expect(files.some((f) => f.endsWith('.js'))).toBe(true);
      expect(files.some((f) => f.endsWith('.css'))).toBe(true);
      for (const file of files) {
        const res = await fetch(`${t.url}${file}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(file.endsWith('.js') ? /javascript/ : /text\/css/);
        expect(res.headers.get('cache-control')).toContain('immutable');
        await res.arrayBuffer();
      }
      expect((await fetch(`${t.url}/explorer/assets/no-such-file.js`)).status).toBe(404);
    });

    it('answers GraphQL over GET and POST as before', async () => {
      const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      });
      expect(get.status).toBe(200);
      await expect(get.json()).resolves.toEqual({ data: { __typename: 'Query' } });
      await expect(t.graphql('{ __typename }')).resolves.toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('with the sandbox off', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ sandbox: false });
    });
    afterAll(() => t.close());

    it('has no page and no explorer files, and GraphQL still answers', async () => {
      const res = await fetch(`${t.url}/graphql`, { headers: { accept: HTML } });
      expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
      expect(await res.text()).not.toContain('GraphQL-udforsker');
      // A file that the build made (npm test builds first) is not served either.
      const built = readdirSync(join(ROOT, 'dist/explorer/assets')).find((f) => f.endsWith('.js'));
      expect(built).toBeDefined();
      expect((await fetch(`${t.url}/explorer/assets/${built}`)).status).toBe(404);
      await expect(t.graphql('{ __typename }')).resolves.toEqual({ data: { __typename: 'Query' } });
    });
  });
});
