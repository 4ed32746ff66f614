import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inlineStyleHashes } from '#core';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The policy's directives by name, e.g. { 'style-src': ["'self'", "'sha256-…'"] }. */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** Where a browser looks for the rule on scripts: script-src, else default-src. */
const scriptSources = (policy: Record<string, string[]>) => policy['script-src'] ?? policy['default-src'] ?? [];

describe('Content-Security-Policy on every HTML page the app serves', () => {
  let t: TestApp;
  let mailDir: string;
  beforeAll(async () => {
    mailDir = mkdtempSync(join(tmpdir(), 'vejviser-csp-mail-'));
    t = await startTestApp({ demo: true, sandbox: true, mail: { kind: 'file', dir: mailDir } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(mailDir, { recursive: true, force: true });
  });

  const html = async (path: string) => {
    const res = await fetch(`${t.url}${path}`, { headers: { accept: 'text/html' } });
    const body = await res.text();
    expect({ path, type: res.headers.get('content-type') }).toEqual({ path, type: expect.stringContaining('text/html') });
    return { policy: directives(res.headers.get('content-security-policy') ?? ''), body };
  };

  // The web app, GraphiQL, the dev mailbox (a list, a message template preview), the printable handover sheet,
  // and the pages the server renders for links in mail (a GET with a button; a page without forms).
  const PAGES = [
    '/',
    '/find',
    '/graphql',
    '/dev/mailbox',
    '/dev/mailbox/templates',
    '/dev/mailbox/templates/theme-day-confirmation',
    '/overlevering/ark?kommune=0217&alder=17',
    '/temadage/afmeld/ukendt-token',
    '/aendringer/afmeld/ukendt-token',
    '/bekraeft/ukendt-token',
    '/supervision/record/00000000-0000-0000-0000-000000000000',
  ];

  it.each(PAGES)('%s has a policy: no inline script, no eval, no other host, never framed', async (path) => {
    const { policy } = await html(path);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['default-src']).toBeDefined();
    for (const sources of Object.values(policy)) expect(sources.filter((s) => /^(https?:|\*)/.test(s))).toEqual([]);
    expect(scriptSources(policy)).not.toContain("'unsafe-inline'");
    expect(scriptSources(policy)).not.toContain("'unsafe-eval'");
    expect(['none', "'none'", "'self'"]).toEqual(expect.arrayContaining(scriptSources(policy)));
  });

  it('allows the inline <style> of the handover sheet and of the server-rendered pages by hash, not by unsafe-inline', async () => {
    for (const path of ['/overlevering/ark?kommune=0217&alder=17', '/temadage/afmeld/ukendt-token', '/bekraeft/ukendt-token']) {
      const { policy, body } = await html(path);
      const styles = inlineStyleHashes(body);
      expect(styles.length).toBeGreaterThan(0);
      expect({ path, styleSrc: policy['style-src'] }).toEqual({ path, styleSrc: expect.arrayContaining(styles) });
      expect(policy['style-src']).not.toContain("'unsafe-inline'");
      expect(policy['script-src']).toBeUndefined(); // default-src 'none' rules: no script at all
      expect(policy['default-src']).toEqual(["'none'"]);
    }
  });

  it('gives the web app only its own origin, with no inline styles either', async () => {
    const { policy } = await html('/find');
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['style-src']).toEqual(["'self'"]);
    expect(policy['connect-src']).toEqual(["'self'"]);
  });

  it('lets the forms of button pages post back to the app, and nothing else post anywhere', async () => {
    expect((await html('/aendringer/afmeld/ukendt-token')).policy['form-action']).toEqual(["'self'"]);
    expect((await html('/overlevering/ark?kommune=0217&alder=17')).policy['form-action']).toEqual(["'none'"]);
    expect((await html('/graphql')).policy['form-action']).toEqual(["'none'"]);
  });

  it('sends everything else a policy that allows nothing, with helmet’s other headers', async () => {
    const answers = [
      await fetch(`${t.url}/health`),
      await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      }),
    ];
    for (const res of answers) {
      expect(directives(res.headers.get('content-security-policy') ?? '')).toEqual({
        'default-src': ["'none'"],
        'frame-ancestors': ["'none'"],
      });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('strict-transport-security')).toBeNull(); // production only
    }
  });
});
