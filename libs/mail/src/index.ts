export * from './mail.config.js';
export * from './mail.module.js';
export * from './messages/mail-message.entity.js';
export * from './messages/mail-queue.service.js';
export * from './messages/mail-log.service.js';
export * from './transports/mail-transport.js';
export * from './transports/create-transport.js';
export * from './templates/mail-template.js';
export * from './templates/index.js';

import { MailMessage } from './messages/mail-message.entity.js';
export const MAIL_ENTITIES = [MailMessage];
