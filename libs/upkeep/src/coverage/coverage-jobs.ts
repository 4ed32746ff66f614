import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountStatus, AccountsService } from '#auth';
import { JobQueue, todayInDenmark, asOf, type AsOfData, Outbox } from '#core';
import { ContactKind } from '#directory';
import { NetworkRoster, PartyKind, type Network } from '#network';
import type { CoverageGapsData } from '../messages.js';
import { UPKEEP_CONFIG, type UpkeepConfig } from '../upkeep.config.js';
import { CoverageService } from './coverage.service.js';
import { CoverageStatus, type MunicipalityCoverage } from './coverage.types.js';

export const COVERAGE_GAPS_JOB = 'coverage.monthly-gaps';

/** A stale entry point lists at most this many contacts to confirm. */
const MAX_ENTRY_POINTS = 10;

interface KeyPerson {
  memberId: string;
  partyId: string;
  organisationId: string;
  email: string;
  displayName: string;
}

/**
 * Once a month, each key person of a municipality party gets one mail with the municipality's
 * missing and stale entry points; a municipality without gaps gets nothing.
 */
@Injectable()
export class CoverageJobs implements OnModuleInit {
  private readonly logger = new Logger('Dækning');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly coverage: CoverageService,
    private readonly mail: Outbox,
    private readonly accounts: AccountsService,
    private readonly roster: NetworkRoster,
    @Inject(UPKEEP_CONFIG) private readonly config: UpkeepConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.define<AsOfData>({
      name: COVERAGE_GAPS_JOB,
      handler: (data) => this.sendGapMails(asOf(data)).then(() => undefined),
      cron: '0 8 1 * *',
      retryLimit: 5,
      retryDelaySeconds: 300,
      retryBackoff: true,
    });
  }

  /** Queues this month's gap mails as of `now`; returns how many were queued (a repeat in the same month queues none). */
  async sendGapMails(now: Date): Promise<number> {
    const month = todayInDenmark(now).slice(0, 7);
    let sent = 0;
    for (const { network, keyPersons } of await this.municipalKeyPersons()) {
      const coverage = await this.coverage.compute(this.dataSource.manager, network.id, now);
      const withGaps = coverage.municipalities.filter((m) => m.summary.missing + m.summary.stale > 0);
      if (!withGaps.length) continue;
      for (const person of keyPersons) {
        const municipality = withGaps.find((m) => m.partyIds.includes(person.partyId));
        if (municipality && (await this.sendOne(network, person, municipality, month))) sent += 1;
      }
    }
    if (sent) this.logger.log(`Besked om manglende indgange sendt til ${sent} nøglepersoner (${month}).`);
    return sent;
  }

  /** Networks with approved key persons of municipality parties, by name, and those key persons with active accounts, by member. */
  private async municipalKeyPersons(): Promise<{ network: Network; keyPersons: KeyPerson[] }[]> {
    const manager = this.dataSource.manager;
    const members = await this.roster.keyPersons(manager, { kind: PartyKind.MUNICIPALITY });
    const accounts = new Map((await this.accounts.findByIds(members.map((m) => m.accountId), manager)).map((a) => [a.id, a]));
    const networks = await this.roster.networksByIds(manager, [...new Set(members.map((m) => m.networkId))]);
    return networks.map((network) => ({
      network,
      keyPersons: members.flatMap((m) => {
        const account = accounts.get(m.accountId);
        if (m.networkId !== network.id || account?.status !== AccountStatus.ACTIVE) return [];
        return [{ memberId: m.memberId, partyId: m.partyId, organisationId: m.organisationId, email: account.email, displayName: account.displayName }];
      }),
    }));
  }

  /** One key person, in one transaction; a second worker skips the locked member, a second run finds the month's mail. */
  private sendOne(network: Network, person: KeyPerson, municipality: MunicipalityCoverage, month: string) {
    const idempotencyKey = `coverage-gaps:${network.id}:${person.memberId}:${month}`;
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.roster.tryLockMember(manager, person.memberId))) return false;
      if (await this.mail.wasQueued(manager, idempotencyKey)) return false;
      await this.mail.queue(manager, {
        template: 'coverage-gaps',
        to: [person.email],
        data: this.mailData(network, person, municipality),
        idempotencyKey,
      });
      return true;
    });
  }

  private mailData(network: Network, person: KeyPerson, municipality: MunicipalityCoverage): CoverageGapsData {
    const base = this.config.publicUrl.replace(/\/$/, '');
    const code = municipality.municipality.code;
    return {
      recipientName: person.displayName,
      networkName: network.name,
      municipalityName: municipality.municipality.name,
      gaps: municipality.items
        .filter((item) => item.status !== CoverageStatus.PRESENT_VERIFIED)
        .map((item) => ({
          label: item.requirement.label,
          status: item.status === CoverageStatus.MISSING ? ('MISSING' as const) : ('STALE' as const),
          addUrl: `${base}/kontakter/ny?organisation=${person.organisationId}&situation=${encodeURIComponent(item.requirement.situationKey)}`,
          entryPoints: item.entryPoints.slice(0, MAX_ENTRY_POINTS).map((e) => ({
            kind: e.contact.kind === ContactKind.FUNCTION ? ('Funktion' as const) : ('Person' as const),
            name: e.contact.name,
            verificationDue: e.verificationDue.toISOString(),
            editUrl: `${base}/kontakter/${e.contact.id}/ret`,
          })),
        })),
      overviewUrl: `${base}/netvaerk/${network.id}/daekning?kommune=${code}`,
    };
  }
}
