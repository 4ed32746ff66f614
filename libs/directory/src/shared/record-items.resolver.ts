import type { Type } from '@nestjs/common';
import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, type MutationFailure, type ResultUnion } from '#core';
import { Channel, ChannelInput } from './channel.js';
import { HoursException, HoursExceptionInput, HoursSettingsInput, WeeklyHours, WeeklyHoursInput } from './opening-hours.js';
import {
  CHANNEL_ITEMS,
  EXCEPTION_ITEMS,
  WEEKLY_ITEMS,
  channelId,
  exceptionId,
  hoursSettingsEdit,
  itemEdit,
  weeklyHoursId,
  type ItemKind,
  type ItemOperation,
  type RecordEdit,
} from './record-items.js';

const ID_NOTE = 'Names this item in the item operations; it changes when the item changes.';

@Resolver(() => Channel)
export class ChannelIdResolver {
  @ResolveField(() => ID, { description: ID_NOTE })
  id(@Parent() channel: Channel): string {
    return channelId(channel);
  }
}

@Resolver(() => WeeklyHours)
export class WeeklyHoursIdResolver {
  @ResolveField(() => ID, { description: ID_NOTE })
  id(@Parent() hours: WeeklyHours): string {
    return weeklyHoursId(hours);
  }
}

@Resolver(() => HoursException)
export class HoursExceptionIdResolver {
  @ResolveField(() => ID, { description: ID_NOTE })
  id(@Parent() exception: HoursException): string {
    return exceptionId(exception);
  }
}

/** The service of a record with channels and opening hours: its whole update, taking an item edit. */
interface ItemsUpdate<Record> {
  update(ctx: RequestContext, id: string, input: object, edit?: RecordEdit): Promise<Record | MutationFailure>;
}

/**
 * The item operations of one record type (`addOfferChannel`, `removeContactHoursException`, …): each
 * changes one channel, weekly opening-hours entry or exception through the record's own update, so
 * permission, validation, history and the search index are the whole update's.
 */
export function recordItemsResolver<Record>(name: 'Offer' | 'Contact', service: Type<ItemsUpdate<Record>>, result: ResultUnion<unknown>) {
  const recordId = `${name.toLowerCase()}Id`;
  const what = name === 'Offer' ? 'offer' : 'contact';

  @Resolver()
  class RecordItemsResolver {
    constructor(@Inject(service) readonly records: ItemsUpdate<Record>) {}

    edit<Item>(ctx: RequestContext, id: string, kind: ItemKind<Item>, op: ItemOperation<object>) {
      return this.records.update(ctx, id, {}, itemEdit(kind, op));
    }

    @Mutation(() => result, { name: `add${name}Channel`, description: `Adds one channel to the ${what}; the others stay.` })
    addChannel(@Ctx() ctx: RequestContext, @Args(recordId, { type: () => ID }) id: string, @Args('input') input: ChannelInput) {
      return this.edit(ctx, id, CHANNEL_ITEMS, { add: input });
    }

    @Mutation(() => result, { name: `update${name}Channel`, description: `Changes one channel of the ${what} (by its id).` })
    updateChannel(
      @Ctx() ctx: RequestContext,
      @Args(recordId, { type: () => ID }) id: string,
      @Args('channelId', { type: () => ID }) channelId: string,
      @Args('input') input: ChannelInput,
    ) {
      return this.edit(ctx, id, CHANNEL_ITEMS, { update: { id: channelId, input } });
    }

    @Mutation(() => result, { name: `remove${name}Channel`, description: `Removes one channel of the ${what} (by its id).` })
    removeChannel(
      @Ctx() ctx: RequestContext,
      @Args(recordId, { type: () => ID }) id: string,
      @Args('channelId', { type: () => ID }) channelId: string,
    ) {
      return this.edit(ctx, id, CHANNEL_ITEMS, { remove: { id: channelId } });
    }

    @Mutation(() => result, { name: `add${name}WeeklyHours`, description: `Adds one weekly opening-hours entry to the ${what}.` })
    addWeeklyHours(@Ctx() ctx: RequestContext, @Args(recordId, { type: () => ID }) id: string, @Args('input') input: WeeklyHoursInput) {
      return this.edit(ctx, id, WEEKLY_ITEMS, { add: input });
    }

    @Mutation(() => result, { name: `update${name}WeeklyHours`, description: `Changes one weekly opening-hours entry of the ${what}.` })
    updateWeeklyHours(
      @Ctx() ctx: RequestContext,
      @Args(recordId, { type: () => ID }) id: string,
      @Args('weeklyHoursId', { type: () => ID }) itemId: string,
      @Args('input') input: WeeklyHoursInput,
    ) {
      return this.edit(ctx, id, WEEKLY_ITEMS, { update: { id: itemId, input } });
    }

    @Mutation(() => result, { name: `remove${name}WeeklyHours`, description: `Removes one weekly opening-hours entry of the ${what}.` })
    removeWeeklyHours(
      @Ctx() ctx: RequestContext,
      @Args(recordId, { type: () => ID }) id: string,
      @Args('weeklyHoursId', { type: () => ID }) itemId: string,
    ) {
      return this.edit(ctx, id, WEEKLY_ITEMS, { remove: { id: itemId } });
    }

    @Mutation(() => result, {
      name: `add${name}HoursException`,
      description: `Adds one date with other hours (a holiday, a closed day) to the ${what}.`,
    })
    addHoursException(
      @Ctx() ctx: RequestContext,
      @Args(recordId, { type: () => ID }) id: string,
      @Args('input') input: HoursExceptionInput,
    ) {
      return this.edit(ctx, id, EXCEPTION_ITEMS, { add: input });
    }

    @Mutation(() => result, { name: `update${name}HoursException`, description: `Changes one opening-hours exception of the ${what}.` })
    updateHoursException(
      @Ctx() ctx: RequestContext,
      @Args(recordId, { type: () => ID }) id: string,
      @Args('exceptionId', { type: () => ID }) itemId: string,
      @Args('input') input: HoursExceptionInput,
    ) {
      return this.edit(ctx, id, EXCEPTION_ITEMS, { update: { id: itemId, input } });
    }

    @Mutation(() => result, { name: `remove${name}HoursException`, description: `Removes one opening-hours exception of the ${what}.` })
    removeHoursException(
      @Ctx() ctx: RequestContext,
      @Args(recordId, { type: () => ID }) id: string,
      @Args('exceptionId', { type: () => ID }) itemId: string,
    ) {
      return this.edit(ctx, id, EXCEPTION_ITEMS, { remove: { id: itemId } });
    }

    @Mutation(() => result, {
      name: `set${name}HoursSettings`,
      description: `Sets "open day and night", "same hours on holidays" and the note of the ${what}'s opening hours; its times and exceptions stay.`,
    })
    setHoursSettings(@Ctx() ctx: RequestContext, @Args(recordId, { type: () => ID }) id: string, @Args('input') input: HoursSettingsInput) {
      return this.records.update(ctx, id, {}, hoursSettingsEdit(input));
    }
  }
  Object.defineProperty(RecordItemsResolver, 'name', { value: `${name}ItemsResolver` });
  return RecordItemsResolver;
}
