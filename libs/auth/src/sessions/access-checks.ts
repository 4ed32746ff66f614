import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Grant, Viewer } from '#core';
import { AccountsService } from '../accounts/accounts.service.js';
import type { TokenViewer } from './access-tokens.js';

/** How long one process trusts what it last read about an account and session (other processes see changes this late). */
export const ACCESS_CHECK_CACHE_MS = 2_000;

/** What one access check reads (exported so a test counting a request's statements can tell this cached one apart). */
export const ACCESS_STATE_SQL = `SELECT a.status, a.access_version, s.live, s.grants
  FROM account a
  LEFT JOIN LATERAL (
    SELECT bool_or(t.revoked_at IS NULL AND t.expires_at > now()) AS live,
           (array_agg(t.grants ORDER BY t.created_at DESC))[1] AS grants
      FROM refresh_token t WHERE t.family_id = $2 AND t.account_id = a.id
  ) s ON $2::uuid IS NOT NULL
 WHERE a.id = $1`;

interface AccessState {
  active: boolean;
  accessVersion: number;
  /** Whether the token's session still has a live refresh token (null: the token names no session). */
  live: boolean | null;
  /** The single sign-on provider's grants kept with the session, when it is one. */
  ssoGrants: Grant[] | null;
}

/**
 * Whether an access token still speaks for its account (issue 17 item 4): an account deactivated or a session ended
 * (signed out, password changed elsewhere) refuses the token at once, and a token issued before the account's
 * grants changed is answered with the grants as they are now. One query per account and session, cached briefly
 * per process and forgotten at once when this process changes the account.
 */
@Injectable()
export class AccessChecks {
  private readonly cache = new Map<string, { at: number; state: AccessState; grants?: Grant[] }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
  ) {}

  /** The viewer to use for a verified token, or null when it no longer speaks for anyone. */
  async check({ viewer, accessVersion }: TokenViewer, now = Date.now()): Promise<Viewer | null> {
    const key = `${viewer.accountId}/${viewer.sessionId ?? ''}`;
    let entry = this.cache.get(key);
    if (!entry || now - entry.at > ACCESS_CHECK_CACHE_MS) {
      entry = { at: now, state: await this.read(viewer.accountId, viewer.sessionId ?? null) };
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(key, entry);
    }
    const { state } = entry;
    if (!state.active || state.live === false) return null;
    if (accessVersion === state.accessVersion) return viewer;
    entry.grants ??= state.ssoGrants ?? (await this.accounts.grantsOf(viewer.accountId));
    return { ...viewer, grants: entry.grants };
  }

  /** Forgets what this process knows about the account, so its next request is checked afresh. */
  forget(accountId: string): void {
    for (const key of this.cache.keys()) if (key.startsWith(`${accountId}/`)) this.cache.delete(key);
  }

  private async read(accountId: string, sessionId: string | null): Promise<AccessState> {
    const rows: { status: string; access_version: number; live: boolean | null; grants: Grant[] | null }[] = await this.dataSource.query(
      ACCESS_STATE_SQL,
      [accountId, sessionId],
    );
    const row = rows[0];
    if (!row) return { active: false, accessVersion: -1, live: false, ssoGrants: null };
    return {
      active: row.status === 'ACTIVE',
      accessVersion: Number(row.access_version),
      live: sessionId ? row.live === true : null,
      ssoGrants: row.grants,
    };
  }
}
