import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import {
  AccessDeniedError,
  AuditAction,
  AuditTrail,
  ConflictError,
  Deleted,
  ForbiddenError,
  MutationRejected,
  NotFoundError,
  isUuid,
  mutate,
  pageOf,
  pageWindow,
  rejectIf,
  validateFields,
  type Connection,
  type FieldError,
  type MutationFailure,
  type RequestContext,
} from '#core';
import { Account, AccountStatus } from '../accounts/account.entity.js';
import { Role, RoleGrant } from '../accounts/role-grant.entity.js';
import { OrganisationDirectory } from '../invitations/organisation-directory.js';
import { AccessChecks } from '../sessions/access-checks.js';
import { SessionsService } from '../sessions/sessions.service.js';
import type { AccountFilter, GrantRoleInput } from './account-admin.types.js';
import { grantRoleSchema, scopeErrors } from './grant-rules.js';
import { GrantScopes } from './grant-scopes.js';

const ADMIN_ONLY = 'Kun administratorer kan administrere konti og roller.';

/** Administrators' work on accounts (issue 17 item 4): the list, deactivation, and role grants per scope. */
@Injectable()
export class AccountAdmin {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly sessions: SessionsService,
    private readonly checks: AccessChecks,
    private readonly organisations: OrganisationDirectory,
    private readonly modules: ModuleRef,
  ) {}

  /** Accounts by name then e-mail, one page at a time (administrators). */
  list(
    ctx: RequestContext,
    filter: AccountFilter | null,
    page: { first?: number | null; after?: string | null },
  ): Promise<Connection<Account>> {
    if (!ctx.isAdmin) throw new AccessDeniedError(ADMIN_ONLY);
    const query = this.dataSource
      .getRepository(Account)
      .createQueryBuilder('a')
      .orderBy('a.display_name', 'ASC')
      .addOrderBy('a.email', 'ASC');
    const text = filter?.text?.trim();
    if (text) query.andWhere(`(a.display_name ILIKE :text OR a.email ILIKE :text)`, { text: `%${text.replace(/[\\%_]/g, '\\$&')}%` });
    if (filter?.status) query.andWhere('a.status = :status', { status: filter.status });
    if (filter?.role)
      query.andWhere('EXISTS (SELECT 1 FROM role_grant g WHERE g.account_id = a.id AND g.role = :role)', { role: filter.role });
    return pageOf(query, pageWindow(page));
  }

  find(ctx: RequestContext, id: string): Promise<Account | null> {
    if (!ctx.isAdmin) throw new AccessDeniedError(ADMIN_ONLY);
    return isUuid(id) ? this.dataSource.getRepository(Account).findOneBy({ id }) : Promise.resolve(null);
  }

  /** Ends an account's use of Vejviser: no sign-in, every session ended. Its records and history stay. */
  async deactivate(ctx: RequestContext, id: string): Promise<Account | MutationFailure> {
    if (!ctx.isAdmin) return ForbiddenError.of(ADMIN_ONLY);
    if (id === ctx.accountId) return ConflictError.of('Du kan ikke deaktivere din egen konto.');
    const result = await mutate(this.dataSource, async (manager) => {
      const account = await this.account(manager, id);
      if (account.status === AccountStatus.DISABLED) return account;
      await manager.update(Account, { id }, { status: AccountStatus.DISABLED });
      await this.record(manager, ctx, id, { status: account.status }, { status: AccountStatus.DISABLED });
      return Object.assign(account, { status: AccountStatus.DISABLED });
    });
    if (result instanceof Account) await this.sessions.signOutEverywhere(id);
    return result;
  }

  /** Gives a role for a scope; every invalid field is named at once. Giving the same grant twice is a conflict. */
  async grant(ctx: RequestContext, input: GrantRoleInput): Promise<RoleGrant | MutationFailure> {
    if (!ctx.isAdmin) return ForbiddenError.of(ADMIN_ONLY);
    const { value, errors } = validateFields(grantRoleSchema, input);
    errors.push(...scopeErrors(value));
    // Looked up before the transaction: the network lookup uses a connection of its own (PGlite has one).
    errors.push(...(await this.lookupErrors(this.dataSource.manager, value)));
    // The account's tokens carry its old grants: this process looks again at once (others within seconds).
    const result = await mutate(this.dataSource, async (manager) => {
      rejectIf(errors);
      const account = await this.account(manager, input.accountId);
      if (account.status === AccountStatus.DISABLED) throw new MutationRejected(ConflictError.of('Kontoen er deaktiveret.'));
      const grant = {
        accountId: account.id,
        role: value.role as Role,
        organisationId: value.organisationId ?? null,
        unitId: value.unitId ?? null,
        networkId: value.networkId ?? null,
      };
      const same = {
        ...grant,
        organisationId: grant.organisationId ?? IsNull(),
        unitId: grant.unitId ?? IsNull(),
        networkId: grant.networkId ?? IsNull(),
      };
      if (await manager.getRepository(RoleGrant).existsBy(same))
        throw new MutationRejected(ConflictError.of('Kontoen har allerede den rolle.'));
      const saved = await manager.getRepository(RoleGrant).save(manager.create(RoleGrant, grant));
      await this.record(manager, ctx, account.id, null, { grantedRole: grant.role, ...this.scopeOf(grant) });
      return saved;
    });
    if (result instanceof RoleGrant) this.checks.forget(result.accountId);
    return result;
  }

  /** Takes a grant away. An administrator cannot take their own ADMIN role (someone must be left to give it back). */
  async revoke(ctx: RequestContext, id: string): Promise<Deleted | MutationFailure> {
    if (!ctx.isAdmin) return ForbiddenError.of(ADMIN_ONLY);
    if (!isUuid(id)) return NotFoundError.of('Rollen', id);
    let accountId: string | null = null;
    const result = await mutate(this.dataSource, async (manager) => {
      const grant = await manager.getRepository(RoleGrant).findOneBy({ id });
      if (!grant) throw new MutationRejected(NotFoundError.of('Rollen', id));
      if (grant.role === Role.ADMIN && grant.accountId === ctx.accountId) {
        throw new MutationRejected(ConflictError.of('Du kan ikke fjerne din egen administratorrolle.'));
      }
      await manager.delete(RoleGrant, { id });
      await this.record(manager, ctx, grant.accountId, { grantedRole: grant.role, ...this.scopeOf(grant) }, null);
      accountId = grant.accountId;
      return Object.assign(new Deleted(), { id });
    });
    if (accountId) this.checks.forget(accountId);
    return result;
  }

  private async lookupErrors(
    manager: EntityManager,
    value: { organisationId?: string | null; unitId?: string | null; networkId?: string | null },
  ): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    const scopes = this.modules.get(GrantScopes, { strict: false });
    if (value.organisationId && !(await this.organisations.byIds(manager, [value.organisationId])).length) {
      errors.push({ path: 'input.organisationId', message: 'Organisationen findes ikke.' });
    }
    if (value.unitId) {
      const organisationId = await scopes.unitOrganisation(manager, value.unitId);
      if (!organisationId) errors.push({ path: 'input.unitId', message: 'Enheden findes ikke.' });
      else if (value.organisationId && organisationId !== value.organisationId) {
        errors.push({ path: 'input.unitId', message: 'Enheden hører til en anden organisation.' });
      }
    }
    if (value.networkId && !(await scopes.networkExists(value.networkId))) {
      errors.push({ path: 'input.networkId', message: 'Netværket findes ikke.' });
    }
    return errors;
  }

  private async account(manager: EntityManager, id: string): Promise<Account> {
    const account = isUuid(id) ? await manager.getRepository(Account).findOneBy({ id }) : null;
    if (!account) throw new MutationRejected(NotFoundError.of('Kontoen', id));
    return account;
  }

  private scopeOf(grant: { organisationId: string | null; unitId: string | null; networkId: string | null }) {
    return { organisationId: grant.organisationId, unitId: grant.unitId, networkId: grant.networkId };
  }

  private record(manager: EntityManager, ctx: RequestContext, id: string, before: object | null, after: object | null) {
    const change = { entityType: 'Account', entityId: id, organisationId: null, action: AuditAction.UPDATE, before, after };
    return this.audit.record(manager, ctx, change);
  }
}
