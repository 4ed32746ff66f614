import type { AddressInfo } from 'node:net';
import type { ParsedMail } from 'mailparser';
import type { SMTPServerDataStream, SMTPServerSession } from 'smtp-server';

/** A received message, parsed, with the recipients and sender of the SMTP envelope (RCPT TO / MAIL FROM). */
export type CapturedMail = ParsedMail & { envelope: { from: string | null; to: string[] } };

export interface SmtpCaptureOptions {
  /** A fixed port (e.g. to come back on the same one after a restart); a free one by default. */
  port?: number;
}

export interface SmtpCapture {
  port: number;
  /** smtp://127.0.0.1:<port>, for SMTP_URL or SmtpTransport. */
  url: string;
  /** Every message received so far, in order of arrival. */
  messages: CapturedMail[];
  /** Resolves once `count` messages have arrived in total; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<CapturedMail[]>;
  /** Answers the next `count` messages with "451 temporary failure" and keeps none of them. */
  failNext(count: number): void;
  /** Never answers the next `count` messages: the sender hangs mid-send (until close). */
  holdNext(count: number): void;
  /** Resolves once `count` messages are being held. */
  waitForHeld(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

interface Waiter {
  count: number;
  resolve(messages: CapturedMail[]): void;
  reject(error: Error): void;
}

/** A real SMTP server on loopback without TLS or required login: receives, parses and keeps every message. */
export async function startSmtpCapture(options: SmtpCaptureOptions = {}): Promise<SmtpCapture> {
  // Loaded here, not on import: every spec imports #testing, few run an SMTP server (mailparser alone is ~100 modules).
  const [{ simpleParser }, { SMTPServer }] = await Promise.all([import('mailparser'), import('smtp-server')]);
  const messages: CapturedMail[] = [];
  const waiters = new Set<Waiter>();
  let failures = 0;
  let holds = 0;
  const held: (() => void)[] = [];

  const settle = () => {
    for (const waiter of waiters) {
      if (messages.length >= waiter.count) {
        waiters.delete(waiter);
        waiter.resolve(messages.slice());
      }
    }
  };

  const receive = async (stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    if (holds > 0) {
      holds -= 1;
      await new Promise<void>((release) => held.push(release));
      throw Object.assign(new Error('Holdt tilbage (test)'), { responseCode: 451 });
    }
    if (failures > 0) {
      failures -= 1;
      throw Object.assign(new Error('Midlertidig fejl (test): prøv igen senere'), { responseCode: 451 });
    }
    const parsed = await simpleParser(Buffer.concat(chunks));
    const from = session.envelope.mailFrom;
    messages.push(
      Object.assign(parsed, { envelope: { from: from ? from.address : null, to: session.envelope.rcptTo.map((r) => r.address) } }),
    );
    settle();
  };

  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
    onData: (stream, session, callback) => {
      receive(stream, session).then(
        () => callback(),
        (error: Error) => callback(error),
      );
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(count, timeoutMs = 10_000) {
      if (messages.length >= count) return Promise.resolve(messages.slice());
      return new Promise<CapturedMail[]>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`Waited ${timeoutMs} ms for ${count} messages; ${messages.length} arrived.`));
        }, timeoutMs);
        const waiter: Waiter = {
          count,
          resolve: (received) => {
            clearTimeout(timer);
            resolve(received);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        };
        waiters.add(waiter);
      });
    },
    failNext(count) {
      failures = count;
    },
    holdNext(count) {
      holds = count;
    },
    async waitForHeld(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (held.length < count) {
        if (Date.now() > deadline) throw new Error(`Waited ${timeoutMs} ms for ${count} held messages; ${held.length} held.`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async close() {
      for (const release of held.splice(0)) release();
      for (const waiter of waiters) waiter.reject(new Error('The SMTP capture was closed.'));
      waiters.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
