import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  AuditAction,
  AuditTrail,
  TransactionalEvents,
  ValidationError,
  mutate,
  onSentFields,
  validateFields,
  type MutationFailure,
  type RequestContext,
} from '#core';
import { AccountsService } from '#auth';
import { Contact, Offer, assertCanEdit } from '#directory';
import { KeyPersonWelcome } from '#network';
import { checkAccounts, lockPair, pairErrors } from './turnover-checks.js';
import { TurnoverMails } from './turnover-mails.js';
import { TurnoverRoles } from './turnover-roles.js';
import { handOverFields, handOverRules, type HandOverFields, type HandOverRolesInput } from './turnover.inputs.js';
import { RoleHandover } from './turnover.types.js';

type Row = { id: string; organisation_id: string; unit_id: string | null };

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
    private readonly audit: AuditTrail,
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
      const { leaving, successor } = await lockPair(manager, contactId, successorContactId);
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

      const directory = await this.moveDirectory(manager, ctx, leaving, successor, now);
      const owned = from ? await this.moveOwned(manager, ctx, org, from, to, successor) : { contacts: [], offers: [] };
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
      const contacts = await byIds(manager, Contact, contactIds);
      const done = Object.assign(handover, {
        leaving: contacts.get(leaving.id),
        successor: contacts.get(successor.id),
        leftAt: now,
        situationsAdded: directory.situationsAdded,
        deputiesRedirected: directory.deputies.map((id) => contacts.get(id)).filter((c) => c !== undefined),
        contactsMoved: owned.contacts.map((id) => contacts.get(id)).filter((c) => c !== undefined),
        offersMoved: [...(await byIds(manager, Offer, owned.offers)).values()],
        grants: grants.grants,
        memberships: network.memberships,
      });
      if (preview) throw new PreviewDone(done);
      return done;
    });
  }

  /** The successor takes the situations, deputyships and former names; the leaving contact keeps only a pointer to it. */
  private async moveDirectory(manager: EntityManager, ctx: RequestContext, leaving: Contact, successor: Contact, now: Date) {
    const situationsAdded = leaving.situationKeys.filter((key) => !successor.situationKeys.includes(key));
    const deputies = await this.repoint(manager, ctx, 'deputy_id', 'deputyId', leaving.id, successor.id);
    // Earlier leavers who pointed to this person now point to whoever takes over, so no chain ends at a departed person.
    const pointing = await this.repoint(manager, ctx, 'successor_id', 'successorId', leaving.id, successor.id);

    const successorBefore = { situationKeys: successor.situationKeys, deputyId: successor.deputyId };
    const successorAfter = {
      situationKeys: [...successor.situationKeys, ...situationsAdded],
      deputyId: successor.deputyId === leaving.id ? null : successor.deputyId,
    };
    const formerNames = [...new Set([...successor.formerNames, ...leaving.formerNames, leaving.name])];
    await manager.update(Contact, { id: successor.id }, { ...successorAfter, formerNames });
    // The former name stays out of the successor's history: the leaving contact's own history, scrubbed when it is erased, holds the link.
    await this.auditContact(manager, ctx, successor, successorBefore, successorAfter);

    const leavingAfter = {
      leftAt: now,
      successorId: successor.id,
      channels: [],
      openingHours: null,
      deputyId: null,
      situationKeys: [],
      formerNames: [],
    };
    const leavingBefore = Object.fromEntries(Object.keys(leavingAfter).map((key) => [key, leaving[key as keyof typeof leavingAfter]]));
    await manager.update(Contact, { id: leaving.id }, leavingAfter);
    await this.auditContact(manager, ctx, leaving, leavingBefore, leavingAfter);
    return { situationsAdded, deputies, pointing };
  }

  /** Contacts whose `column` named the leaving contact name the successor instead; returns their ids. */
  private async repoint(
    manager: EntityManager,
    ctx: RequestContext,
    column: 'deputy_id' | 'successor_id',
    field: 'deputyId' | 'successorId',
    leavingId: string,
    successorId: string,
  ): Promise<string[]> {
    const rows: Row[] = await manager.query(
      `SELECT id, organisation_id, unit_id FROM contact WHERE ${column} = $1 AND id <> $2 ORDER BY id FOR UPDATE`,
      [leavingId, successorId],
    );
    if (!rows.length) return [];
    await manager.query(`UPDATE contact SET ${column} = $1, updated_at = now() WHERE id = ANY($2)`, [successorId, rows.map((r) => r.id)]);
    for (const row of rows) {
      await this.auditContact(
        manager,
        ctx,
        { id: row.id, organisationId: row.organisation_id },
        { [field]: leavingId },
        { [field]: successorId },
      );
    }
    return rows.map((r) => r.id);
  }

  /**
   * Contacts and offers of the organisation the leaving account answered for go to the successor
   * account, or without one to the successor's unit (the organisation's editors when it has none).
   */
  private async moveOwned(
    manager: EntityManager,
    ctx: RequestContext,
    organisationId: string,
    from: string,
    to: string | null,
    successor: Contact,
  ): Promise<{ contacts: string[]; offers: string[] }> {
    const owner = to
      ? { ownerAccountId: to, ownerUnitId: null }
      : { ownerAccountId: null, ownerUnitId: successor.organisationId === organisationId ? successor.unitId : null };
    const moved = { contacts: [] as string[], offers: [] as string[] };
    for (const [table, entity, type] of [
      ['contact', Contact, 'Contact'],
      ['offer', Offer, 'Offer'],
    ] as const) {
      const rows: Row[] = await manager.query(
        `SELECT id, organisation_id, unit_id FROM ${table} WHERE owner_account_id = $1 AND organisation_id = $2 ORDER BY id FOR UPDATE`,
        [from, organisationId],
      );
      for (const row of rows) {
        await assertCanEdit(manager, ctx, row.organisation_id, row.unit_id);
        await manager.update(entity, { id: row.id }, owner);
        await this.audit.record(manager, ctx, {
          entityType: type,
          entityId: row.id,
          organisationId,
          action: AuditAction.UPDATE,
          before: { ownerAccountId: from, ownerUnitId: null },
          after: owner,
        });
      }
      moved[table === 'contact' ? 'contacts' : 'offers'] = rows.map((r) => r.id);
    }
    return moved;
  }

  private auditContact(
    manager: EntityManager,
    ctx: RequestContext,
    contact: { id: string; organisationId: string },
    before: object,
    after: object,
  ): Promise<void> {
    return this.audit.record(manager, ctx, {
      entityType: 'Contact',
      entityId: contact.id,
      organisationId: contact.organisationId,
      action: AuditAction.UPDATE,
      before,
      after,
    });
  }
}

async function byIds<T extends { id: string }>(manager: EntityManager, entity: new () => T, ids: string[]): Promise<Map<string, T>> {
  const rows = ids.length ? await manager.getRepository(entity).findBy({ id: In(ids) } as never) : [];
  return new Map(rows.map((row) => [row.id, row]));
}
