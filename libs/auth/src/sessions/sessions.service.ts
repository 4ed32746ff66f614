import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { Grant } from '#core';
import { AUTH_CONFIG, type AuthConfig } from '../auth.config.js';
import { Account, AccountStatus } from '../accounts/account.entity.js';
import { AccountsService, normaliseEmail } from '../accounts/accounts.service.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { AccessChecks } from './access-checks.js';
import { AccessTokens } from './access-tokens.js';
import { RefreshToken } from './refresh-token.entity.js';
import { AuthenticationError, Session } from './session.types.js';
import { SignInThrottle, THROTTLE_WINDOW_MINUTES } from './sign-in-throttle.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Sign-in, refresh-token rotation (with theft detection) and sign-out. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly passwords: PasswordHasher,
    private readonly accessTokens: AccessTokens,
    private readonly throttle: SignInThrottle,
    private readonly checks: AccessChecks,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  /** `address` is the client's network address, for the per-address limit on failed attempts. */
  async signIn(email: string, password: string, address = 'unknown', now = new Date()): Promise<Session | AuthenticationError> {
    const key = normaliseEmail(email);
    const blocked = await this.throttle.blocked(key, address, now);
    if (blocked) {
      const message =
        blocked === 'account'
          ? `For mange mislykkede forsøg på denne konto. Vent ${THROTTLE_WINDOW_MINUTES} minutter, og prøv igen.`
          : `For mange mislykkede forsøg fra din netværksadresse. Vent ${THROTTLE_WINDOW_MINUTES} minutter, og prøv igen.`;
      return Object.assign(AuthenticationError.of(message), { code: 'TOO_MANY_ATTEMPTS' });
    }
    const account = await this.accounts.findByEmail(key);
    const valid = await this.passwords.verify(account?.passwordHash ?? null, password);
    if (!account || !valid || account.status !== AccountStatus.ACTIVE) {
      await this.throttle.failed(key, address, now);
      return AuthenticationError.of();
    }
    await this.throttle.succeeded(key);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(Account, { id: account.id }, { lastSignInAt: now });
      return this.open(manager, account, randomUUID(), null, now);
    });
  }

  /**
   * Opens a session for an account the identity provider vouched for (single sign-on in the
   * browser). Its grants are the provider's, from the roles claim, and stay with the session through
   * every refresh; the account's own grants do not apply to it.
   */
  async signInWithSingleSignOn(account: Account, grants: Grant[], now = new Date()): Promise<Session> {
    return this.dataSource.transaction(async (manager) => {
      await manager.update(Account, { id: account.id }, { lastSignInAt: now });
      return this.open(manager, account, randomUUID(), grants, now);
    });
  }

  /**
   * Exchanges a refresh token for a new session. A token used a second time was copied: every
   * session of its family ends, and the holder must sign in again. So does a session left idle:
   * one whose token was issued more than SESSION_IDLE_HOURS ago (a ward PC nobody signed out of).
   */
  async refresh(refreshToken: string, now = new Date()): Promise<Session | AuthenticationError> {
    const expired = AuthenticationError.of('Sessionen er udløbet. Log ind igen.');
    return this.dataSource.transaction(async (manager) => {
      const stored = await manager
        .getRepository(RefreshToken)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: hashToken(refreshToken) })
        .getOne();
      if (!stored || stored.revokedAt || stored.expiresAt <= now) return expired;
      if (stored.usedAt) {
        await manager.update(RefreshToken, { familyId: stored.familyId, revokedAt: IsNull() }, { revokedAt: now });
        return expired;
      }
      if (now.getTime() - stored.createdAt.getTime() > this.config.sessionIdleHours * HOUR) {
        await manager.update(RefreshToken, { familyId: stored.familyId, revokedAt: IsNull() }, { revokedAt: now });
        return Object.assign(
          AuthenticationError.of(
            `Du er logget ud, fordi du ikke har brugt Vejviser i ${hours(this.config.sessionIdleHours)}. Log ind igen.`,
          ),
          { code: 'SESSION_IDLE' },
        );
      }
      const account = await manager.getRepository(Account).findOneBy({ id: stored.accountId });
      if (!account || account.status !== AccountStatus.ACTIVE) return expired;
      await manager.update(RefreshToken, { id: stored.id }, { usedAt: now });
      return this.open(manager, account, stored.familyId, stored.grants, now);
    });
  }

  /** Ends the session the refresh token belongs to. */
  async signOut(refreshToken: string, now = new Date()): Promise<number> {
    const stored = await this.dataSource.getRepository(RefreshToken).findOneBy({ tokenHash: hashToken(refreshToken) });
    if (!stored) return 0;
    const result = await this.dataSource
      .getRepository(RefreshToken)
      .update({ familyId: stored.familyId, revokedAt: IsNull() }, { revokedAt: now });
    this.checks.forget(stored.accountId);
    return result.affected ? 1 : 0;
  }

  /** Ends every session of the account; their access tokens are refused from the next request on. */
  async signOutEverywhere(accountId: string, now = new Date()): Promise<number> {
    return this.endSessions(this.dataSource.manager, accountId, null, now);
  }

  /**
   * Ends every session of the account but `keep` (the one asking, say after a password change), in the caller's
   * transaction; returns how many ended.
   */
  async endSessions(manager: EntityManager, accountId: string, keep: string | null, now = new Date()): Promise<number> {
    const families: { family_id: string }[] = await manager.query(
      `SELECT DISTINCT family_id FROM refresh_token
        WHERE account_id = $1 AND revoked_at IS NULL AND used_at IS NULL AND expires_at > $2 AND family_id IS DISTINCT FROM $3`,
      [accountId, now, keep],
    );
    await manager.query(
      `UPDATE refresh_token SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL AND family_id IS DISTINCT FROM $3`,
      [accountId, now, keep],
    );
    this.checks.forget(accountId);
    return families.length;
  }

  /** `grants`: the provider's, for a single sign-on session; null for the account's own. */
  private async open(manager: EntityManager, account: Account, familyId: string, ssoGrants: Grant[] | null, now: Date): Promise<Session> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshTokenExpiresAt = new Date(now.getTime() + this.config.refreshTokenDays * DAY);
    await manager.insert(RefreshToken, {
      accountId: account.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: refreshTokenExpiresAt,
      grants: ssoGrants,
      createdAt: now,
    });
    // The version before the grants: should they change in between, the token is seen to be older than they are.
    const [{ access_version: accessVersion }]: { access_version: number }[] = await manager.query(
      `SELECT access_version FROM account WHERE id = $1`,
      [account.id],
    );
    const grants = ssoGrants ?? (await this.accounts.grantsOf(account.id, manager));
    const access = await this.accessTokens.issue(account.id, grants, now, { id: familyId, accessVersion: Number(accessVersion) });
    return Object.assign(new Session(), {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt,
      account,
      grants,
    });
  }
}

/** "8 timer", "1 time", "30 minutter". */
function hours(value: number): string {
  if (value < 1) return `${Math.round(value * 60)} minutter`;
  const rounded = Math.round(value * 10) / 10;
  return `${String(rounded).replace('.', ',')} ${rounded === 1 ? 'time' : 'timer'}`;
}
