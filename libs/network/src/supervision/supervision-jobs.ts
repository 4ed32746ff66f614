import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditTrail, JobQueue, RequestContext, asOf, Outbox, type AsOfData } from '#core';
import { AccountStatus } from '#auth';
import type { SupervisionSessionReminderData } from '../messages.js';
import { NETWORK_CONFIG, type NetworkConfig } from '../network.config.js';
import { DirectoryLookups } from '../shared/directory-lookups.js';
import { participantMailKey } from './supervision-mails.js';

export const SUPERVISION_REMINDERS_JOB = 'supervision.reminders';
export const SUPERVISION_RETENTION_JOB = 'supervision.retention';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const SYSTEM = new RequestContext();

interface DueReminder {
  session_id: string;
  participant_id: string;
  starts_at: Date;
  ends_at: Date;
  group_name: string;
  network_name: string;
  facilitator_name: string;
  venue: string | null;
  account_id: string;
  number: string;
  total: string;
}

/** Once per participant and session. */
const reminderKey = (row: DueReminder) => participantMailKey(row.participant_id, `reminder:${row.session_id}`);

/** Scheduled work on supervision groups: reminders before each session, and deleting participants after the group. */
@Injectable()
export class SupervisionJobs implements OnModuleInit {
  private readonly logger = new Logger('Supervision');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mail: Outbox,
    private readonly audit: AuditTrail,
    @Inject(NETWORK_CONFIG) private readonly config: NetworkConfig,
    private readonly lookups: DirectoryLookups,
  ) {}

  onModuleInit(): void {
    this.jobs.define<AsOfData>({
      name: SUPERVISION_REMINDERS_JOB,
      handler: (data) => this.sendReminders(asOf(data)).then(() => undefined),
      cron: '5 * * * *',
      retryLimit: 5,
      retryDelaySeconds: 60,
      retryBackoff: true,
    });
    this.jobs.define<AsOfData>({
      name: SUPERVISION_RETENTION_JOB,
      handler: (data) => this.eraseParticipants(asOf(data)).then(() => undefined),
      cron: '45 3 * * *',
      retryLimit: 5,
      retryDelaySeconds: 300,
      retryBackoff: true,
    });
  }

  /**
   * Mails every participant with a seat, who is still an approved member of the network, about each
   * session starting within the next SUPERVISION_REMINDER_HOURS, once per participant and session
   * (the idempotency key), also to someone who got a seat after the session's first reminders went.
   * Returns the mails queued.
   */
  async sendReminders(now: Date): Promise<number> {
    const windowEnd = new Date(now.getTime() + this.config.supervisionReminderHours * HOUR);
    return this.dataSource.transaction(async (manager) => {
      const rows: DueReminder[] = await manager.query(
        `SELECT s.id AS session_id, p.id AS participant_id, s.starts_at, s.ends_at, g.name AS group_name, n.name AS network_name,
                g.facilitator_name, g.venue, m.account_id,
                (SELECT count(*) FROM supervision_session x WHERE x.group_id = g.id AND NOT x.cancelled AND x.starts_at <= s.starts_at) AS number,
                (SELECT count(*) FROM supervision_session x WHERE x.group_id = g.id AND NOT x.cancelled) AS total
           FROM supervision_session s
           JOIN supervision_group g ON g.id = s.group_id
           JOIN network n ON n.id = g.network_id
           JOIN supervision_participant p ON p.group_id = g.id AND p.status = 'APPROVED'
           JOIN network_member m ON m.id = p.member_id AND m.status = 'APPROVED'
          WHERE NOT s.cancelled AND s.starts_at > $1 AND s.starts_at <= $2
          ORDER BY s.starts_at, p.seq`,
        [now, windowEnd],
      );
      const people = await this.lookups.people(manager, [...new Set(rows.map((r) => r.account_id))], [AccountStatus.DISABLED]);
      const candidates = rows.flatMap((row) => {
        const person = people.get(row.account_id);
        return person ? [{ ...row, person }] : [];
      });
      const queued = await this.mail.queuedKeys(manager, candidates.map(reminderKey));
      const due = candidates.filter((row) => !queued.has(reminderKey(row)));
      for (const row of due) {
        const data: SupervisionSessionReminderData = {
          name: row.person.displayName,
          groupName: row.group_name,
          networkName: row.network_name,
          facilitatorName: row.facilitator_name,
          startsAt: new Date(row.starts_at).toISOString(),
          endsAt: new Date(row.ends_at).toISOString(),
          venue: row.venue ?? undefined,
          sessionNumber: Number(row.number),
          sessionCount: Number(row.total),
        };
        await this.mail.queue(manager, {
          template: 'supervision-session-reminder',
          to: [row.person.email],
          data,
          idempotencyKey: reminderKey(row),
        });
      }
      const sessions = [...new Set(due.map((r) => r.session_id))];
      if (sessions.length) {
        await manager.query(`UPDATE supervision_session SET reminder_sent_at = $2 WHERE id = ANY($1) AND reminder_sent_at IS NULL`, [
          sessions,
          now,
        ]);
        this.logger.log(`Påmindelser om supervision sendt: ${due.length}.`);
      }
      return due.length;
    });
  }

  /**
   * Deletes the participants (applications, seats, attendance) of groups whose last session ended
   * more than SUPERVISION_RETENTION_DAYS ago, with the mails sent to them. Participants are told
   * (in mails and on the record) to print or save their record of hours before then. Returns the
   * participants deleted.
   */
  async eraseParticipants(now: Date): Promise<number> {
    const before = new Date(now.getTime() - this.config.supervisionRetentionDays * DAY);
    return this.dataSource.transaction(async (manager) => {
      const groups: { id: string }[] = await manager.query(
        `SELECT g.id FROM supervision_group g
          WHERE EXISTS (SELECT 1 FROM supervision_participant p WHERE p.group_id = g.id)
            AND (SELECT max(s.ends_at) FROM supervision_session s WHERE s.group_id = g.id) < $1
          FOR UPDATE SKIP LOCKED`,
        [before],
      );
      let erased = 0;
      for (const { id } of groups) {
        const participants: { id: string }[] = await manager.query(`SELECT id FROM supervision_participant WHERE group_id = $1`, [id]);
        for (const participant of participants) {
          await this.mail.forgetDelivered(manager, participantMailKey(participant.id, ''));
        }
        // Attendance goes with the participants (ON DELETE CASCADE).
        const [, count]: [unknown, number] = await manager.query(`DELETE FROM supervision_participant WHERE group_id = $1`, [id]);
        await manager.query(`UPDATE supervision_group SET status = 'CLOSED' WHERE id = $1`, [id]);
        await this.audit.record(manager, SYSTEM, {
          entityType: 'SupervisionGroup',
          entityId: id,
          organisationId: null,
          action: AuditAction.ERASE,
          before: { participants: count },
          after: null,
        });
        erased += count;
      }
      if (erased) this.logger.log(`Deltagere i afsluttede supervisionsgrupper slettet: ${erased}.`);
      return erased;
    });
  }
}
