import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue, todayInDenmark, asOf, type AsOfData, Outbox } from '#core';
import { ContactKind } from '#directory';
import type { CoverageGapsData } from '../messages.js';
import { UPKEEP_CONFIG, type UpkeepConfig } from '../upkeep.config.js';
import { CoverageService } from './coverage.service.js';
import { CoverageStatus, type MunicipalityCoverage } from './coverage.types.js';

export const COVERAGE_GAPS_JOB = 'coverage.monthly-gaps';

/** A stale entry point lists at most this many contacts to confirm. */
const MAX_ENTRY_POINTS = 10;

interface KeyPerson {
  member_id: string;
  party_id: string;
  organisation_id: string;
  email: string;
  display_name: string;
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
    const networks: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT DISTINCT n.id, n.name FROM network n
       JOIN network_member m ON m.network_id = n.id AND m.status = 'APPROVED' AND m.is_key_person
       JOIN network_party p ON p.id = m.party_id AND p.kind = 'MUNICIPALITY'
       ORDER BY n.name, n.id`,
    );
    let sent = 0;
    for (const network of networks) {
      const coverage = await this.coverage.compute(this.dataSource.manager, network.id, now);
      const withGaps = coverage.municipalities.filter((m) => m.summary.missing + m.summary.stale > 0);
      if (!withGaps.length) continue;
      const keyPersons: KeyPerson[] = await this.dataSource.query(
        `SELECT m.id AS member_id, m.party_id, p.organisation_id, a.email, a.display_name
         FROM network_member m JOIN network_party p ON p.id = m.party_id JOIN account a ON a.id = m.account_id
         WHERE m.network_id = $1 AND m.status = 'APPROVED' AND m.is_key_person AND p.kind = 'MUNICIPALITY' AND a.status = 'ACTIVE'
         ORDER BY m.id`,
        [network.id],
      );
      for (const person of keyPersons) {
        const municipality = withGaps.find((m) => m.partyIds.includes(person.party_id));
        if (municipality && (await this.sendOne(network, person, municipality, month))) sent += 1;
      }
    }
    if (sent) this.logger.log(`Besked om manglende indgange sendt til ${sent} nøglepersoner (${month}).`);
    return sent;
  }

  /** One key person, in one transaction; a second worker skips the locked member, a second run finds the month's mail. */
  private sendOne(network: { id: string; name: string }, person: KeyPerson, municipality: MunicipalityCoverage, month: string) {
    const idempotencyKey = `coverage-gaps:${network.id}:${person.member_id}:${month}`;
    return this.dataSource.transaction(async (manager) => {
      const locked: unknown[] = await manager.query(`SELECT id FROM network_member WHERE id = $1 FOR UPDATE SKIP LOCKED`, [person.member_id]);
      if (!locked.length) return false;
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

  private mailData(network: { id: string; name: string }, person: KeyPerson, municipality: MunicipalityCoverage): CoverageGapsData {
    const base = this.config.publicUrl.replace(/\/$/, '');
    const code = municipality.municipality.code;
    return {
      recipientName: person.display_name,
      networkName: network.name,
      municipalityName: municipality.municipality.name,
      gaps: municipality.items
        .filter((item) => item.status !== CoverageStatus.PRESENT_VERIFIED)
        .map((item) => ({
          label: item.requirement.label,
          status: item.status === CoverageStatus.MISSING ? ('MISSING' as const) : ('STALE' as const),
          addUrl: `${base}/kontakter/ny?organisation=${person.organisation_id}&situation=${encodeURIComponent(item.requirement.situationKey)}`,
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
