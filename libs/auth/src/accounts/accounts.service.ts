import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Grant } from '#core';
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
}
