import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditTrail, JobQueue, RequestContext, asOf, type AsOfData, Outbox } from '#core';
import { NETWORK_CONFIG, type NetworkConfig } from '../network.config.js';
import { ThemeDay, ThemeDayRegistration } from './theme-day.entity.js';
import { ThemeDayMails } from './theme-day-mails.js';

export const THEME_DAY_REMINDERS_JOB = 'theme-days.reminders';
export const THEME_DAY_ERASURE_JOB = 'theme-days.erase-attendees';

const DAY = 24 * 60 * 60 * 1000;
const SYSTEM = new RequestContext();

/** Scheduled work on theme days: reminders before the day, and deleting attendees' details after it. */
@Injectable()
export class ThemeDayJobs implements OnModuleInit {
  private readonly logger = new Logger('Temadage');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mails: ThemeDayMails,
    private readonly audit: AuditTrail,
    private readonly outbox: Outbox,
    @Inject(NETWORK_CONFIG) private readonly config: NetworkConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.define<AsOfData>({
      name: THEME_DAY_REMINDERS_JOB,
      handler: (data) => this.sendReminders(asOf(data)).then(() => undefined),
      cron: '*/15 * * * *',
      retryLimit: 5,
      retryDelaySeconds: 60,
      retryBackoff: true,
    });
    this.jobs.define<AsOfData>({
      name: THEME_DAY_ERASURE_JOB,
      handler: (data) => this.eraseAttendees(asOf(data)).then(() => undefined),
      cron: '30 3 * * *',
      retryLimit: 5,
      retryDelaySeconds: 300,
      retryBackoff: true,
    });
  }

  /**
   * Reminds confirmed attendees of days starting within the reminder window, once each. Someone
   * who registered inside the window has just had the confirmation and gets no reminder.
   */
  async sendReminders(now: Date): Promise<number> {
    const windowEnd = new Date(now.getTime() + this.config.themeDayReminderDays * DAY);
    return this.dataSource.transaction(async (manager) => {
      const due = await manager
        .getRepository(ThemeDayRegistration)
        .createQueryBuilder('r')
        .innerJoin(ThemeDay, 'd', 'd.id = r.theme_day_id')
        .where(`r.status = 'CONFIRMED' AND r.reminder_sent_at IS NULL AND r.email IS NOT NULL AND d.status = 'SCHEDULED'`)
        .andWhere('d.starts_at > :now AND d.starts_at <= :windowEnd', { now, windowEnd })
        .andWhere(`coalesce(r.promoted_at, r.registered_at) < d.starts_at - make_interval(days => :days)`, {
          days: this.config.themeDayReminderDays,
        })
        .orderBy('r.seq')
        .setLock('pessimistic_write', undefined, ['r'])
        .setOnLocked('skip_locked')
        .getMany();
      const days = new Map<string, ThemeDay>();
      for (const registration of due) {
        const day =
          days.get(registration.themeDayId) ?? (await manager.getRepository(ThemeDay).findOneByOrFail({ id: registration.themeDayId }));
        days.set(day.id, day);
        await this.mails.send(manager, 'REMINDER', day, registration);
        await manager.getRepository(ThemeDayRegistration).update({ id: registration.id }, { reminderSentAt: now });
      }
      if (due.length) this.logger.log(`Påmindelser sendt: ${due.length}.`);
      return due.length;
    });
  }

  /**
   * Deletes names, addresses and links of attendees of days that ended more than the retention
   * period ago, and the sent messages to them. Counts and attendance stay, without the person.
   */
  async eraseAttendees(now: Date): Promise<number> {
    const before = new Date(now.getTime() - this.config.themeDayRetentionDays * DAY);
    return this.dataSource.transaction(async (manager) => {
      const days = await manager
        .getRepository(ThemeDay)
        .createQueryBuilder('d')
        .where('d.ends_at < :before AND d.attendees_erased_at IS NULL', { before })
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      let erased = 0;
      for (const day of days) {
        const ids: { id: string }[] = await manager.query(
          `SELECT id FROM theme_day_registration WHERE theme_day_id = $1 AND erased_at IS NULL`,
          [day.id],
        );
        for (const { id } of ids) {
          // Sent (or given-up) messages hold the address and name; queued ones are left to be sent.
          await this.outbox.forgetDelivered(manager, `theme-day-registration:${id}:`);
        }
        await manager.query(
          `UPDATE theme_day_registration SET name = NULL, email = NULL, workplace = NULL, account_id = NULL, cancel_token_hash = NULL, erased_at = $2
           WHERE theme_day_id = $1 AND erased_at IS NULL`,
          [day.id, now],
        );
        await manager.update(ThemeDay, { id: day.id }, { attendeesErasedAt: now });
        await this.audit.record(manager, SYSTEM, {
          entityType: 'ThemeDay',
          entityId: day.id,
          organisationId: day.hostOrganisationId,
          action: AuditAction.ERASE,
          before: null,
          after: { attendeesErased: ids.length },
        });
        erased += ids.length;
      }
      if (erased) this.logger.log(`Deltageroplysninger slettet: ${erased} tilmeldinger fra ${days.length} temadage.`);
      return erased;
    });
  }
}
