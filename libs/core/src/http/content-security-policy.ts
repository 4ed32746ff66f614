import { createHash } from 'node:crypto';

/** A Content-Security-Policy as directives and their sources, the shape helmet takes (`'self'` with its quotes). */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * Every answer that sets no policy of its own (JSON, plain text, files): nothing may load, nothing may frame it.
 * helmet sends it (apps/api/src/http/configure-http.ts); an HTML page replaces it with `pageCsp(…)`.
 */
export const DEFAULT_CSP_DIRECTIVES: CspDirectives = {
  'default-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** What no page gets unless it says so: no sources, no <base>, no form posts, no framing by others. */
const PAGE_BASE: CspDirectives = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Sources that would let injected markup run script; no page here needs them, and a policy naming them is a bug. */
const UNSAFE_FOR_SCRIPTS = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'data:', '*'];

/**
 * The Content-Security-Policy header of an HTML page: `allow` over a policy that allows nothing. Throws when a
 * script directive would allow inline script, eval or any host.
 */
export function pageCsp(allow: CspDirectives): string {
  const directives: CspDirectives = { ...PAGE_BASE, ...allow };
  for (const name of ['default-src', 'script-src', 'script-src-elem', 'script-src-attr', 'worker-src']) {
    const unsafe = directives[name]?.find((source) => UNSAFE_FOR_SCRIPTS.includes(source));
    if (unsafe) throw new Error(`Content-Security-Policy: ${name} ${unsafe} would let injected script run.`);
  }
  return cspHeader(directives);
}

/** Directives as a header value, in helmet's form: `name source source; name …`. */
export function cspHeader(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The source that allows exactly this inline <style> element's text (everything between the tags). */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** The hashes of every <style> element in a page, for a `style-src` that allows these and no other inline styles. */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((match) => styleHash(match[1]));
}
