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
import { ownerOf } from '#directory';
import { NetworkRoster } from '#network';
import { BASIS, CYCLE_COLUMNS, DUE, SOURCES, dueRecordOf } from './verification-cycles.js';
import { REFUSED } from './confirm-page.js';
import { VerificationLinks } from './verification-links.js';
import { VerifiableRecordType, VerificationConfirmed, VerificationQueueItem, type DueRecord } from './verification.types.js';

const DAY = 24 * 60 * 60 * 1000;

/** What an organisation has due, for those who answer for it; and confirming by link over GraphQL. */
@Injectable()
export class VerificationQueueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: VerificationLinks,
    private readonly roster: NetworkRoster,
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
    const parts = Object.entries(SOURCES).map(
      ([type, { table, live }]) =>
        `SELECT '${type}' AS record_type, ${CYCLE_COLUMNS}
         FROM ${table} x JOIN organisation o ON o.id = x.organisation_id
         LEFT JOIN verification_request r ON r.record_type = '${type}' AND r.record_id = x.id AND r.basis_at = ${BASIS} AND r.confirmed_at IS NULL
         WHERE x.organisation_id = $1 AND ${live} AND ${DUE} <= $2
           AND ($3::boolean OR x.owner_account_id = $4 OR x.unit_id IN (SELECT id FROM down) OR x.owner_unit_id IN (SELECT id FROM down))`,
    );
    const items = `WITH RECURSIVE down(id) AS (
        SELECT id FROM unit WHERE id = ANY($5::uuid[]) UNION ALL SELECT u.id FROM unit u JOIN down ON u.parent_id = down.id),
      items AS (${parts.join(' UNION ALL ')})`;
    const params = [organisationId, new Date(now.getTime() + withinDays * DAY), full, ctx.accountId, units];
    const rows: (Parameters<typeof dueRecordOf>[1] & { record_type: VerifiableRecordType })[] = await this.dataSource.query(
      `${items} SELECT * FROM items ORDER BY due_at, name, id LIMIT ${window.limit} OFFSET ${window.offset}`,
      params,
    );
    const [{ total }]: { total: string }[] = await this.dataSource.query(`${items} SELECT count(*) AS total FROM items`, params);
    const nodes = rows.map((row) => itemOf(dueRecordOf(row.record_type, row), now));
    return toConnection(nodes, Number(total), window);
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
