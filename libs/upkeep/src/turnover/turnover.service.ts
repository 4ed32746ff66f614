import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  TransactionalEvents,
  ValidationError,
  mutate,
  onSentFields,
  validateFields,
  type MutationFailure,
  type RequestContext,
} from '#core';
import { AccountsService } from '#auth';
import { ContactHandover, assertCanEdit } from '#directory';
import { KeyPersonWelcome } from '#network';
import { checkAccounts, pairErrors } from './turnover-checks.js';
import { TurnoverMails } from './turnover-mails.js';
import { TurnoverRoles } from './turnover-roles.js';
import { handOverFields, handOverRules, type HandOverFields, type HandOverRolesInput } from './turnover.inputs.js';
import { RoleHandover } from './turnover.types.js';

/** Ends a preview's transaction with a rollback, carrying what the hand-over would have done. */
class PreviewDone extends Error {
  constructor(readonly handover: RoleHandover) {
    super('preview');
  }
}

/**
 * Turnover: when a person leaves, one mutation moves what they carried to a successor (another
 * person or a function line) — the situations they served, deputyships, the records they answered
 * for, their roles and network memberships — and tells the networks' coordinators.
 */
@Injectable()
export class TurnoverService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: TransactionalEvents,
    private readonly directory: ContactHandover,
    private readonly roles: TurnoverRoles,
    private readonly mails: TurnoverMails,
    private readonly welcome: KeyPersonWelcome,
    private readonly accounts: AccountsService,
  ) {}

  handOver(ctx: RequestContext, input: HandOverRolesInput): Promise<RoleHandover | MutationFailure> {
    return this.run(ctx, input, false);
  }

  /**
   * The same hand-over with the same checks, rolled back at the end: what it would move, with nothing
   * written, no mail queued and no event published. Sharing the code is what keeps the preview true.
   */
  async preview(ctx: RequestContext, input: HandOverRolesInput): Promise<RoleHandover | MutationFailure> {
    try {
      return await this.run(ctx, input, true);
    } catch (error) {
      if (error instanceof PreviewDone) return error.handover;
      throw error;
    }
  }

  private run(ctx: RequestContext, input: HandOverRolesInput, preview: boolean): Promise<RoleHandover | MutationFailure> {
    // Every check runs before the answer, so one answer names every bad field.
    const { value, errors } = validateFields(handOverFields, input);
    errors.push(...onSentFields(handOverRules(value), input, errors));
    const { contactId, successorContactId } = value;
    // Without both contacts (or with one contact twice) there is nothing to lock and check further.
    if (!contactId || !successorContactId || contactId === successorContactId) return Promise.resolve(ValidationError.of(errors));
    return mutate(this.dataSource, async (manager) => {
      const now = new Date();
      const { leaving, successor } = await this.directory.lockPair(manager, contactId, successorContactId);
      await assertCanEdit(manager, ctx, leaving.organisationId, leaving.unitId);
      await assertCanEdit(manager, ctx, successor.organisationId, successor.unitId);
      const successorAccount = await checkAccounts(this.accounts, manager, ctx, leaving, value, [
        ...errors,
        ...pairErrors(leaving, successor),
      ]);
      const v = value as HandOverFields;
      const org = leaving.organisationId;
      const from = v.accountId;
      const to = v.successorAccountId;

      const directory = await this.directory.moveDirectory(manager, ctx, leaving, successor, now);
      const owned = from ? await this.directory.moveOwned(manager, ctx, org, from, to, successor) : { contacts: [], offers: [] };
      const grants = from ? await this.roles.moveGrants(manager, ctx, org, from, to) : { grants: [], newKeyPerson: false };
      const network = from
        ? await this.roles.moveMemberships(manager, ctx, org, from, to, now)
        : { memberships: [], newKeyRoleIn: [] as string[] };

      const contactIds = [...new Set([leaving.id, successor.id, ...directory.deputies, ...directory.pointing, ...owned.contacts])];
      for (const id of contactIds) await this.events.publish(manager, 'ContactChanged', { id, deleted: false });
      for (const id of owned.offers) await this.events.publish(manager, 'OfferChanged', { id, deleted: false });
      await this.events.publish(manager, 'RolesHandedOver', {
        organisationId: org,
        leavingContactId: leaving.id,
        successorContactId: successor.id,
        accountId: from ?? null,
        successorAccountId: to ?? null,
      });

      const handover = new RoleHandover();
      handover.coordinatorsNotified = await this.mails.notifyCoordinators(manager, {
        leaving,
        successor,
        leftAt: now,
        memberships: network.memberships,
        successorAccountName: successorAccount?.displayName ?? null,
        note: v.note,
      });
      handover.welcomed =
        !!to && (grants.newKeyPerson || network.newKeyRoleIn.length > 0)
          ? await this.welcome.queue(manager, {
              accountId: to,
              networkIds: network.newKeyRoleIn,
              keyPersonOf: grants.newKeyPerson ? org : null,
              predecessorName: leaving.name,
              now,
            })
          : false;
      const contacts = await this.directory.contactsByIds(manager, contactIds);
      const done = Object.assign(handover, {
        leaving: contacts.get(leaving.id),
        successor: contacts.get(successor.id),
        leftAt: now,
        situationsAdded: directory.situationsAdded,
        deputiesRedirected: directory.deputies.map((id) => contacts.get(id)).filter((c) => c !== undefined),
        contactsMoved: owned.contacts.map((id) => contacts.get(id)).filter((c) => c !== undefined),
        offersMoved: [...(await this.directory.offersByIds(manager, owned.offers)).values()],
        grants: grants.grants,
        memberships: network.memberships,
      });
      if (preview) throw new PreviewDone(done);
      return done;
    });
  }
}
