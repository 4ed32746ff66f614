import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue, RequestContext, asOf, type AsOfData, Outbox } from '#core';
import { ContactHandover, ContactsService } from '#directory';
import { UPKEEP_CONFIG, type UpkeepConfig } from '../upkeep.config.js';

export const LEFT_CONTACT_ERASURE_JOB = 'turnover.erase-left-contacts';

const DAY = 24 * 60 * 60 * 1000;
const SYSTEM = new RequestContext();

/**
 * People who left are kept only as pointers to their successors, and only for a while: after
 * LEFT_CONTACT_RETENTION_DAYS they are erased as `eraseContact` does, their name leaves the
 * successor's former names, and the sent messages about the handover go too.
 */
@Injectable()
export class TurnoverJobs implements OnModuleInit {
  private readonly logger = new Logger('Turnover');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly contacts: ContactsService,
    private readonly directory: ContactHandover,
    private readonly outbox: Outbox,
    @Inject(UPKEEP_CONFIG) private readonly config: UpkeepConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.define<AsOfData>({
      name: LEFT_CONTACT_ERASURE_JOB,
      handler: (data) => this.eraseLeftContacts(asOf(data)).then(() => undefined),
      cron: '45 3 * * *',
      retryLimit: 5,
      retryDelaySeconds: 300,
      retryBackoff: true,
    });
  }

  /** Erases the contacts that left more than the retention period before `now`; returns how many. */
  async eraseLeftContacts(now: Date): Promise<number> {
    const before = new Date(now.getTime() - this.config.leftContactRetentionDays * DAY);
    return this.dataSource.transaction(async (manager) => {
      const due = await this.directory.lockLeftBefore(manager, before);
      for (const contact of due) {
        if (contact.successorId) await this.directory.forgetFormerName(manager, contact.successorId, contact.name);
        // Queued messages are left to be sent; sent ones name the person and go with them.
        await this.outbox.forgetDelivered(manager, `turnover:${contact.id}:`);
        await this.contacts.removeLocked(manager, SYSTEM, contact, true);
      }
      if (due.length) this.logger.log(`Kontakter slettet ${this.config.leftContactRetentionDays} dage efter fratræden: ${due.length}.`);
      return due.length;
    });
  }
}
