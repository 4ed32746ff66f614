import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, LessThan, type EntityManager } from 'typeorm';
import { AccountStatus, AccountsService, Role } from '#auth';
import { JobQueue, todayInDenmark, asOf, type AsOfData, Outbox } from '#core';
import { TaxonomyService } from '#directory';
import { GeographyService } from '#geography';
import { NetworkRoster } from '#network';
import type { ChangeDigestData } from '../messages.js';
import { ChangeDigestLinks } from './change-digest-links.js';
import { ChangeFeedReader, describeRecord, inScope, type ChangeFeed, type DigestEntry, type DigestScope } from './change-feed.js';
import { ChangeSubscription } from './change-subscription.entity.js';

export const CHANGE_DIGEST_JOB = 'change-digests.weekly';

/** A longer digest lists this many records and counts the rest. */
const MAX_RECORDS = 60;

interface Recipient {
  email: string;
  displayName: string;
  networkName: string;
}

/**
 * The weekly change digest: for each subscription, the changes to contacts and offers in its
 * municipalities and situations since its last digest (or since subscribing), in one mail.
 */
@Injectable()
export class ChangeDigestJobs implements OnModuleInit {
  private readonly logger = new Logger('Ændringsoversigter');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly feeds: ChangeFeedReader,
    private readonly mail: Outbox,
    private readonly links: ChangeDigestLinks,
    private readonly taxonomy: TaxonomyService,
    private readonly accounts: AccountsService,
    private readonly roster: NetworkRoster,
    private readonly geography: GeographyService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<AsOfData>({
      name: CHANGE_DIGEST_JOB,
      handler: (data) => this.sendDigests(asOf(data)).then(() => undefined),
      cron: '0 7 * * 1',
      retryLimit: 5,
      retryDelaySeconds: 300,
      retryBackoff: true,
    });
  }

  /** Sends the digests due as of `now`; returns how many mails were queued. */
  async sendDigests(now: Date): Promise<number> {
    const due = await this.dataSource.getRepository(ChangeSubscription).find({
      select: { id: true, coveredUntil: true },
      where: { coveredUntil: LessThan(now) },
      order: { coveredUntil: 'ASC', id: 'ASC' },
    });
    if (!due.length) return 0;
    const feed = await this.feeds.load(new Date(due[0].coveredUntil), now);
    let sent = 0;
    for (const { id } of due) if (await this.sendOne(id, now, feed)) sent += 1;
    if (sent) this.logger.log(`Ændringsoversigter sendt: ${sent} af ${due.length}.`);
    return sent;
  }

  /**
   * One subscription, in one transaction: the mail is queued and the window moved on together. A
   * second run in the same week sends nothing; what changed meanwhile waits for next week's digest.
   */
  private sendOne(id: string, now: Date, feed: ChangeFeed): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const subscription = await manager
        .getRepository(ChangeSubscription)
        .createQueryBuilder('s')
        .where('s.id = :id AND s.covered_until < :now', { id, now })
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      if (!subscription) return false;
      const recipient = await this.recipient(manager, subscription);
      if (!recipient) {
        // The subscription ends with the membership (or the account).
        await manager.delete(ChangeSubscription, { id });
        this.logger.log(`Abonnement ${id} slettet: kontoen er ikke længere medlem af netværket.`);
        return false;
      }
      const week = isoWeek(now);
      if (subscription.lastSentAt && isoWeek(subscription.lastSentAt) === week) return false;
      const scope = await this.scope(manager, subscription, now);
      const entries = feed.records.flatMap((record) => {
        if (!inScope(record, scope)) return [];
        const events = record.events.filter((e) => e.at > subscription.coveredUntil && e.at <= now);
        const entry = events.length ? describeRecord(record, events, feed.names) : null;
        return entry ? [entry] : [];
      });
      if (entries.length) {
        await this.mail.queue(manager, {
          template: 'change-digest',
          to: [recipient.email],
          data: this.mailData(subscription, recipient, entries, feed, now),
          idempotencyKey: `change-digest:${subscription.id}:${week}`,
        });
      }
      await manager.update(ChangeSubscription, { id }, { coveredUntil: now, ...(entries.length ? { lastSentAt: now } : {}) });
      return entries.length > 0;
    });
  }

  /** The subscriber while still an active account and an approved member or coordinator of the network (or an administrator). */
  private async recipient(manager: EntityManager, subscription: ChangeSubscription): Promise<Recipient | null> {
    const { accountId, networkId } = subscription;
    const [account, network] = [await this.accounts.findById(accountId, manager), await this.roster.findNetwork(manager, networkId)];
    if (account?.status !== AccountStatus.ACTIVE || !network) return null;
    const grants = await this.accounts.grantsOf(accountId, manager);
    const follows =
      grants.some((g) => g.role === Role.ADMIN || (g.role === Role.NETWORK_COORDINATOR && g.networkId === networkId)) ||
      (await this.roster.isApprovedMember(manager, networkId, accountId));
    return follows ? { email: account.email, displayName: account.displayName, networkName: network.name } : null;
  }

  /** The municipalities, the regions they belong to (a regional unit serves them), and the situations with their sub-situations. */
  private async scope(manager: EntityManager, subscription: ChangeSubscription, now: Date): Promise<DigestScope> {
    const regions = await this.geography.membershipsUpTo(manager, subscription.municipalityCodes, todayInDenmark(now));
    return {
      municipalityCodes: new Set(subscription.municipalityCodes),
      regionKeys: new Set(regions.map((r) => r.regionKey)),
      situations: subscription.situationKeys.length ? new Set(await this.taxonomy.withDescendants(subscription.situationKeys)) : null,
    };
  }

  private mailData(
    subscription: ChangeSubscription,
    recipient: Recipient,
    entries: DigestEntry[],
    feed: ChangeFeed,
    now: Date,
  ): ChangeDigestData {
    const sorted = [...entries].sort(
      (a, b) =>
        a.organisationName.localeCompare(b.organisationName, 'da') ||
        a.kind.localeCompare(b.kind, 'da') ||
        a.name.localeCompare(b.name, 'da'),
    );
    const shown = sorted.slice(0, MAX_RECORDS);
    const groups: ChangeDigestData['groups'] = [];
    for (const entry of shown) {
      const { organisationName, ...record } = entry;
      const last = groups[groups.length - 1];
      if (last?.organisationName === organisationName) last.records.push(record);
      else groups.push({ organisationName, records: [record] });
    }
    return {
      recipientName: recipient.displayName,
      networkName: recipient.networkName,
      from: subscription.coveredUntil.toISOString(),
      to: now.toISOString(),
      municipalities: subscription.municipalityCodes.map(feed.names.municipality),
      situations: subscription.situationKeys.map(feed.names.situation),
      groups,
      more: sorted.length - shown.length,
      manageUrl: this.links.manageUrl,
      unsubscribeUrl: this.links.unsubscribeUrl(subscription.id),
    };
  }
}

/** "2027-W06": the ISO week of `moment` in Danish time; one digest per subscription and week. */
export function isoWeek(moment: Date): string {
  const [y, m, d] = todayInDenmark(moment).split('-').map(Number);
  const thursday = new Date(Date.UTC(y, m - 1, d));
  thursday.setUTCDate(thursday.getUTCDate() + 4 - (thursday.getUTCDay() || 7));
  const year = thursday.getUTCFullYear();
  const week = Math.ceil(((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}
