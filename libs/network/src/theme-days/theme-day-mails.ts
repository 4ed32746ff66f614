import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { themeDayUid } from '../calendar/theme-day-uid.js';
import { NETWORK_CONFIG, type NetworkConfig } from '../network.config.js';
import type { ThemeDay, ThemeDayRegistration } from './theme-day.entity.js';
import { Outbox, linkSignatureMatches, signLink } from '#core';

export type ThemeDayMailKind = 'CONFIRMED' | 'PROMOTED' | 'CHANGED' | 'REMINDER' | 'WAITLISTED' | 'DAY_CANCELLED' | 'WITHDRAWN';

/**
 * Messages to one attendee about one theme day, queued in the caller's transaction. Each kind goes
 * once per registration (and per change), so a retried job or a double click sends nothing twice.
 */
@Injectable()
export class ThemeDayMails {
  constructor(
    private readonly mail: Outbox,
    @Inject(NETWORK_CONFIG) private readonly config: NetworkConfig,
  ) {}

  /** The cancellation link's secret part: derived from the registration, so every mail can carry the same link. */
  cancelToken(registrationId: string): string {
    return signLink(this.config.linkSecret, 'theme-day-registration', registrationId);
  }

  static tokenHash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  tokenMatches(registrationId: string, token: string): boolean {
    return linkSignatureMatches(this.config.linkSecret, 'theme-day-registration', registrationId, token);
  }

  cancelUrl(registrationId: string): string {
    return `${this.config.publicUrl}/temadage/afmeld/${this.cancelToken(registrationId)}`;
  }

  async send(
    manager: EntityManager,
    kind: ThemeDayMailKind,
    day: ThemeDay,
    registration: ThemeDayRegistration,
    extra: { position?: number; changes?: string[]; reason?: string | null } = {},
  ): Promise<void> {
    if (!registration.email || !registration.name) return;
    const [network]: { name: string; contact_email: string | null }[] = await manager.query(
      `SELECT name, contact_email FROM network WHERE id = $1`,
      [day.networkId],
    );
    const base = {
      attendeeName: registration.name,
      attendeeEmail: registration.email,
      title: day.title,
      startsAt: day.startsAt.toISOString(),
      endsAt: day.endsAt.toISOString(),
      venue: day.venue ?? (day.onlineUrl ? 'Online' : 'Oplyses senere'),
      networkName: network.name,
      // Theme days are only created in networks with a contact address (ThemeDaysService.create).
      organiserEmail: network.contact_email ?? '',
      uid: themeDayUid(day.id, this.config.publicUrl),
    };
    const cancelUrl = this.cancelUrl(registration.id);
    const invitation = { ...base, topic: day.topic, onlineUrl: day.onlineUrl ?? undefined, cancelUrl, sequence: day.sequence };
    const { template, data } =
      kind === 'WAITLISTED'
        ? { template: 'theme-day-waitlisted', data: { ...base, cancelUrl, position: extra.position ?? 1 } }
        : kind === 'DAY_CANCELLED' || kind === 'WITHDRAWN'
          ? {
              template: 'theme-day-cancelled',
              data: {
                ...base,
                sequence: day.sequence + (kind === 'WITHDRAWN' ? 1 : 0),
                reason: extra.reason ?? undefined,
                byAttendee: kind === 'WITHDRAWN',
              },
            }
          : { template: 'theme-day-confirmation', data: { ...invitation, occasion: kind, changes: extra.changes } };
    await this.mail.queue(manager, {
      template,
      to: [registration.email],
      data,
      idempotencyKey: `theme-day-registration:${registration.id}:${kind}:${day.sequence}`,
    });
  }
}
