import { Module, type DynamicModule } from '@nestjs/common';
import { Outbox } from '#core';
import { MAILBOX_DIR, DevMailboxController } from './dev-mailbox.controller.js';
import { MAIL_CONFIG, MAIL_TRANSPORT, type MailConfig } from './mail.config.js';
import { MailLog } from './messages/mail-log.service.js';
import { MailMessageResolver } from './messages/mail-message.resolver.js';
import { MailQueue } from './messages/mail-queue.service.js';
import { createTransport } from './transports/create-transport.js';
import type { MailTransport } from './transports/mail-transport.js';

export const MAIL_RESOLVERS = [MailMessageResolver];

@Module({})
export class MailModule {
  /** The dev mailbox (/dev/mailbox) is served only with the file transport outside production. */
  static forRoot(config: MailConfig): DynamicModule {
    const devMailbox = !config.production && config.transport.kind === 'file';
    return {
      // Global: any module may queue mail in its own transaction, through the Outbox port.
      global: true,
      module: MailModule,
      controllers: devMailbox ? [DevMailboxController] : [],
      providers: [
        { provide: MAIL_CONFIG, useValue: config },
        {
          provide: MAIL_TRANSPORT,
          useFactory: (): MailTransport => createTransport(config.transport),
        },
        ...(devMailbox && config.transport.kind === 'file' ? [{ provide: MAILBOX_DIR, useValue: config.transport.dir }] : []),
        MailQueue,
        { provide: Outbox, useExisting: MailQueue },
        MailLog,
        ...MAIL_RESOLVERS,
      ],
      exports: [MailQueue, Outbox, MailLog, MAIL_TRANSPORT],
    };
  }
}
