import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TransactionalEvents } from '#core';
import type {} from '../events.js';
import { SupervisionMails } from './supervision-mails.js';
import { SupervisionGroup, SupervisionParticipant, SupervisionSession } from './supervision.entity.js';

/**
 * Tells applicants and participants what the coordinators decided and which sessions are cancelled.
 * Handled inside the transaction that published the event, so each mail is stored in the outbox
 * with the change (or not at all).
 */
@Injectable()
export class SupervisionNotifications implements OnModuleInit {
  constructor(
    private readonly events: TransactionalEvents,
    private readonly mails: SupervisionMails,
  ) {}

  onModuleInit(): void {
    this.events.inTransaction('SupervisionApplicationDecided', async (manager, e) => {
      const group = await manager.getRepository(SupervisionGroup).findOneByOrFail({ id: e.groupId });
      const participant = await manager.getRepository(SupervisionParticipant).findOneByOrFail({ id: e.participantId });
      await this.mails.decided(manager, group, participant, e.outcome, e.at);
    });
    this.events.inTransaction('SupervisionSessionCancelled', async (manager, e) => {
      const group = await manager.getRepository(SupervisionGroup).findOneByOrFail({ id: e.groupId });
      const session = await manager.getRepository(SupervisionSession).findOneByOrFail({ id: e.sessionId });
      await this.mails.sessionCancelled(manager, group, session);
    });
  }
}
