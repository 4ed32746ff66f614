import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager, type FindOptionsWhere } from 'typeorm';
import {
  AccountDirectory,
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
import { Role, RoleGrant } from './role-grant.entity.js';

export interface NewAccount {
  email: string;
  displayName: string;
  password?: string;
  grants?: { role: Role; organisationId?: string | null; unitId?: string | null; networkId?: string | null }[];
  isDemo?: boolean;
}

/** An active account holding a grant; what other contexts ask about who has a role where. */
export interface GrantHolder {
  account: Account;
  grant: RoleGrant;
}

/** Where the grants asked for apply: any of the ids given (an empty list matches nothing). */
export interface GrantScope {
  organisationIds?: string[];
  unitIds?: string[];
  networkIds?: string[];
  /** Only grants for a whole organisation (no unit). */
  wholeOrganisation?: boolean;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class AccountsService implements AccountDirectory {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditTrail,
    private readonly outbox: Outbox,
  ) {}

  /** AccountDirectory: the account's status in the caller's transaction, null when there is none. */
  async accountStatus(manager: EntityManager, accountId: string): Promise<AccountStatus | null> {
    return (await manager.getRepository(Account).findOne({ where: { id: accountId }, select: { id: true, status: true } }))?.status ?? null;
  }

  findByEmail(email: string): Promise<Account | null> {
    return this.dataSource.getRepository(Account).findOneBy({ email: normaliseEmail(email) });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Account | null> {
    return manager.getRepository(Account).findOneBy({ id });
  }

  /** Accounts by id in one query, by display name then id (the caller's transaction if given). */
  findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Account[]> {
    if (!ids.length) return Promise.resolve([]);
    return manager.getRepository(Account).find({ where: { id: In([...new Set(ids)]) }, order: { displayName: 'ASC', id: 'ASC' } });
  }

  /**
   * Active accounts with a `role` grant in the scope, each grant with its account, in one query each:
   * by display name then id (or by e-mail), an account's grants together.
   */
  async holders(manager: EntityManager, role: Role, scope: GrantScope, order: 'name' | 'email' = 'name'): Promise<GrantHolder[]> {
    const where: FindOptionsWhere<RoleGrant> = { role };
    if (scope.organisationIds) where.organisationId = In(scope.organisationIds);
    if (scope.unitIds) where.unitId = In(scope.unitIds);
    if (scope.networkIds) where.networkId = In(scope.networkIds);
    if (scope.wholeOrganisation) where.unitId = IsNull();
    if ([scope.organisationIds, scope.unitIds, scope.networkIds].some((ids) => ids?.length === 0)) return [];
    const grants = await manager.getRepository(RoleGrant).find({ where, order: { id: 'ASC' } });
    if (!grants.length) return [];
    const accounts = await manager.getRepository(Account).find({
      where: { id: In([...new Set(grants.map((g) => g.accountId))]), status: AccountStatus.ACTIVE },
      order: order === 'name' ? { displayName: 'ASC', id: 'ASC' } : { email: 'ASC', id: 'ASC' },
    });
    return accounts.flatMap((account) => grants.filter((g) => g.accountId === account.id).map((grant) => ({ account, grant })));
  }

  /**
   * The account's grants of these roles for the organisation or any of the units given, locked until the
   * transaction ends (for a handover of its roles), by role then id.
   */
  grantsToHandOver(
    manager: EntityManager,
    accountId: string,
    roles: Role[],
    organisationId: string,
    unitIds: string[],
  ): Promise<RoleGrant[]> {
    const where: FindOptionsWhere<RoleGrant>[] = [{ accountId, role: In(roles), organisationId }];
    if (unitIds.length) where.push({ accountId, role: In(roles), unitId: In(unitIds) });
    return manager.getRepository(RoleGrant).find({ where, order: { role: 'ASC', id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  /** Removes the grant and, with `to`, gives the same grant to that account unless it has it; true when it was given. */
  async handOverGrant(manager: EntityManager, grant: RoleGrant, to: string | null): Promise<boolean> {
    await manager.delete(RoleGrant, { id: grant.id });
    if (!to) return false;
    const same = { accountId: to, role: grant.role, organisationId: grant.organisationId ?? IsNull(), unitId: grant.unitId ?? IsNull() };
    if (await manager.getRepository(RoleGrant).existsBy(same)) return false;
    await manager.insert(RoleGrant, { accountId: to, role: grant.role, organisationId: grant.organisationId, unitId: grant.unitId });
    return true;
  }

  async grantsOf(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<Grant[]> {
    const rows = await manager.getRepository(RoleGrant).findBy({ accountId });
    return rows.map(({ role, organisationId, unitId, networkId }) => ({ role, organisationId, unitId, networkId }));
  }

  /** Gives or takes the NETWORK_COORDINATOR role for the network (in the caller's transaction); giving it twice adds nothing. */
  async setNetworkCoordinator(manager: EntityManager, accountId: string, networkId: string, coordinator: boolean): Promise<void> {
    const grant = { accountId, role: Role.NETWORK_COORDINATOR, networkId };
    if (!coordinator) await manager.delete(RoleGrant, grant);
    else if (!(await manager.getRepository(RoleGrant).existsBy(grant))) await manager.insert(RoleGrant, grant);
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
