import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { JobQueue, asOf, type AsOfData, Outbox } from '#core';
import { DueRecords } from '#directory';
import { UPKEEP_CONFIG, type UpkeepConfig } from '../upkeep.config.js';
import { DUE, lockCycles, openCycles } from './verification-cycles.js';
import { VerificationEscalations } from './verification-escalations.js';
import { VerificationLinks } from './verification-links.js';
import { byRecipient, digestKey, mailRecord, organisationLabel } from './verification-mails.js';
import { VerificationRecipients } from './verification-recipients.js';
import { VERIFICATION_LEAD_DAYS, VERIFICATION_MAX_PER_MAIL, VERIFICATION_REMIND_DAYS, type DueRecord } from './verification.types.js';

export const VERIFICATION_DIGESTS_JOB = 'verification.digests';

const DAY = 24 * 60 * 60 * 1000;

export interface DigestRun {
  asked: number;
  mails: number;
  escalated: number;
}

/**
 * Every morning: each owner gets one mail listing the records they answer for that are due within
 * two weeks (or overdue), each with its own confirm link; the same record is asked about again at
 * most weekly. Overdue and ownerless records are escalated (VerificationEscalations).
 */
@Injectable()
export class VerificationDigests implements OnModuleInit {
  private readonly logger = new Logger('Bekræftelser');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mail: Outbox,
    private readonly links: VerificationLinks,
    private readonly escalations: VerificationEscalations,
    private readonly owners: VerificationRecipients,
    private readonly due: DueRecords,
    @Inject(UPKEEP_CONFIG) private readonly config: UpkeepConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.define<AsOfData>({
      name: VERIFICATION_DIGESTS_JOB,
      handler: (data) => this.run(asOf(data)).then(() => undefined),
      cron: '0 7 * * *',
      retryLimit: 5,
      retryDelaySeconds: 300,
      retryBackoff: true,
    });
  }

  /** One run in one transaction: a failure rolls back every mail and link of the run, and the retry starts over. */
  async run(now: Date): Promise<DigestRun> {
    return this.dataSource.transaction(async (manager) => {
      await openCycles(manager, this.due, now, new Date(now.getTime() + VERIFICATION_LEAD_DAYS * DAY));
      await this.tidy(manager, now);
      const { asked, mails, unreachable } = await this.ask(manager, now);
      const escalated = await this.escalations.escalate(manager, now, unreachable);
      if (asked) this.logger.log(`Bedt om bekræftelse af ${asked} poster i ${mails} mails.`);
      return { asked, mails, escalated };
    });
  }

  private async ask(manager: EntityManager, now: Date): Promise<DigestRun & { unreachable: DueRecord[] }> {
    const records = await lockCycles(
      manager,
      this.due,
      `${DUE} <= $1::timestamptz AND (r.last_asked_at IS NULL OR r.last_asked_at <= $2::timestamptz)`,
      [new Date(now.getTime() + VERIFICATION_LEAD_DAYS * DAY), new Date(now.getTime() - VERIFICATION_REMIND_DAYS * DAY)],
    );
    if (!records.length) return { asked: 0, mails: 0, escalated: 0, unreachable: [] };
    const { recipients } = await this.owners.ownersOf(manager, records);
    const recipientsOf = (record: DueRecord) => recipients.get(record.requestId as string) ?? [];
    const asked = new Set<string>();
    let mails = 0;
    for (const { recipient, records: all } of byRecipient(records, recipientsOf).values()) {
      const list = all.slice(0, VERIFICATION_MAX_PER_MAIL);
      const manyOrganisations = new Set(list.map((r) => r.organisationId)).size > 1;
      const items = [];
      for (const record of list) {
        const confirmUrl = await this.links.create(manager, record.requestId as string, recipient.accountId, 'REQUEST', now);
        items.push(mailRecord(record, { confirmUrl, editUrl: this.links.editUrl(record.type, record.id) }, { manyOrganisations }));
        asked.add(record.requestId as string);
      }
      await this.mail.queue(manager, {
        template: 'verification-request',
        to: [recipient.email],
        data: {
          recipientName: recipient.name,
          organisationName: organisationLabel(list),
          records: items,
          dueDate: list[0].dueAt.toISOString(),
          linksValidUntil: this.links.expiresAt(now).toISOString(),
          reminder: list.some((r) => r.askCount > 0) || undefined,
        },
        idempotencyKey: digestKey('verification-request', recipient.accountId, list, now),
      });
      mails++;
    }
    if (asked.size) {
      await manager.query(`UPDATE verification_request SET last_asked_at = $2, ask_count = ask_count + 1 WHERE id = ANY($1::uuid[])`, [
        [...asked],
        now,
      ]);
    }
    const unreachable = records.filter((record) => !recipientsOf(record).length);
    return { asked: asked.size, mails, escalated: 0, unreachable };
  }

  /**
   * Sent digests hold names and working links: they go once the links have expired. Spent links
   * and cycles confirmed over a year ago go too.
   */
  private async tidy(manager: EntityManager, now: Date): Promise<void> {
    const linksGone = new Date(now.getTime() - this.config.verificationLinkDays * DAY);
    await this.mail.forgetDeliveredBefore(manager, ['verification-request', 'verification-escalation'], linksGone);
    await manager.query(`DELETE FROM verification_link WHERE expires_at < $1`, [linksGone]);
    await manager.query(`DELETE FROM verification_request WHERE confirmed_at < $1`, [new Date(now.getTime() - 365 * DAY)]);
  }
}
