import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  AuditAction,
  AuditTrail,
  ForbiddenError,
  MutationRejected,
  NotFoundError,
  definedOnly,
  failureOf,
  mutate,
  text,
  validateFields,
  type MutationFailure,
  type RequestContext,
} from '#core';
import { Account, AccountStatus } from '../accounts/account.entity.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { SessionsService } from '../sessions/sessions.service.js';
import type { ChangePasswordInput, MyProfileInput } from './self-service.types.js';

const SIGNED_IN_ONLY = 'Log ind for at ændre dine egne oplysninger.';

const passwordInput = z.object({
  currentPassword: z.string().min(1, 'Skriv din nuværende adgangskode.'),
  newPassword: z.string().min(12, 'Adgangskoden skal være mindst 12 tegn.').max(200, 'Adgangskoden må højst være 200 tegn.'),
});

const profileInput = z.object({
  displayName: text.required(200).optional(),
  jobTitle: text.optional(200),
  workPhone: z
    .string()
    .trim()
    .regex(/^(\+?[0-9 ]{8,20})?$/, 'Skriv telefonnummeret med cifre, fx 72 34 56 78 eller +45 72 34 56 78.')
    .nullish()
    .transform((v) => v || null),
});

/** What every signed-in person does about their own account (issue 17 item 5): password, name and work details. */
@Injectable()
export class SelfService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditTrail,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * Needs the current password; every invalid field is named at once. Every other session of the account ends (a
   * password changed because it leaked should lock the other holder out); the one asking stays signed in.
   */
  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<Account | MutationFailure> {
    const id = ctx.accountId;
    if (!id) return ForbiddenError.of(SIGNED_IN_ONLY);
    const { value, errors } = validateFields(passwordInput, input);
    const account = await this.dataSource.getRepository(Account).findOneBy({ id, status: AccountStatus.ACTIVE });
    if (!account) return NotFoundError.of('Kontoen', id);
    if (value.currentPassword && !(await this.passwords.verify(account.passwordHash, value.currentPassword))) {
      errors.push({ path: 'input.currentPassword', message: 'Den nuværende adgangskode er forkert.' });
    }
    const failure = failureOf(errors);
    if (failure || !value.newPassword) return failure ?? NotFoundError.of('Kontoen', id);
    const passwordHash = await this.passwords.hash(value.newPassword);
    const keep = ctx.viewer.kind === 'account' ? (ctx.viewer.sessionId ?? null) : null;
    return mutate(this.dataSource, async (manager) => {
      await manager.update(Account, { id }, { passwordHash });
      const ended = await this.sessions.endSessions(manager, id, keep);
      // The password itself never enters the trail: only that it was changed.
      await this.audit.record(manager, ctx, {
        entityType: 'Account',
        entityId: id,
        organisationId: null,
        action: AuditAction.UPDATE,
        before: null,
        after: { passwordSet: 'changed by the person', otherSessionsEnded: ended },
      });
      return account;
    });
  }

  /** The person's own name, job title and work phone. */
  async updateProfile(ctx: RequestContext, input: MyProfileInput): Promise<Account | MutationFailure> {
    const id = ctx.accountId;
    if (!id) return ForbiddenError.of(SIGNED_IN_ONLY);
    const { value, errors } = validateFields(profileInput, input);
    const failure = failureOf(errors);
    if (failure) return failure;
    return mutate(this.dataSource, async (manager) => {
      const account = await manager.getRepository(Account).findOneBy({ id });
      if (!account) throw new MutationRejected(NotFoundError.of('Kontoen', id));
      const sent = input as Record<string, unknown>;
      const patch = definedOnly({
        displayName: value.displayName,
        jobTitle: 'jobTitle' in sent ? (value.jobTitle ?? null) : undefined,
        workPhone: 'workPhone' in sent ? (value.workPhone ?? null) : undefined,
      });
      const before = Object.fromEntries(Object.keys(patch).map((key) => [key, account[key as keyof typeof patch]]));
      await manager.update(Account, { id }, patch);
      await this.audit.record(manager, ctx, {
        entityType: 'Account',
        entityId: id,
        organisationId: null,
        action: AuditAction.UPDATE,
        before,
        after: patch,
      });
      return Object.assign(account, patch);
    });
  }
}
