import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AccessDeniedError,
  BadInputError,
  ConflictError,
  NotFoundError,
  isUuid,
  pageWindow,
  toConnection,
  type Connection,
  type PageArgs,
  type RequestContext,
} from '#core';
import { DueRecords, ownerOf, type ConfirmableKind } from '#directory';
import { NetworkRoster } from '#network';
import { dueRecordOf } from './verification-cycles.js';
import { REFUSED } from './confirm-page.js';
import { VerificationLinks } from './verification-links.js';
import { VerifiableRecordType, VerificationConfirmed, VerificationQueueItem, type DueRecord } from './verification.types.js';

const DAY = 24 * 60 * 60 * 1000;
const TYPES: Record<ConfirmableKind, VerifiableRecordType> = { Contact: VerifiableRecordType.CONTACT, Offer: VerifiableRecordType.OFFER };

type RequestOf = NonNullable<Parameters<typeof dueRecordOf>[2]>;

/** What an organisation has due, for those who answer for it; and confirming by link over GraphQL. */
@Injectable()
export class VerificationQueueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: VerificationLinks,
    private readonly roster: NetworkRoster,
    private readonly due: DueRecords,
  ) {}

  /**
   * Records of the organisation due within `withinDays` (or overdue), soonest first. Administrators,
   * the organisation's editors and key persons see all of them; unit editors those of their units,
   * and anyone the records they own.
   */
  async queue(
    ctx: RequestContext,
    organisationId: string,
    withinDays: number,
    page: PageArgs,
    now = new Date(),
  ): Promise<Connection<VerificationQueueItem>> {
    const viewer = ctx.viewer;
    if (viewer.kind === 'anonymous') throw new AccessDeniedError('Log ind for at se, hvad der skal bekræftes.');
    if (!isUuid(organisationId)) throw new BadInputError('"organisationId" skal være et gyldigt UUID.');
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 365) {
      throw new BadInputError('"withinDays" skal være et helt tal mellem 0 og 365.');
    }
    const window = pageWindow(page);
    const full = await this.seesAll(ctx, organisationId);
    const units = viewer.grants.filter((g) => g.role === 'EDITOR' && g.unitId).map((g) => g.unitId as string);
    const manager = this.dataSource.manager;
    const { rows, total } = await this.due.dueIn(
      manager,
      organisationId,
      new Date(now.getTime() + withinDays * DAY),
      { all: full, accountId: ctx.accountId, unitIds: units },
      window,
    );
    const requests: (RequestOf & { record_id: string })[] = rows.length
      ? await manager.query(
          `SELECT r.id AS request_id, r.record_id, r.opened_at, r.last_asked_at, r.ask_count, r.escalated_at
           FROM verification_request r JOIN unnest($1::text[], $2::uuid[], $3::timestamptz[]) d(record_type, id, basis)
             ON r.record_type = d.record_type AND r.record_id = d.id AND r.basis_at = d.basis
           WHERE r.confirmed_at IS NULL`,
          [rows.map((row) => TYPES[row.kind]), rows.map((row) => row.id), rows.map((row) => row.basis)],
        )
      : [];
    const requestOf = new Map(requests.map((r) => [r.record_id, r]));
    const nodes = rows.map((row) => itemOf(dueRecordOf(TYPES[row.kind], row, requestOf.get(row.id) ?? null), now));
    return toConnection(nodes, total, window);
  }

  /** Confirms through the token of a mail's link, like the button on the link's page. */
  async confirm(token: string): Promise<VerificationConfirmed | NotFoundError | ConflictError> {
    const result = await this.links.confirm(token);
    if (result.state === 'UNKNOWN') {
      return Object.assign(new NotFoundError(), { code: 'NOT_FOUND', message: REFUSED.UNKNOWN.text, id: '' });
    }
    if (!result.verifiedAt || !result.verifiedBy || !result.record) {
      const refused = REFUSED[result.state as keyof typeof REFUSED];
      return ConflictError.of(`${refused.title}. ${refused.text}`);
    }
    return Object.assign(new VerificationConfirmed(), {
      recordType: result.record.type,
      id: result.record.id,
      name: result.name,
      lastVerifiedAt: result.verifiedAt,
      lastVerifiedBy: result.verifiedBy,
    });
  }

  private async seesAll(ctx: RequestContext, organisationId: string): Promise<boolean> {
    if (ctx.isAdmin) return true;
    if (ctx.hasRole('EDITOR', (g) => g.organisationId === organisationId && !g.unitId)) return true;
    if (ctx.hasRole('KEY_PERSON', (g) => g.organisationId === organisationId)) return true;
    if (!ctx.accountId) return false;
    const keyPersons = await this.roster.keyPersons(this.dataSource.manager, {
      organisationIds: [organisationId],
      accountId: ctx.accountId,
    });
    return keyPersons.length > 0;
  }
}

function itemOf(record: DueRecord, now: Date): VerificationQueueItem {
  return Object.assign(new VerificationQueueItem(), {
    recordType: record.type,
    id: record.id,
    name: record.name,
    organisationId: record.organisationId,
    owner: ownerOf(record),
    lastVerifiedAt: record.lastVerifiedAt,
    verificationDue: record.dueAt,
    overdue: record.dueAt < now,
    lastAskedAt: record.lastAskedAt,
    askCount: record.askCount,
    escalatedAt: record.escalatedAt,
  });
}
