import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AuditTrail,
  Deleted,
  ForbiddenError,
  NotFoundError,
  isUuid,
  mutate,
  type Grant,
  type MutationFailure,
  type RequestContext,
  Outbox,
} from '#core';
import { Account, AccountStatus } from './account.entity.js';
import { PasswordHasher } from './password-hasher.js';
import { RoleGrant, type Role } from './role-grant.entity.js';

export interface NewAccount {
  email: string;
  displayName: string;
  password?: string;
  grants?: { role: Role; organisationId?: string | null; unitId?: string | null; networkId?: string | null }[];
  isDemo?: boolean;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class AccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditTrail,
    private readonly outbox: Outbox,
  ) {}

  findByEmail(email: string): Promise<Account | null> {
    return this.dataSource.getRepository(Account).findOneBy({ email: normaliseEmail(email) });
  }

  findById(id: string): Promise<Account | null> {
    return this.dataSource.getRepository(Account).findOneBy({ id });
  }

  async grantsOf(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<Grant[]> {
    const rows = await manager.getRepository(RoleGrant).findBy({ accountId });
    return rows.map(({ role, organisationId, unitId, networkId }) => ({ role, organisationId, unitId, networkId }));
  }

  /** Creates an active account with its grants (administrators, demo data); the caller's transaction if given. */
  async create(input: NewAccount, manager?: EntityManager): Promise<Account> {
    const run = async (tx: EntityManager) => {
      const account = await tx.getRepository(Account).save(
        tx.create(Account, {
          email: normaliseEmail(input.email),
          displayName: input.displayName.trim(),
          passwordHash: input.password ? await this.passwords.hash(input.password) : null,
          status: AccountStatus.ACTIVE,
          isDemo: input.isDemo ?? false,
        }),
      );
      for (const grant of input.grants ?? []) await tx.insert(RoleGrant, { accountId: account.id, ...grant });
      return account;
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /**
   * The account of someone signed in through single sign-on: found by e-mail, or made on first
   * use (no password; the provider vouches for them). A disabled account stays out.
   */
  async ensureSingleSignOn(email: string, displayName: string): Promise<Account | null> {
    const existing = await this.findByEmail(email);
    if (existing) return existing.status === AccountStatus.DISABLED ? null : existing;
    await this.dataSource.query(
      `INSERT INTO account (email, display_name, status) VALUES ($1, $2, 'ACTIVE') ON CONFLICT (email) DO NOTHING`,
      [normaliseEmail(email), displayName.trim() || email],
    );
    return this.findByEmail(email);
  }

  /**
   * Erases an account on request (the person themself, or an administrator): name and e-mail are
   * replaced, roles, sessions and sign-in records go, and mail to the address is blanked. Audit
   * events keep the account's id only: a pseudonymous marker with no personal data left behind it.
   */
  async erase(ctx: RequestContext, id: string): Promise<Deleted | MutationFailure> {
    const self = ctx.accountId === id;
    if (!self && !ctx.isAdmin) return ForbiddenError.of('Kun personen selv eller en administrator kan slette en konto.');
    if (!isUuid(id)) return NotFoundError.of('Kontoen', id);
    return mutate(this.dataSource, async (manager) => {
      const account = await manager.getRepository(Account).findOneBy({ id });
      if (!account) return NotFoundError.of('Kontoen', id);
      await manager.update(
        Account,
        { id },
        { email: `slettet-${id}@slettet.invalid`, displayName: 'Slettet konto', passwordHash: null, status: AccountStatus.DISABLED },
      );
      await manager.query(`DELETE FROM role_grant WHERE account_id = $1`, [id]);
      await manager.query(`DELETE FROM refresh_token WHERE account_id = $1`, [id]);
      await manager.query(`DELETE FROM sign_in_failure WHERE email = $1`, [account.email]);
      await this.outbox.eraseRecipient(manager, account.email);
      await this.audit.scrub(manager, ctx, 'Account', id, null);
      return Object.assign(new Deleted(), { id });
    });
  }
}
