import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Outbox, TransactionalEvents } from '#core';
import type {} from '../events.js';
import { Network, NetworkMember } from './network.entity.js';

/** Tells an applicant the network's answer, in the outbox of the transaction that decided it. */
@Injectable()
export class MembershipNotifications implements OnModuleInit {
  constructor(
    private readonly events: TransactionalEvents,
    private readonly mail: Outbox,
  ) {}

  onModuleInit(): void {
    this.events.inTransaction('NetworkMembershipDecided', async (manager, e) => {
      const person = await personOf(manager, e.accountId);
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

async function personOf(manager: EntityManager, accountId: string): Promise<{ displayName: string; email: string } | null> {
  const [row]: { display_name: string; email: string }[] = await manager.query(
    `SELECT display_name, email FROM account WHERE id = $1 AND status <> 'DISABLED'`,
    [accountId],
  );
  return row ? { displayName: row.display_name, email: row.email } : null;
}
