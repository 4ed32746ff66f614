import type { MailTransportConfig } from './transports/mail-transport.js';

export interface MailConfig {
  /** Sender, e.g. "Vejviser <no-reply@kommune.dk>". */
  from: string;
  transport: MailTransportConfig;
  /** Domain part of generated Message-IDs. */
  messageIdDomain: string;
  /** Retries after the first attempt, with growing delays. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** A send still active after this long (its process died) is tried again. */
  sendTimeoutSeconds: number;
  /** In production the dev mailbox is never served. */
  production: boolean;
}

export const MAIL_CONFIG = Symbol('MAIL_CONFIG');
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
