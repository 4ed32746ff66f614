import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountsService, Role } from '#auth';
import { ContactKind, OrganisationsService, type Contact } from '#directory';
import { NetworkRoster } from '#network';
import type { ContactHandedOverData } from '../messages.js';
import { UPKEEP_CONFIG, type UpkeepConfig } from '../upkeep.config.js';
import type { HandedOverMembership } from './turnover.types.js';
import { Outbox } from '#core';

export interface HandoverNotice {
  leaving: Contact;
  successor: Contact;
  leftAt: Date;
  memberships: HandedOverMembership[];
  /** Display name of the successor account, which took over the network roles. */
  successorAccountName: string | null;
  note: string | null;
}

type Recipient = { name: string | null; networkIds: Set<string> };

/** Tells the coordinators of every network the organisation takes part in who left and who took over. */
@Injectable()
export class TurnoverMails {
  constructor(
    private readonly mail: Outbox,
    private readonly accounts: AccountsService,
    private readonly roster: NetworkRoster,
    private readonly organisations: OrganisationsService,
    @Inject(UPKEEP_CONFIG) private readonly config: UpkeepConfig,
  ) {}

  /**
   * One message per coordinator (accounts with NETWORK_COORDINATOR for the network, and the
   * network's own address), naming every network of theirs concerned. Returns how many were queued.
   */
  async notifyCoordinators(manager: EntityManager, notice: HandoverNotice): Promise<number> {
    const { leaving, successor } = notice;
    const networks = await this.roster.networksOf(manager, leaving.organisationId);
    if (!networks.length) return 0;
    const coordinators = await this.accounts.holders(manager, Role.NETWORK_COORDINATOR, { networkIds: networks.map((n) => n.id) }, 'email');
    const recipients = new Map<string, Recipient>();
    const add = (email: string, name: string | null, networkId: string) => {
      const key = email.trim().toLowerCase();
      const recipient = recipients.get(key) ?? { name: null, networkIds: new Set<string>() };
      recipient.name ??= name;
      recipient.networkIds.add(networkId);
      recipients.set(key, recipient);
    };
    for (const { account, grant } of coordinators) if (grant.networkId) add(account.email, account.displayName, grant.networkId);
    for (const network of networks) if (network.contactEmail) add(network.contactEmail, null, network.id);

    const [organisation] = await this.organisations.byIds(manager, [leaving.organisationId]);
    for (const [email, recipient] of recipients) {
      const data: ContactHandedOverData = {
        ...(recipient.name ? { recipientName: recipient.name } : {}),
        leavingName: leaving.name,
        ...(leaving.roleTitle ? { leavingRoleTitle: leaving.roleTitle } : {}),
        organisationName: organisation.name,
        successorName: successor.name,
        successorIsFunction: successor.kind === ContactKind.FUNCTION,
        ...(successor.roleTitle ? { successorRoleTitle: successor.roleTitle } : {}),
        leftOn: notice.leftAt.toISOString(),
        networks: networks.filter((n) => recipient.networkIds.has(n.id)).map((n) => ({ name: n.name, ...this.rolesIn(n.id, notice) })),
        ...(notice.note ? { note: notice.note } : {}),
        publicUrl: this.config.publicUrl,
      };
      await this.mail.queue(manager, {
        template: 'contact-handed-over',
        to: [email],
        data,
        idempotencyKey: `turnover:${leaving.id}:${email}`,
      });
    }
    return recipients.size;
  }

  private rolesIn(networkId: string, notice: HandoverNotice): Omit<ContactHandedOverData['networks'][number], 'name'> {
    const membership = notice.memberships.find((m) => m.networkId === networkId);
    if (!membership) return { roles: [] };
    const roles = [
      ...(membership.keyPerson ? (['KEY_PERSON'] as const) : []),
      ...(membership.steeringGroup ? (['STEERING_GROUP'] as const) : []),
    ];
    const takenOverBy = membership.successorMembership ? notice.successorAccountName : null;
    return takenOverBy && roles.length ? { roles, takenOverBy } : { roles };
  }
}
