/** Paths whose last segment is a secret link token (mails carry them): the token never reaches a log. */
const LINK_PATHS = /(\/(?:bekraeft|temadage\/afmeld|aendringer\/afmeld))\/(?!:)[^/?#\s"',}]+/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const JWT = /\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*/g;
const BEARER = /\b(Bearer)\s+[\w.~+/=-]+/gi;
/**
 * Ten digits written as a CPR number is (with a dash, a space or nothing between six and four): such a segment is
 * dropped from logs whether or not its first six digits are a date. Deliberately looser than the input check, and
 * free of imports, because this module loads before tracing patches graphql.
 */
const CPR_LIKE = /(?<!\d)\d{6}[-\s]?\d{4}(?!\d)/;
/** A long opaque segment (hex or base64url, 40+ characters) is a token, whatever route it is on. */
const OPAQUE_SEGMENT = /^[A-Za-z0-9_-]{40,}$/;

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * A request path as logs may show it: link tokens replaced, e-mail addresses removed and the query
 * string dropped (it carries the question of `/overlevering` and `/overlevering/ark` and, for GET /graphql, the query and its variables).
 */
export function redactPath(url: string): string {
  const cut = url.search(/[?#]/);
  const pathname = cut === -1 ? url : url.slice(0, cut);
  const path = pathname
    .replace(LINK_PATHS, '$1/[token]')
    .split('/')
    .map((segment) => (OPAQUE_SEGMENT.test(segment) ? '[token]' : CPR_LIKE.test(safeDecode(segment)) ? '[fjernet]' : segment))
    .join('/')
    .replace(/%40/gi, '@')
    .replace(EMAIL, '[e-mail]');
  return cut === -1 ? path : `${path}?[fjernet]`;
}

/** A free-text log message with e-mail addresses, bearer and JSON web tokens, link tokens and query strings of links removed. */
export function redactText(text: string): string {
  return text
    .replace(LINK_PATHS, '$1/[token]')
    .replace(/(\/overlevering(?:\/ark)?)\?[^\s"']*/g, '$1?[fjernet]')
    .replace(BEARER, '$1 [token]')
    .replace(JWT, '[token]')
    .replace(EMAIL, '[e-mail]');
}
