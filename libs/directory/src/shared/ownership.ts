import { Field, ID, ObjectType, Parent, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { Ctx, transactionCause, type AccountDirectory, type FieldError, type RequestContext } from '#core';
import { Contact } from '../contacts/contact.entity.js';
import { Offer } from '../offers/offer.entity.js';

export enum OwnerKind {
  /** A named account answers for the record. */
  ACCOUNT = 'ACCOUNT',
  /** The editors of a unit answer for it. */
  UNIT = 'UNIT',
  /** No owner was set: the organisation's editors answer for it. */
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(OwnerKind, { name: 'OwnerKind' });

@ObjectType({ description: 'Who answers for a record being correct, and gets the reminders to confirm it.' })
export class RecordOwner {
  @Field(() => OwnerKind) kind: OwnerKind;
  @Field(() => ID, { nullable: true }) accountId: string | null;
  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field(() => ID) organisationId: string;
}

/** The owner columns of contacts and offers. */
export interface Owned {
  organisationId: string;
  ownerAccountId: string | null;
  ownerUnitId: string | null;
}

const optionalId = () =>
  z
    .uuid('Id skal være et gyldigt UUID.')
    .nullish()
    .transform((v) => v ?? null);

/** Input fields shared by contacts and offers; at most one of the two may be set. */
export const ownerFields = { ownerAccountId: optionalId(), ownerUnitId: optionalId() };

export function ownerOf(record: Owned): RecordOwner {
  const kind = record.ownerAccountId ? OwnerKind.ACCOUNT : record.ownerUnitId ? OwnerKind.UNIT : OwnerKind.ORGANISATION;
  return Object.assign(new RecordOwner(), {
    kind,
    accountId: record.ownerAccountId,
    unitId: record.ownerAccountId ? null : record.ownerUnitId,
    organisationId: record.organisationId,
  });
}

/**
 * The owner named in a change must exist: an active account, or a unit of the record's own
 * organisation. Naming both is refused, so who gets the reminders is never ambiguous.
 */
export async function checkOwner(
  manager: EntityManager,
  accounts: AccountDirectory,
  organisationId: string,
  owner: { ownerAccountId?: string | null; ownerUnitId?: string | null },
): Promise<FieldError[]> {
  if (owner.ownerAccountId && owner.ownerUnitId) {
    return [{ path: 'input.ownerUnitId', message: 'Angiv enten en ansvarlig person eller en ansvarlig enhed, ikke begge.' }];
  }
  if (owner.ownerAccountId) {
    const status = await accounts.accountStatus(manager, owner.ownerAccountId);
    if (status === null) return [{ path: 'input.ownerAccountId', message: 'Den ansvarlige konto findes ikke.' }];
    if (status === 'DISABLED') return [{ path: 'input.ownerAccountId', message: 'Den ansvarlige konto er lukket.' }];
  }
  if (owner.ownerUnitId) {
    const [row]: { organisation_id: string }[] = await manager.query(`SELECT organisation_id FROM unit WHERE id = $1`, [owner.ownerUnitId]);
    if (!row) return [{ path: 'input.ownerUnitId', message: 'Den ansvarlige enhed findes ikke.' }];
    if (row.organisation_id !== organisationId) {
      return [{ path: 'input.ownerUnitId', message: 'Den ansvarlige enhed skal høre til samme organisation.' }];
    }
  }
  return [];
}

/**
 * The owner a new record gets: the one named, else the unit it is placed in, else the account that
 * created it (administrators and imports leave it to the organisation's editors).
 */
export async function ownerForNew(
  manager: EntityManager,
  accounts: AccountDirectory,
  ctx: RequestContext,
  unitId: string | null,
  named: { ownerAccountId: string | null; ownerUnitId: string | null },
): Promise<{ ownerAccountId: string | null; ownerUnitId: string | null }> {
  if (named.ownerAccountId || named.ownerUnitId) return { ownerAccountId: named.ownerAccountId, ownerUnitId: named.ownerUnitId };
  if (unitId) return { ownerAccountId: null, ownerUnitId: unitId };
  if (ctx.isAdmin || !ctx.accountId || transactionCause()) return { ownerAccountId: null, ownerUnitId: null };
  const creator = await accounts.accountStatus(manager, ctx.accountId);
  return { ownerAccountId: creator !== null ? ctx.accountId : null, ownerUnitId: null };
}

/** Setting one kind of owner clears the other. */
export function ownerPatch(patch: { ownerAccountId?: string | null; ownerUnitId?: string | null }): Partial<Owned> {
  if (patch.ownerAccountId) return { ownerAccountId: patch.ownerAccountId, ownerUnitId: null };
  if (patch.ownerUnitId) return { ownerUnitId: patch.ownerUnitId, ownerAccountId: null };
  const cleared: Partial<Owned> = {};
  if (patch.ownerAccountId === null) cleared.ownerAccountId = null;
  if (patch.ownerUnitId === null) cleared.ownerUnitId = null;
  return cleared;
}

const OWNER_DESCRIPTION = 'Who answers for it being correct. Shown to signed-in professionals.';

@Resolver(() => Contact)
export class ContactOwnerResolver {
  @ResolveField(() => RecordOwner, { nullable: true, description: OWNER_DESCRIPTION })
  owner(@Ctx() ctx: RequestContext, @Parent() contact: Contact): RecordOwner | null {
    return ctx.accountId ? ownerOf(contact) : null;
  }
}

@Resolver(() => Offer)
export class OfferOwnerResolver {
  @ResolveField(() => RecordOwner, { nullable: true, description: OWNER_DESCRIPTION })
  owner(@Ctx() ctx: RequestContext, @Parent() offer: Offer): RecordOwner | null {
    return ctx.accountId ? ownerOf(offer) : null;
  }
}
