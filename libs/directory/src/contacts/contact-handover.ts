import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AuditAction, AuditTrail, TransactionalEvents, lockOrReject, type RequestContext } from '#core';
import { Offer } from '../offers/offer.entity.js';
import { assertCanEdit } from '../shared/permissions.js';
import { Contact } from './contact.entity.js';

type Row = { id: string; organisation_id: string; unit_id: string | null };

/**
 * The directory's side of turnover (upkeep's handover of a person who left): the contacts and
 * offers change here, with their audit events, inside the caller's transaction.
 */
@Injectable()
export class ContactHandover {
  constructor(
    private readonly audit: AuditTrail,
    private readonly events: TransactionalEvents,
  ) {}

  /** Locks both contacts, in id order so two handovers of the same pair cannot deadlock. */
  async lockPair(manager: EntityManager, leavingId: string, successorId: string): Promise<{ leaving: Contact; successor: Contact }> {
    const locked = new Map<string, Contact>();
    for (const id of [leavingId, successorId].sort()) {
      locked.set(id, await lockOrReject(manager, Contact, id === leavingId ? 'Kontakten' : 'Efterfølgeren', id));
    }
    return { leaving: locked.get(leavingId) as Contact, successor: locked.get(successorId) as Contact };
  }

  /** The successor takes the situations, deputyships and former names; the leaving contact keeps only a pointer to it. */
  async moveDirectory(manager: EntityManager, ctx: RequestContext, leaving: Contact, successor: Contact, now: Date) {
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

  /**
   * Contacts and offers of the organisation the leaving account answered for go to the successor
   * account, or without one to the successor's unit (the organisation's editors when it has none).
   */
  async moveOwned(
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

  /** Contacts by id in `manager`'s transaction, keyed by id (missing ids are left out). */
  contactsByIds(manager: EntityManager, ids: string[]): Promise<Map<string, Contact>> {
    return byIds(manager, Contact, ids);
  }

  /** Offers by id in `manager`'s transaction, keyed by id (missing ids are left out). */
  offersByIds(manager: EntityManager, ids: string[]): Promise<Map<string, Offer>> {
    return byIds(manager, Offer, ids);
  }

  /** People who left on or before `before`, oldest first, locked (rows another transaction holds are skipped). */
  lockLeftBefore(manager: EntityManager, before: Date): Promise<Contact[]> {
    return manager
      .getRepository(Contact)
      .createQueryBuilder('c')
      .where('c.left_at IS NOT NULL AND c.left_at <= :before', { before })
      .orderBy('c.left_at')
      .addOrderBy('c.id')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /** The successor no longer carries the erased person's name among its former names. */
  async forgetFormerName(manager: EntityManager, successorId: string, name: string): Promise<void> {
    await manager.query(`UPDATE contact SET former_names = array_remove(former_names, $2), updated_at = now() WHERE id = $1`, [
      successorId,
      name,
    ]);
    await this.events.publish(manager, 'ContactChanged', { id: successorId, deleted: false });
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
