import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DueRecords } from '#directory';
import { UPKEEP_CONFIG, type UpkeepConfig } from '../upkeep.config.js';
import { DUE, lockCycles } from './verification-cycles.js';
import { VerificationLinks } from './verification-links.js';
import { byRecipient, digestKey, mailRecord, organisationLabel } from './verification-mails.js';
import { VerificationRecipients } from './verification-recipients.js';
import type { DueRecord, Recipient } from './verification.types.js';
import { Outbox } from '#core';

interface EscalationRecipient extends Recipient {
  asEditor: boolean;
}

/**
 * Records nobody confirmed go to the organisation's key persons, once per cycle: those still open
 * `escalationDays` after they became due (or after they were first asked, if that was later), and
 * those nobody can be asked about. Without key persons, the organisation's editors are told.
 */
@Injectable()
export class VerificationEscalations {
  private readonly logger = new Logger('Bekræftelser');

  constructor(
    private readonly mail: Outbox,
    private readonly links: VerificationLinks,
    private readonly recipients: VerificationRecipients,
    private readonly due: DueRecords,
    @Inject(UPKEEP_CONFIG) private readonly config: UpkeepConfig,
  ) {}

  /** Escalates in `manager`'s transaction; `unreachable` are records this run could ask nobody about (already locked). */
  async escalate(manager: EntityManager, now: Date, unreachable: DueRecord[]): Promise<number> {
    const overdue = await lockCycles(
      manager,
      this.due,
      `r.escalated_at IS NULL AND greatest(${DUE}, r.opened_at) + make_interval(days => $1::int) <= $2::timestamptz`,
      [this.config.escalationDays, now],
    );
    const records = [...overdue];
    for (const record of unreachable) {
      if (!record.escalatedAt && !records.some((r) => r.requestId === record.requestId)) records.push(record);
    }
    if (!records.length) return 0;
    const { labels } = await this.recipients.ownersOf(manager, records);
    const organisationIds = [...new Set(records.map((r) => r.organisationId))];
    const keyPersons = await this.recipients.keyPersonsOf(manager, organisationIds);
    const withoutKeyPersons = organisationIds.filter((id) => !keyPersons.get(id)?.length);
    const editors = await this.recipients.organisationEditors(manager, withoutKeyPersons);
    for (const id of withoutKeyPersons) {
      const name = records.find((r) => r.organisationId === id)?.organisationName;
      this.logger.warn(
        editors.get(id)?.length
          ? `${name} har ingen nøgleperson: forældede poster sendes til organisationens redaktører.`
          : `${name} har hverken nøgleperson eller redaktører: forældede poster kan ikke sendes videre til nogen.`,
      );
    }
    const recipientsOf = (record: DueRecord): EscalationRecipient[] => {
      const keys = keyPersons.get(record.organisationId) ?? [];
      if (keys.length) return keys.map((r) => ({ ...r, asEditor: false }));
      return (editors.get(record.organisationId) ?? []).map((r) => ({ ...r, asEditor: true }));
    };
    for (const { recipient, records: list } of byRecipient(records, recipientsOf).values()) {
      const manyOrganisations = new Set(list.map((r) => r.organisationId)).size > 1;
      const items = [];
      for (const record of list) {
        const confirmUrl = await this.links.create(manager, record.requestId as string, recipient.accountId, 'ESCALATION', now);
        const urls = { confirmUrl, editUrl: this.links.editUrl(record.type, record.id) };
        items.push(mailRecord(record, urls, { manyOrganisations, owner: labels.get(record.requestId as string) }));
      }
      const asEditor = list.every((record) => !keyPersons.get(record.organisationId)?.length);
      await this.mail.queue(manager, {
        template: 'verification-escalation',
        to: [recipient.email],
        data: {
          recipientName: recipient.name,
          organisationName: organisationLabel(list),
          records: items,
          escalationDays: this.config.escalationDays,
          asEditor: asEditor || undefined,
          linksValidUntil: this.links.expiresAt(now).toISOString(),
        },
        idempotencyKey: digestKey('verification-escalation', recipient.accountId, list, now),
      });
    }
    await manager.query(`UPDATE verification_request SET escalated_at = $2 WHERE id = ANY($1::uuid[])`, [
      records.map((r) => r.requestId),
      now,
    ]);
    this.logger.log(`Eskaleret til nøglepersoner: ${records.length} poster.`);
    return records.length;
  }
}
