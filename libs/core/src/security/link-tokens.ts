import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Links in mails that act without signing in (cancel a registration, end a subscription) carry an HMAC-SHA-256
 * of "purpose:subject" with the link secret, base64url: nothing is stored, every mail can carry the same link,
 * and the purpose in the signed text keeps a token made for one kind of link from working for another.
 * Links already mailed depend on this exact format.
 */
export function signLink(secret: string, purpose: string, subject: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${subject}`).digest('base64url');
}

/** Whether `signature` is what signLink gives for the purpose and subject, compared in constant time. */
export function linkSignatureMatches(secret: string, purpose: string, subject: string, signature: string): boolean {
  const expected = Buffer.from(signLink(secret, purpose, subject));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A token that names its subject: "subject.signature". */
export function signedLinkToken(secret: string, purpose: string, subject: string): string {
  return `${subject}.${signLink(secret, purpose, subject)}`;
}

/** The subject a "subject.signature" token names, or null for a token not signed for this purpose. */
export function linkTokenSubject(secret: string, purpose: string, token: string): string | null {
  // Anything after a second dot is ignored: a mail client may take a sentence's full stop into the link.
  const [subject, signature] = token.trim().split('.');
  if (!subject || !signature) return null;
  return linkSignatureMatches(secret, purpose, subject, signature) ? subject : null;
}
