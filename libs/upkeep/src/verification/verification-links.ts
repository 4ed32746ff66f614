import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountStatus, AccountsService } from '#auth';
import { RecordConfirmations, type ConfirmableKind } from '#directory';
import { UPKEEP_CONFIG, type UpkeepConfig } from '../upkeep.config.js';
import { VerifiableRecordType, type LinkPurpose } from './verification.types.js';

const DAY = 24 * 60 * 60 * 1000;
const TOKEN = /^[A-Za-z0-9_-]{32,64}$/;

export type LinkState = 'OPEN' | 'UNKNOWN' | 'USED' | 'EXPIRED' | 'CONFIRMED' | 'GONE';

/** What a link is about, for the page it opens. */
export interface LinkedRecord {
  type: VerifiableRecordType;
  id: string;
  organisationId: string;
  accountName: string;
}

export interface LinkLookup {
  state: LinkState;
  record?: LinkedRecord;
}

export interface Confirmation extends LinkLookup {
  verifiedAt?: Date;
  verifiedBy?: string;
  name?: string;
}

interface LinkRow {
  id: string;
  request_id: string;
  account_id: string;
  expires_at: Date;
  used_at: Date | null;
  record_type: VerifiableRecordType;
  record_id: string;
  confirmed_at: Date | null;
  /** The cycle's basis as text, so it compares with the record's to the microsecond. */
  basis_at: string;
  /** The account's name and whether it is active, from the auth lib. */
  display_name: string;
  account_active: boolean;
}

/**
 * Single-use confirm links. Each (record, mail) gets its own random token; only its hash is kept.
 * Opening a link shows the record; only the POST confirms, and only that one record.
 */
@Injectable()
export class VerificationLinks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: RecordConfirmations,
    private readonly accounts: AccountsService,
    @Inject(UPKEEP_CONFIG) private readonly config: UpkeepConfig,
  ) {}

  static hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  /** The last moment a link made at `now` works. */
  expiresAt(now: Date): Date {
    return new Date(now.getTime() + this.config.verificationLinkDays * DAY);
  }

  /** Makes a link for `accountId` to confirm the record of `requestId`; returns its address. */
  async create(manager: EntityManager, requestId: string, accountId: string, purpose: LinkPurpose, now: Date): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO verification_link (request_id, account_id, purpose, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [requestId, accountId, purpose, VerificationLinks.hash(token), now, this.expiresAt(now)],
    );
    return `${this.config.publicUrl}/bekraeft/${token}`;
  }

  /** Where the record is changed; it confirms nothing. */
  editUrl(type: VerifiableRecordType, id: string): string {
    return `${this.config.publicUrl}/${type === VerifiableRecordType.CONTACT ? 'kontakter' : 'tilbud'}/${id}/ret`;
  }

  /** What the link would do now, without changing anything. */
  async inspect(token: string, now = new Date()): Promise<LinkLookup> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.find(manager, token, false);
      return row ? this.stateOf(manager, row, now) : { state: 'UNKNOWN' };
    });
  }

  /** Confirms the link's record as still correct, once; any other state changes nothing. */
  async confirm(token: string, now = new Date()): Promise<Confirmation> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.find(manager, token, true);
      if (!row) return { state: 'UNKNOWN' };
      const found = await this.stateOf(manager, row, now);
      if (found.state !== 'OPEN' || !found.record) return found;
      const verifiedBy = `${row.display_name} via bekræftelseslink`;
      const current = await this.records.confirm(manager, kindOf(row.record_type), row.record_id, row.account_id, verifiedBy, now);
      await manager.query(`UPDATE verification_link SET used_at = $2 WHERE id = $1`, [row.id, now]);
      await manager.query(`UPDATE verification_request SET confirmed_at = $2 WHERE id = $1`, [row.request_id, now]);
      return { ...found, state: 'OPEN', verifiedAt: now, verifiedBy, name: current.name };
    });
  }

  private async find(manager: EntityManager, token: string, lock: boolean): Promise<LinkRow | null> {
    const trimmed = token.trim();
    if (!TOKEN.test(trimmed)) return null;
    const [row]: Omit<LinkRow, 'display_name' | 'account_active'>[] = await manager.query(
      `SELECT l.id, l.request_id, l.account_id, l.expires_at, l.used_at, r.record_type, r.record_id, r.confirmed_at, r.basis_at::text AS basis_at
       FROM verification_link l JOIN verification_request r ON r.id = l.request_id
       WHERE l.token_hash = $1 ${lock ? 'FOR UPDATE OF l, r' : ''}`,
      [VerificationLinks.hash(trimmed)],
    );
    const account = row && (await this.accounts.findById(row.account_id, manager));
    if (!row || !account) return null;
    return { ...row, display_name: account.displayName, account_active: account.status === AccountStatus.ACTIVE };
  }

  private async stateOf(manager: EntityManager, row: LinkRow, now: Date): Promise<LinkLookup> {
    const record = await this.records.state(manager, kindOf(row.record_type), row.record_id, row.basis_at);
    if (!record || !record.live) return { state: 'GONE' };
    const linked = { type: row.record_type, id: row.record_id, organisationId: record.organisationId, accountName: row.display_name };
    if (row.used_at) return { state: 'USED', record: linked };
    if (row.confirmed_at || !record.current) {
      return { state: 'CONFIRMED', record: linked };
    }
    if (new Date(row.expires_at) <= now || !row.account_active) return { state: 'EXPIRED', record: linked };
    return { state: 'OPEN', record: linked };
  }
}

export function kindOf(type: VerifiableRecordType): ConfirmableKind {
  return type === VerifiableRecordType.CONTACT ? 'Contact' : 'Offer';
}
