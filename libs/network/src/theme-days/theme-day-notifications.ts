import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { TransactionalEvents } from '#core';
import type {} from '../events.js';
import { RegistrationStatus, ThemeDay, ThemeDayRegistration } from './theme-day.entity.js';
import { ThemeDayMails } from './theme-day-mails.js';

/**
 * Tells attendees what happened to their theme day and registration. Handled inside the transaction
 * that published the event, so each mail is stored in the outbox with the change (or not at all).
 */
@Injectable()
export class ThemeDayNotifications implements OnModuleInit {
  constructor(
    private readonly events: TransactionalEvents,
    private readonly mails: ThemeDayMails,
  ) {}

  onModuleInit(): void {
    this.events.inTransaction('ThemeDayRegistrationConfirmed', async (manager, e) => {
      await this.mails.send(manager, 'CONFIRMED', await day(manager, e.themeDayId), await registration(manager, e.registrationId));
    });
    this.events.inTransaction('ThemeDayRegistrationWaitlisted', async (manager, e) => {
      const attendee = await registration(manager, e.registrationId);
      await this.mails.send(manager, 'WAITLISTED', await day(manager, e.themeDayId), attendee, { position: e.position });
    });
    this.events.inTransaction('ThemeDayRegistrationPromoted', async (manager, e) => {
      await this.mails.send(manager, 'PROMOTED', await day(manager, e.themeDayId), await registration(manager, e.registrationId));
    });
    this.events.inTransaction('ThemeDayRegistrationCancelled', async (manager, e) => {
      await this.mails.send(manager, 'WITHDRAWN', await day(manager, e.themeDayId), await registration(manager, e.registrationId));
    });
    this.events.inTransaction('ThemeDayChanged', async (manager, e) => {
      if (!e.told.length) return;
      const theDay = await day(manager, e.themeDayId);
      const confirmed = await manager
        .getRepository(ThemeDayRegistration)
        .find({ where: { themeDayId: e.themeDayId, status: RegistrationStatus.CONFIRMED }, order: { seq: 'ASC' } });
      for (const attendee of confirmed) await this.mails.send(manager, 'CHANGED', theDay, attendee, { changes: e.told });
    });
    this.events.inTransaction('ThemeDayCancelled', async (manager, e) => {
      if (!e.registrationIds.length) return;
      const theDay = await day(manager, e.themeDayId);
      const ended = await manager.getRepository(ThemeDayRegistration).find({ where: { id: In(e.registrationIds) }, order: { seq: 'ASC' } });
      for (const attendee of ended) await this.mails.send(manager, 'DAY_CANCELLED', theDay, attendee, { reason: e.reason });
    });
  }
}

const day = (manager: EntityManager, id: string) => manager.getRepository(ThemeDay).findOneByOrFail({ id });
const registration = (manager: EntityManager, id: string) => manager.getRepository(ThemeDayRegistration).findOneByOrFail({ id });
