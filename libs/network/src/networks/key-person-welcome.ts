import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountStatus } from '#auth';
import { Outbox } from '#core';
import { OrganisationsService } from '#directory';
import { DirectoryLookups } from '../shared/directory-lookups.js';
import type { KeyPersonWelcomeData } from '../messages.js';
import { NETWORK_CONFIG, type NetworkConfig } from '../network.config.js';

export interface KeyPersonWelcomeInput {
  accountId: string;
  /** Networks in which the account just became key person or steering group member. */
  networkIds: string[];
  /** The organisation whose KEY_PERSON role the account just got, if any. */
  keyPersonOf?: string | null;
  /** Whom they took over from (a handover). */
  predecessorName?: string | null;
  now?: Date;
}

/** Who gets the welcome: accounts in use or invited (not applicants, not disabled ones). */
const WELCOMED = [AccountStatus.ACTIVE, AccountStatus.INVITED];

type NetworkRow = {
  id: string;
  name: string;
  description: string | null;
  contact_email: string | null;
  party_id: string;
  organisation_id: string;
  unit_id: string | null;
  is_key_person: boolean;
  in_steering_group: boolean;
};

/**
 * The welcome a newcomer to a key role gets: what the network and Vejviser offer them and what the
 * role asks of them. Queued once per account and set of networks (the idempotency key), in the
 * transaction that gave them the role.
 */
@Injectable()
export class KeyPersonWelcome {
  constructor(
    private readonly mail: Outbox,
    @Inject(NETWORK_CONFIG) private readonly config: NetworkConfig,
    private readonly lookups: DirectoryLookups,
    private readonly organisations: OrganisationsService,
  ) {}

  /** Queues the welcome; false when there is nothing to welcome to or no address to send it to. */
  async queue(manager: EntityManager, input: KeyPersonWelcomeInput): Promise<boolean> {
    const networkIds = [...new Set(input.networkIds)].sort();
    const found = await this.lookups.person(manager, input.accountId);
    const account = found && WELCOMED.includes(found.status) ? found : null;
    if (!account || (!networkIds.length && !input.keyPersonOf)) return false;
    const networks = await this.networks(manager, input.accountId, networkIds, input.now ?? new Date());
    const [organisation] = input.keyPersonOf ? await this.organisations.byIds(manager, [input.keyPersonOf]) : [];
    const data: KeyPersonWelcomeData = {
      recipientName: account.displayName,
      ...(input.predecessorName ? { predecessorName: input.predecessorName } : {}),
      ...(organisation ? { organisationName: organisation.name } : {}),
      networks,
      publicUrl: this.config.publicUrl,
    };
    if (!data.networks.length && !data.organisationName) return false;
    const scope = networkIds.length ? networkIds.join('+') : `organisation:${input.keyPersonOf}`;
    await this.mail.queue(manager, {
      template: 'key-person-welcome',
      to: [account.email],
      data,
      idempotencyKey: `key-person-welcome:${input.accountId}:${scope}`,
    });
    return true;
  }

  private async networks(manager: EntityManager, accountId: string, networkIds: string[], now: Date) {
    if (!networkIds.length) return [];
    const rows: NetworkRow[] = await manager.query(
      `SELECT n.id, n.name, n.description, n.contact_email, p.id AS party_id, p.organisation_id, p.unit_id,
              m.is_key_person, m.in_steering_group
       FROM network_member m JOIN network n ON n.id = m.network_id JOIN network_party p ON p.id = m.party_id
       WHERE m.account_id = $1 AND m.network_id = ANY($2) AND m.status = 'APPROVED' AND (m.is_key_person OR m.in_steering_group)
       ORDER BY n.name`,
      [accountId, networkIds],
    );
    const parties = await this.lookups.partyNames(
      manager,
      rows.map((r) => ({ id: r.party_id, organisationId: r.organisation_id, unitId: r.unit_id })),
    );
    const networks: KeyPersonWelcomeData['networks'] = [];
    for (const row of rows) {
      const party = parties.get(row.party_id);
      if (!party) continue;
      const themeDays: { title: string; starts_at: Date }[] = await manager.query(
        `SELECT title, starts_at FROM theme_day WHERE network_id = $1 AND status = 'SCHEDULED' AND starts_at > $2 ORDER BY starts_at LIMIT 3`,
        [row.id, now],
      );
      const groups: { name: string; focus: string }[] = await manager.query(
        `SELECT name, focus FROM supervision_group WHERE network_id = $1 AND status = 'OPEN' ORDER BY first_session_at, name LIMIT 3`,
        [row.id],
      );
      networks.push({
        name: row.name,
        ...(row.description?.trim() ? { description: row.description.trim() } : {}),
        partyName: party.unitName ? `${party.unitName}, ${party.organisationName}` : party.organisationName,
        keyPerson: row.is_key_person,
        steeringGroup: row.in_steering_group,
        ...(row.contact_email ? { coordinatorEmail: row.contact_email } : {}),
        themeDays: themeDays.map((d) => ({ title: d.title, startsAt: new Date(d.starts_at).toISOString() })),
        supervisionGroups: groups,
        calendarUrl: `${this.config.publicUrl}/calendar/networks/${row.id}.ics`,
      });
    }
    return networks;
  }
}
