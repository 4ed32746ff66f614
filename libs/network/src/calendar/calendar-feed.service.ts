import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { buildCalendarFeed, isUuid, type FeedEvent } from '#core';
import { OrganisationsService } from '#directory';
import { NETWORK_CONFIG, type NetworkConfig } from '../network.config.js';
import { ThemeDay, ThemeDayStatus, ThemeDayVisibility } from '../theme-days/theme-day.entity.js';
import { themeDayUid, themeDayUrl } from './theme-day-uid.js';

/** How far back a feed reaches: a year of past days, then everything ahead. */
const MONTHS_BACK = 12;
/** A feed never grows without bound. */
const MAX_EVENTS = 1000;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+$/;

interface NetworkRow {
  id: string;
  name: string;
  contact_email: string | null;
}

/**
 * The public iCalendar feeds of theme days: per network and per host organisation. Only PUBLIC
 * days; cancelled days stay with STATUS:CANCELLED so subscribed calendars remove them.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(NETWORK_CONFIG) private readonly config: NetworkConfig,
    private readonly organisations: OrganisationsService,
  ) {}

  /** The network's feed, or null when there is no such network. */
  async networkFeed(id: string, now = new Date()): Promise<string | null> {
    if (!isUuid(id)) return null;
    const [network] = await this.networks([id]);
    if (!network) return null;
    const days = await this.publicDays('d.network_id = :id', id, now);
    return buildCalendarFeed({
      name: `${network.name} – temadage`,
      description: `Offentlige temadage i ${network.name}.`,
      events: days.map((day) => this.event(day, network, false)),
    });
  }

  /** The feed of the theme days an organisation hosts, or null when there is no such organisation. */
  async organisationFeed(id: string, now = new Date()): Promise<string | null> {
    const [organisation] = isUuid(id) ? await this.organisations.byIds(this.dataSource.manager, [id]) : [];
    if (!organisation) return null;
    const days = await this.publicDays('d.host_organisation_id = :id', id, now);
    const networks = new Map((await this.networks([...new Set(days.map((d) => d.networkId))])).map((n) => [n.id, n]));
    return buildCalendarFeed({
      name: `Temadage – ${organisation.name}`,
      description: `Offentlige temadage, som ${organisation.name} holder.`,
      events: days.flatMap((day) => {
        const network = networks.get(day.networkId);
        return network ? [this.event(day, network, true)] : [];
      }),
    });
  }

  private publicDays(condition: string, id: string, now: Date): Promise<ThemeDay[]> {
    const from = new Date(now);
    from.setUTCMonth(from.getUTCMonth() - MONTHS_BACK);
    return this.dataSource
      .getRepository(ThemeDay)
      .createQueryBuilder('d')
      .where(condition, { id })
      .andWhere('d.visibility = :visibility', { visibility: ThemeDayVisibility.PUBLIC })
      .andWhere('d.starts_at >= :from', { from })
      .orderBy('d.starts_at')
      .addOrderBy('d.id')
      .take(MAX_EVENTS)
      .getMany();
  }

  private networks(ids: string[]): Promise<NetworkRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.query(`SELECT id, name, contact_email FROM network WHERE id = ANY($1)`, [ids]);
  }

  private event(day: ThemeDay, network: NetworkRow, nameNetwork: boolean): FeedEvent {
    const cancelled = day.status === ThemeDayStatus.CANCELLED;
    const url = themeDayUrl(day.id, this.config.publicUrl);
    return {
      uid: themeDayUid(day.id, this.config.publicUrl),
      sequence: day.sequence,
      startsAt: day.startsAt,
      endsAt: day.endsAt,
      summary: cancelled ? `Aflyst: ${day.title}` : day.title,
      description: describe(day, { url, network: nameNetwork ? network.name : null, cancelled }),
      location: day.venue ?? day.onlineUrl,
      url,
      organizer: network.contact_email && EMAIL.test(network.contact_email) ? { email: network.contact_email, name: network.name } : null,
      cancelled,
      lastModified: day.updatedAt,
    };
  }
}

/** Topic, description, programme and links as plain text for DESCRIPTION. */
function describe(day: ThemeDay, extra: { url: string; network: string | null; cancelled: boolean }): string {
  const programme = (day.programme ?? []).map((item) => {
    const time = item.endsAt ? `${item.startsAt}–${item.endsAt}` : item.startsAt;
    return `${time} ${item.title}${item.speaker ? ` (${item.speaker})` : ''}`;
  });
  return [
    extra.cancelled ? `AFLYST${day.cancellationReason ? `: ${day.cancellationReason}` : ''}` : null,
    `Emne: ${day.topic}`,
    extra.network ? `Netværk: ${extra.network}` : null,
    day.description,
    programme.length ? `Program:\n${programme.join('\n')}` : null,
    day.venue && day.onlineUrl ? `Online: ${day.onlineUrl}` : null,
    `Læs mere og tilmeld dig: ${extra.url}`,
  ]
    .filter((part): part is string => !!part)
    .join('\n\n');
}
