import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { JobQueue, Outbox, type JobContext, type OutboxMessage } from '#core';
import { MAIL_CONFIG, MAIL_TRANSPORT, type MailConfig } from '../mail.config.js';
import { renderTemplate } from '../templates/index.js';
import type { MailTransport } from '../transports/mail-transport.js';
import { MailMessage, MailStatus } from './mail-message.entity.js';

export const SEND_MAIL_JOB = 'mail.send';

/**
 * Messages whose content is only kept until it has been delivered (or given up on). A handover sheet
 * names a municipality, an age and situations: about one citizen, so the log keeps only that it went.
 */
const FORGOTTEN_WHEN_SENT: Record<string, string> = { 'handover-sheet': 'Overleveringsark (indholdet er slettet efter afsendelse)' };

export type QueueMail = OutboxMessage;

/**
 * The outbox's implementation. Every message is rendered and logged when queued, in the caller's
 * transaction (so data a template refuses fails that transaction), and sent by a job: an SMTP outage
 * means retries, a crash means the job runs again, never a lost message.
 */
@Injectable()
export class MailQueue extends Outbox implements OnModuleInit {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    @Inject(MAIL_CONFIG) private readonly config: MailConfig,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {
    super();
  }

  onModuleInit(): void {
    this.jobs.define<{ messageId: string }>({
      name: SEND_MAIL_JOB,
      handler: (data, job) => this.send(data.messageId, job),
      retryLimit: this.config.retryLimit,
      retryDelaySeconds: this.config.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.config.sendTimeoutSeconds,
    });
  }

  /** Renders, logs and enqueues a message in `manager`'s transaction. */
  async queue(manager: EntityManager, mail: QueueMail): Promise<MailMessage> {
    const repository = manager.getRepository(MailMessage);
    if (mail.idempotencyKey) {
      const earlier = await repository.findOneBy({ idempotencyKey: mail.idempotencyKey });
      if (earlier) return earlier;
    }
    const rendered = renderTemplate(mail.template, mail.data);
    const id = randomUUID();
    const message = await repository.save(
      repository.create({
        id,
        template: mail.template,
        recipients: mail.to,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        icalEvent: rendered.icalEvent ?? null,
        status: MailStatus.QUEUED,
        messageId: `<${id}@${this.config.messageIdDomain}>`,
        idempotencyKey: mail.idempotencyKey ?? null,
      }),
    );
    await this.jobs.enqueue(manager, SEND_MAIL_JOB, { messageId: id }, { key: id });
    return message;
  }

  /** Queues a FAILED message once more (its own job, with the queue's retries), keeping its Message-ID. */
  async resend(manager: EntityManager, message: MailMessage): Promise<void> {
    await manager.update(MailMessage, { id: message.id }, { status: MailStatus.QUEUED });
    await this.jobs.enqueue(manager, SEND_MAIL_JOB, { messageId: message.id }, { key: `${message.id}/retry/${message.attempts}` });
  }

  async queuedKeys(manager: EntityManager, keys: readonly string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const found = await manager
      .getRepository(MailMessage)
      .find({ select: { idempotencyKey: true }, where: { idempotencyKey: In([...keys]) } });
    return new Set(found.map((m) => m.idempotencyKey).filter((key) => key !== null));
  }

  async forgetDelivered(manager: EntityManager, keyPrefix: string): Promise<void> {
    await manager.query(`DELETE FROM mail_message WHERE idempotency_key LIKE $1 AND status IN ('SENT', 'FAILED')`, [
      `${keyPrefix.replace(/[\\%_]/g, '\\$&')}%`,
    ]);
  }

  async forgetDeliveredBefore(manager: EntityManager, templates: readonly string[], before: Date): Promise<void> {
    await manager.query(`DELETE FROM mail_message WHERE template = ANY($1) AND status IN ('SENT', 'FAILED') AND created_at < $2`, [
      [...templates],
      before,
    ]);
  }

  async eraseRecipient(manager: EntityManager, address: string): Promise<void> {
    await manager.query(
      `UPDATE mail_message SET recipients = array_replace(recipients, $1, '[slettet]'), subject = '[slettet]', html = '', text = '', ical_event = NULL
       WHERE $1 = ANY(recipients)`,
      [address],
    );
  }

  /** One delivery attempt; throwing hands the job back to the queue for a retry. */
  private async send(id: string, job: JobContext): Promise<void> {
    const repository = this.dataSource.getRepository(MailMessage);
    const message = await repository.findOneBy({ id });
    if (!message || message.status === MailStatus.SENT) return;
    await repository.update({ id }, { status: MailStatus.SENDING, attempts: message.attempts + 1 });
    try {
      await this.transport.send({
        messageId: message.messageId,
        from: this.config.from,
        to: message.recipients,
        subject: message.subject,
        html: message.html,
        text: message.text,
        icalEvent: message.icalEvent ?? undefined,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const status = job.retriesLeft > 0 ? MailStatus.QUEUED : MailStatus.FAILED;
      await repository.update(
        { id },
        { status, lastError: reason.slice(0, 1000), ...(status === MailStatus.FAILED ? forgotten(message) : {}) },
      );
      this.logger.warn(
        `Mail ${id} forsøg ${message.attempts + 1} mislykkedes (${status === MailStatus.FAILED ? 'opgivet' : 'prøver igen'}): ${reason}`,
      );
      throw error;
    }
    await repository.update({ id }, { status: MailStatus.SENT, sentAt: new Date(), lastError: null, ...forgotten(message) });
  }
}

function forgotten(message: MailMessage): Partial<MailMessage> {
  const subject = FORGOTTEN_WHEN_SENT[message.template];
  return subject ? { subject, html: '', text: '', icalEvent: null } : {};
}
