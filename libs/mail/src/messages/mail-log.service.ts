import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  AccessDeniedError,
  AuditAction,
  AuditTrail,
  ConflictError,
  ForbiddenError,
  MutationRejected,
  NotFoundError,
  findById,
  mutate,
  pageWindow,
  text,
  toConnection,
  validate,
  type Connection,
  type MutationFailure,
  type RequestContext,
} from '#core';
import { MAIL_CONFIG, type MailConfig } from '../mail.config.js';
import { MailMessage, MailStatus } from './mail-message.entity.js';
import { MailQueue } from './mail-queue.service.js';

const ADMIN_ONLY = 'Maillog og testmail er for administratorer.';

/** Reading the mail log, and the test mail that checks the settings. */
@Injectable()
export class MailLog {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: MailQueue,
    private readonly audit: AuditTrail,
    @Inject(MAIL_CONFIG) private readonly config: MailConfig,
  ) {}

  async list(
    ctx: RequestContext,
    status: MailStatus | null,
    page: { first?: number | null; after?: string | null },
  ): Promise<Connection<MailMessage>> {
    this.assertAdmin(ctx);
    const window = pageWindow(page);
    const [rows, total] = await this.dataSource.getRepository(MailMessage).findAndCount({
      where: status ? { status } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: window.offset,
      take: window.limit,
    });
    return toConnection(rows, total, window);
  }

  /** Messages per status (every status, zero included), for metrics; no one's data. */
  async countByStatus(): Promise<Record<MailStatus, number>> {
    const rows: { status: MailStatus; count: string }[] = await this.dataSource
      .getRepository(MailMessage)
      .createQueryBuilder('m')
      .select('m.status', 'status')
      .addSelect('count(*)', 'count')
      .groupBy('m.status')
      .getRawMany();
    const counts = Object.fromEntries(Object.values(MailStatus).map((status) => [status, 0])) as Record<MailStatus, number>;
    for (const row of rows) counts[row.status] = Number(row.count);
    return counts;
  }

  async find(ctx: RequestContext, id: string): Promise<MailMessage | null> {
    this.assertAdmin(ctx);
    return findById(this.dataSource.manager, MailMessage, id);
  }

  async sendTest(ctx: RequestContext, to: string, sentBy: string | null): Promise<MailMessage | MutationFailure> {
    if (!ctx.isAdmin) return ForbiddenError.of(ADMIN_ONLY);
    const checked = validate(z.object({ to: z.email('Ugyldig e-mailadresse.'), sentBy: text.optional(200) }), { to, sentBy });
    if (!checked.ok) return checked.error;
    return mutate(this.dataSource, (manager) =>
      this.queue.queue(manager, {
        template: 'test-message',
        to: [checked.value.to],
        data: { sentBy: checked.value.sentBy ?? 'Vejviser', environment: this.config.transport.kind },
      }),
    );
  }

  /**
   * "Prøv igen": sends a FAILED message once more, with the same Message-ID and its attempts counted on; the retry is
   * in the audit trail. A message whose content was forgotten when it failed (a handover sheet) cannot be sent again.
   */
  async retry(ctx: RequestContext, id: string): Promise<MailMessage | MutationFailure> {
    if (!ctx.isAdmin) return ForbiddenError.of(ADMIN_ONLY);
    return mutate(this.dataSource, async (manager) => {
      const message = await findById(manager, MailMessage, id);
      if (!message) throw new MutationRejected(NotFoundError.of('Mailen', id));
      if (message.status !== MailStatus.FAILED) {
        throw new MutationRejected(ConflictError.of('Kun en mail, der ikke kunne sendes, kan prøves igen.'));
      }
      if (!message.text && !message.html) {
        throw new MutationRejected(ConflictError.of('Mailens indhold er slettet, så den kan ikke sendes igen.'));
      }
      await this.queue.resend(manager, message);
      await this.audit.record(manager, ctx, {
        entityType: 'MailMessage',
        entityId: id,
        organisationId: null,
        action: AuditAction.UPDATE,
        before: { status: MailStatus.FAILED },
        after: { status: MailStatus.QUEUED, retriedAfterAttempts: message.attempts },
      });
      return Object.assign(message, { status: MailStatus.QUEUED });
    });
  }

  private assertAdmin(ctx: RequestContext): void {
    if (!ctx.isAdmin) throw new AccessDeniedError(ADMIN_ONLY);
  }
}
