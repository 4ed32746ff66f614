import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DateTimeScalar, Ctx, RequestContext } from '#core';
import { Contact } from '../contacts/contact.entity.js';
import { Offer } from '../offers/offer.entity.js';
import { OrganisationsService } from '../organisations/organisations.service.js';

const DAY = 24 * 60 * 60 * 1000;
export const DEFAULT_VERIFICATION_INTERVAL_DAYS = 180;

/** When a record must be confirmed again: its last confirmation (or creation) plus its organisation's interval. */
export function verificationDue(record: { lastVerifiedAt: Date | null; createdAt: Date }, intervalDays: number): Date {
  return new Date((record.lastVerifiedAt ?? record.createdAt).getTime() + intervalDays * DAY);
}

type Verifiable = { organisationId: string; lastVerifiedAt: Date | null; createdAt: Date };

/** Stale records stay visible and findable; they say so, and search ranks them lower. */
async function freshnessOf(
  organisations: OrganisationsService,
  ctx: RequestContext,
  record: Verifiable,
  now = new Date(),
): Promise<{ verificationDue: Date; stale: boolean }> {
  const org = await organisations.load(ctx, record.organisationId);
  const due = verificationDue(record, org?.verificationIntervalDays ?? DEFAULT_VERIFICATION_INTERVAL_DAYS);
  // Not yet stale: that holds until the due date.
  if (due >= now) ctx.holdsUntil(due);
  return { verificationDue: due, stale: due < now };
}

@Resolver(() => Contact)
export class ContactFreshnessResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @ResolveField(() => DateTimeScalar, { description: 'When it must be confirmed as still correct.' })
  async verificationDue(@Ctx() ctx: RequestContext, @Parent() contact: Contact): Promise<Date> {
    return (await freshnessOf(this.organisations, ctx, contact)).verificationDue;
  }

  @ResolveField(() => Boolean, { description: 'Past its verification date: check the details before you hand over.' })
  async stale(@Ctx() ctx: RequestContext, @Parent() contact: Contact): Promise<boolean> {
    return (await freshnessOf(this.organisations, ctx, contact)).stale;
  }
}

@Resolver(() => Offer)
export class OfferFreshnessResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @ResolveField(() => DateTimeScalar, { description: 'When it must be confirmed as still correct.' })
  async verificationDue(@Ctx() ctx: RequestContext, @Parent() offer: Offer): Promise<Date> {
    return (await freshnessOf(this.organisations, ctx, offer)).verificationDue;
  }

  @ResolveField(() => Boolean, { description: 'Past its verification date: check the details before you hand over.' })
  async stale(@Ctx() ctx: RequestContext, @Parent() offer: Offer): Promise<boolean> {
    return (await freshnessOf(this.organisations, ctx, offer)).stale;
  }
}
