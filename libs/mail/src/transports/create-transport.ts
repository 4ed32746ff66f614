import { FileTransport } from './file.transport.js';
import type { MailTransport, MailTransportConfig } from './mail-transport.js';
import { MemoryTransport } from './memory.transport.js';
import { SmtpTransport } from './smtp.transport.js';

/** The transport the configuration names. */
export function createTransport(config: MailTransportConfig): MailTransport {
  switch (config.kind) {
    case 'smtp':
      return new SmtpTransport({ url: config.url, rejectUnauthorized: config.rejectUnauthorized });
    case 'file':
      return new FileTransport(config.dir);
    case 'memory':
      return new MemoryTransport();
  }
}
