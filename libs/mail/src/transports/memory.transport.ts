import type { MailTransport, OutgoingMail, SentReceipt } from './mail-transport.js';

/** Keeps messages in memory, for unit tests; `failNext` makes the next sends fail as an SMTP outage would. */
export class MemoryTransport implements MailTransport {
  readonly kind = 'memory';
  readonly sent: OutgoingMail[] = [];
  private failures: { left: number; error: Error } = { left: 0, error: new Error() };

  async send(mail: OutgoingMail): Promise<SentReceipt> {
    if (this.failures.left > 0) {
      this.failures.left -= 1;
      throw this.failures.error;
    }
    this.sent.push(structuredClone(mail));
    return { accepted: [...mail.to], response: `250 gemt i hukommelsen (${this.sent.length})` };
  }

  /** The next `count` calls to send() reject with `error` and keep nothing. */
  failNext(count: number, error: Error = new Error('451 Midlertidig fejl (test)')): void {
    this.failures = { left: count, error };
  }

  async verify(): Promise<void> {}

  close(): void {}
}
