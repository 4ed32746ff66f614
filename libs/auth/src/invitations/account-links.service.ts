import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  AccessDeniedError,
  AuditAction,
  AuditTrail,
  ConflictError,
  NotFoundError,
  ForbiddenError,
  MutationRejected,
  ValidationError,
  isUuid,
  danishFormat,
  mutate,
  text,
  rejectIf,
  validate,
  validateFields,
  type MutationFailure,
  RequestContext,
  Outbox,
} from '#core';
import { Account, AccountStatus } from '../accounts/account.entity.js';
import { normaliseEmail } from '../accounts/accounts.service.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { RoleGrant, Role } from '../accounts/role-grant.entity.js';
import { AUTH_CONFIG, type AuthConfig } from '../auth.config.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { AuthenticationError, type Session } from '../sessions/session.types.js';
import { OrganisationDirectory } from './organisation-directory.js';

const INVITATION_DAYS = 7;
const RESET_HOURS = 2;
const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const danishTime = (date: Date) => danishFormat.dateTime.format(date);

const password = z.string().min(12, 'Adgangskoden skal være mindst 12 tegn.').max(200, 'Adgangskoden må højst være 200 tegn.');
const invitationInput = z.object({
  email: z.email('Ugyldig e-mailadresse.'),
  displayName: text.required(200),
  organisationId: z.uuid('Vælg organisationen.'),
  role: z.enum([Role.EDITOR, Role.KEY_PERSON]).nullish(),
});

type Purpose = 'INVITATION' | 'PASSWORD_RESET';

/**
 * Invitations (by a key person of the organisation, or an administrator) and password resets: each
 * a single-use link that expires, sent by mail in the same transaction that made it.
 */
@Injectable()
export class AccountLinks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: Outbox,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly audit: AuditTrail,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
    private readonly organisations: OrganisationDirectory,
  ) {}

  async invite(
    ctx: RequestContext,
    input: { email: string; displayName: string; organisationId: string; role?: Role | null },
  ): Promise<Account | MutationFailure> {
    // Every check runs before the answer, so one answer names every bad field.
    const { value, errors } = validateFields(invitationInput, input);
    const { organisationId, role } = value;
    if (!organisationId) return ValidationError.of(errors);
    if (!this.mayManage(ctx, organisationId))
      return ForbiddenError.of('Kun organisationens nøglepersoner og administratorer kan invitere.');
    return mutate(this.dataSource, async (manager) => {
      const [organisation] = await this.organisations.byIds(manager, [organisationId]);
      rejectIf([...errors, ...(organisation ? [] : [{ path: 'input.organisationId', message: 'Organisationen findes ikke.' }])]);
      const { email, displayName } = value as { email: string; displayName: string };
      if (await manager.getRepository(Account).existsBy({ email: normaliseEmail(email) })) {
        throw new MutationRejected(ConflictError.of(`Der findes allerede en konto med ${normaliseEmail(email)}.`));
      }
      const account = await manager.getRepository(Account).save(
        manager.create(Account, {
          email: normaliseEmail(email),
          displayName,
          status: AccountStatus.INVITED,
          organisationId,
          passwordHash: null,
        }),
      );
      if (role) await manager.insert(RoleGrant, { accountId: account.id, role, organisationId });
      await this.sendInvitation(manager, ctx, account, organisation.name);
      await this.record(manager, ctx, account, AuditAction.CREATE, null, {
        email: account.email,
        displayName,
        status: account.status,
        role: role ?? null,
      });
      return account;
    });
  }

  /**
   * Someone asks to join an organisation; a key person approves or rejects. The answer is the same
   * whether or not the address already has an account.
   */
  async apply(input: { email: string; displayName: string; organisationId: string }): Promise<true | ValidationError> {
    const checked = validate(invitationInput.omit({ role: true }), input);
    if (!checked.ok) return checked.error;
    const { email, displayName, organisationId } = checked.value;
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.organisations.byIds(manager, [organisationId])).length) return;
      await manager.query(
        `INSERT INTO account (email, display_name, status, organisation_id) VALUES ($1, $2, 'PENDING', $3) ON CONFLICT (email) DO NOTHING`,
        [normaliseEmail(email), displayName, organisationId],
      );
    });
    return true;
  }

  /** Applications waiting for the viewer: key persons see their organisation's, administrators all. */
  async pending(ctx: RequestContext, organisationId: string): Promise<Account[]> {
    if (!this.mayManage(ctx, organisationId))
      throw new AccessDeniedError('Kun organisationens nøglepersoner og administratorer ser ansøgninger.');
    if (!isUuid(organisationId)) return [];
    return this.dataSource
      .getRepository(Account)
      .find({ where: { organisationId, status: AccountStatus.PENDING }, order: { createdAt: 'ASC' } });
  }

  /** Approving sends the applicant an invitation link; rejecting removes the application. */
  async decide(ctx: RequestContext, accountId: string, approve: boolean): Promise<Account | MutationFailure> {
    if (!isUuid(accountId)) return NotFoundError.of('Ansøgningen', accountId);
    return mutate(this.dataSource, async (manager) => {
      const account = await manager.getRepository(Account).findOneBy({ id: accountId, status: AccountStatus.PENDING });
      if (!account?.organisationId) throw new MutationRejected(NotFoundError.of('Ansøgningen', accountId));
      if (!this.mayManage(ctx, account.organisationId)) {
        throw new MutationRejected(ForbiddenError.of('Kun organisationens nøglepersoner og administratorer kan godkende medlemmer.'));
      }
      if (!approve) {
        await manager.delete(Account, { id: accountId });
        await this.record(manager, ctx, account, AuditAction.DELETE, { email: account.email, status: account.status }, null);
        return account;
      }
      await manager.update(Account, { id: accountId }, { status: AccountStatus.INVITED });
      const [organisation] = await this.organisations.byIds(manager, [account.organisationId]);
      await this.sendInvitation(manager, ctx, account, organisation.name);
      await this.record(manager, ctx, account, AuditAction.UPDATE, { status: AccountStatus.PENDING }, { status: AccountStatus.INVITED });
      return Object.assign(account, { status: AccountStatus.INVITED });
    });
  }

  private record(
    manager: EntityManager,
    ctx: RequestContext,
    account: Account,
    action: AuditAction,
    before: object | null,
    after: object | null,
  ) {
    return this.audit.record(manager, ctx, {
      entityType: 'Account',
      entityId: account.id,
      organisationId: account.organisationId,
      action,
      before,
      after,
    });
  }

  private mayManage(ctx: RequestContext, organisationId: string): boolean {
    return ctx.isAdmin || ctx.hasRole(Role.KEY_PERSON, (g) => g.organisationId === organisationId);
  }

  private async sendInvitation(manager: EntityManager, ctx: RequestContext, account: Account, organisationName: string): Promise<void> {
    const inviter = ctx.accountId ? await manager.getRepository(Account).findOneBy({ id: ctx.accountId }) : null;
    const { token, expiresAt } = await this.issue(manager, account.id, 'INVITATION', INVITATION_DAYS * 24);
    await this.mail.queue(manager, {
      template: 'account-invitation',
      to: [account.email],
      data: {
        recipientName: account.displayName,
        invitedBy: inviter?.displayName ?? 'En administrator',
        organisationName,
        acceptUrl: `${this.config.publicUrl}/konto/invitation?token=${token}`,
        expiresAt: danishTime(expiresAt),
      },
    });
  }

  /** Always answers the same, whether or not the address has an account (no enumeration). */
  async requestPasswordReset(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const account = await manager.getRepository(Account).findOneBy({ email: normaliseEmail(email), status: AccountStatus.ACTIVE });
      if (!account) return;
      const { token, expiresAt } = await this.issue(manager, account.id, 'PASSWORD_RESET', RESET_HOURS);
      await this.mail.queue(manager, {
        template: 'password-reset',
        to: [account.email],
        data: {
          recipientName: account.displayName,
          resetUrl: `${this.config.publicUrl}/konto/nulstil?token=${token}`,
          expiresAt: danishTime(expiresAt),
        },
      });
    });
  }

  acceptInvitation(token: string, newPassword: string): Promise<Session | AuthenticationError | ValidationError> {
    return this.redeem(token, 'INVITATION', newPassword);
  }

  resetPassword(token: string, newPassword: string): Promise<Session | AuthenticationError | ValidationError> {
    return this.redeem(token, 'PASSWORD_RESET', newPassword);
  }

  /** Uses a link once: sets the password, activates the account, ends other sessions, signs in. */
  private async redeem(token: string, purpose: Purpose, newPassword: string): Promise<Session | AuthenticationError | ValidationError> {
    const checked = validate(z.object({ password }), { password: newPassword });
    if (!checked.ok) return checked.error;
    const passwordHash = await this.passwords.hash(checked.value.password);
    const invalid = AuthenticationError.of('Linket er ugyldigt, allerede brugt eller udløbet. Bed om et nyt.');
    const accountId = await this.dataSource.transaction(async (manager) => {
      // A SELECT over the UPDATE: the driver answers a bare UPDATE … RETURNING with [rows, count], a SELECT with rows.
      const [row]: { id: string; account_id: string }[] = await manager.query(
        `WITH used AS (UPDATE account_token SET used_at = now()
           WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now() RETURNING id, account_id)
         SELECT id, account_id FROM used`,
        [hash(token), purpose],
      );
      if (!row || !isUuid(row.account_id)) return null;
      await manager.update(Account, { id: row.account_id }, { passwordHash, status: AccountStatus.ACTIVE });
      // The password itself never enters the trail: only that it was set.
      const who = new RequestContext({ kind: 'account', accountId: row.account_id, grants: [] });
      await this.audit.record(manager, who, {
        entityType: 'Account',
        entityId: row.account_id,
        organisationId: null,
        action: AuditAction.UPDATE,
        before: null,
        after: { passwordSet: purpose === 'INVITATION' ? 'invitation accepted' : 'password reset', status: AccountStatus.ACTIVE },
      });
      return row.account_id;
    });
    if (!accountId) return invalid;
    await this.sessions.signOutEverywhere(accountId);
    const account = await this.dataSource.getRepository(Account).findOneByOrFail({ id: accountId });
    return this.sessions.signIn(account.email, checked.value.password);
  }

  private async issue(manager: EntityManager, accountId: string, purpose: Purpose, hours: number) {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + hours * 60 * 60_000);
    await manager.query(`INSERT INTO account_token (account_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, $4)`, [
      accountId,
      purpose,
      hash(token),
      expiresAt,
    ]);
    return { token, expiresAt };
  }
}
