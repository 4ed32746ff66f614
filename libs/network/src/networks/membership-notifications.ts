import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AccountStatus } from '#auth';
import { Outbox, TransactionalEvents } from '#core';
import { DirectoryLookups } from '../shared/directory-lookups.js';
import type {} from '../events.js';
import { Network, NetworkMember } from './network.entity.js';

/** Tells an applicant the network's answer, in the outbox of the transaction that decided it. */
@Injectable()
export class MembershipNotifications implements OnModuleInit {
  constructor(
    private readonly events: TransactionalEvents,
    private readonly mail: Outbox,
    private readonly lookups: DirectoryLookups,
  ) {}

  onModuleInit(): void {
    this.events.inTransaction('NetworkMembershipDecided', async (manager, e) => {
      const person = await this.lookups.person(manager, e.accountId, [AccountStatus.DISABLED]);
      if (!person) return;
      const member = await manager.getRepository(NetworkMember).findOneByOrFail({ id: e.memberId });
      const network = await manager.getRepository(Network).findOneByOrFail({ id: e.networkId });
      await this.mail.queue(manager, {
        template: 'network-membership-decided',
        to: [person.email],
        data: { name: person.displayName, networkName: network.name, approved: e.approved },
        idempotencyKey: `network-membership:${member.id}:${member.appliedAt.toISOString()}`,
      });
    });
  }
}
