import { createHash, randomBytes } from 'node:crypto';
import { access, constants, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { composeRawMessage } from './mail-composer.js';
import type { MailTransport, OutgoingMail, SentReceipt } from './mail-transport.js';

/**
 * Writes each message as `<time>-<id>.eml` into a folder (the dev mailbox). The id is derived from
 * the Message-ID, so a retry of a message already written finds its file and writes nothing new.
 * Files appear whole or not at all: written under a temporary name, then renamed.
 */
export class FileTransport implements MailTransport {
  readonly kind = 'file';

  constructor(readonly dir: string) {}

  async send(mail: OutgoingMail): Promise<SentReceipt> {
    await mkdir(this.dir, { recursive: true });
    const id = shortId(mail.messageId);
    const existing = (await readdir(this.dir)).find((name) => name.endsWith(`-${id}.eml`));
    if (existing) return { accepted: [...mail.to], response: join(this.dir, existing) };

    const raw = await composeRawMessage(mail);
    const name = `${fileTimestamp(new Date())}-${id}.eml`;
    const temporary = join(this.dir, `.${id}-${randomBytes(4).toString('hex')}.tmp`);
    try {
      await writeFile(temporary, raw, { flag: 'wx' });
      await rename(temporary, join(this.dir, name));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return { accepted: [...mail.to], response: join(this.dir, name) };
  }

  async verify(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await access(this.dir, constants.W_OK);
  }

  close(): void {}
}

/** 12 hex digits of the Message-ID's SHA-256: stable across retries, safe in a file name. */
export function shortId(messageId: string): string {
  return createHash('sha256').update(messageId).digest('hex').slice(0, 12);
}

/** ISO 8601 in UTC without colons (which some file systems refuse), so names sort by time: 2027-02-10T08-00-00.000Z. */
export function fileTimestamp(time: Date): string {
  return time.toISOString().replaceAll(':', '-');
}
