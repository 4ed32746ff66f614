/** A message ready to go: rendered, addressed, with a stable Message-ID chosen when it was queued. */
export interface OutgoingMail {
  /** RFC 5322 Message-ID including the angle brackets, e.g. "<3f2a…@vejviser>"; the same on every attempt. */
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  /** A calendar invitation sent as a text/calendar part (nodemailer `icalEvent`). */
  icalEvent?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; filename: string; content: string };
}

export interface SentReceipt {
  accepted: string[];
  /** The server's answer (SMTP) or where it was written (file). */
  response: string;
}

/** One way of delivering mail; chosen by configuration. */
export interface MailTransport {
  readonly kind: 'smtp' | 'file' | 'memory';
  send(mail: OutgoingMail): Promise<SentReceipt>;
  /** Checks the transport can be used (SMTP: connect and greet), for /health and start-up. */
  verify(): Promise<void>;
  close(): void;
}

export type MailTransportConfig =
  { kind: 'smtp'; url: string; rejectUnauthorized: boolean } | { kind: 'file'; dir: string } | { kind: 'memory' };
