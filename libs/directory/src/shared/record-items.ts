import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { MutationRejected, NotFoundError, rejectIf, validate, type FieldError } from '#core';
import { channelSchema, type Channel } from './channel.js';
import {
  exceptionSchema,
  openingHoursSchema,
  weeklyHoursSchema,
  type HoursException,
  type OpeningHours,
  type WeeklyHours,
} from './opening-hours.js';

/** What a channel or opening-hours item edit reads and writes on a contact or an offer. */
export interface ItemHolder {
  channels: Channel[];
  openingHours: OpeningHours | null;
}

/** Changes one item of a record locked for update; throws MutationRejected when it cannot. */
export type RecordEdit = (current: ItemHolder) => Partial<ItemHolder>;

/**
 * An item's id: a short hash of what it says. It needs no stored id (records written before item edits
 * have none) and it changes with the item, so an edit made on an outdated view of it finds nothing
 * instead of overwriting someone else's change.
 */
export function itemId(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

export const channelId = (c: Channel): string => itemId(['channel', c.kind, c.value, c.label ?? null, c.visibility]);
export const weeklyHoursId = (h: WeeklyHours): string => itemId(['weekly', h.day, h.opens, h.closes]);
export const exceptionId = (e: HoursException): string =>
  itemId(['exception', e.date, e.closed, e.opens ?? null, e.closes ?? null, e.note ?? null]);

/** One kind of item: how it is checked, named and found on a record. */
export interface ItemKind<Item> {
  schema: z.ZodType<Item>;
  what: string;
  max: number;
  id(item: Item): string;
  list(record: ItemHolder): Item[];
  put(record: ItemHolder, items: Item[]): Partial<ItemHolder>;
}

const emptyHours = (): OpeningHours => ({ alwaysOpen: false, openOnHolidays: false, weekly: [], exceptions: [], note: null });

export const CHANNEL_ITEMS: ItemKind<Channel> = {
  schema: channelSchema as z.ZodType<Channel>,
  what: 'Kanalen',
  max: 30,
  id: channelId,
  list: (r) => r.channels ?? [],
  put: (_r, channels) => ({ channels }),
};

export const WEEKLY_ITEMS: ItemKind<WeeklyHours> = {
  schema: weeklyHoursSchema,
  what: 'Åbningstiden',
  max: 50,
  id: weeklyHoursId,
  list: (r) => r.openingHours?.weekly ?? [],
  put: (r, weekly) => ({ openingHours: { ...(r.openingHours ?? emptyHours()), weekly } }),
};

export const EXCEPTION_ITEMS: ItemKind<HoursException> = {
  schema: exceptionSchema as z.ZodType<HoursException>,
  what: 'Undtagelsen',
  max: 200,
  id: exceptionId,
  list: (r) => r.openingHours?.exceptions ?? [],
  put: (r, exceptions) => ({ openingHours: { ...(r.openingHours ?? emptyHours()), exceptions } }),
};

export type ItemOperation<Input> = { add: Input } | { update: { id: string; input: Input } } | { remove: { id: string } };

/**
 * The edit for one item operation. The input is checked now (before any transaction); its errors are
 * answered from inside the edit, so a caller without rights hears that first, as with whole updates.
 */
export function itemEdit<Item>(kind: ItemKind<Item>, operation: ItemOperation<object>): RecordEdit {
  const raw = 'add' in operation ? operation.add : 'update' in operation ? operation.update.input : undefined;
  const checked = raw === undefined ? null : validate(kind.schema, raw, 'input');
  return (current) => {
    if (checked && !checked.ok) rejectIf(checked.error.fieldErrors);
    const item = checked?.ok ? checked.value : null;
    const items = [...kind.list(current)];
    if ('add' in operation) {
      rejectIf(duplicate(kind, items, item!, null));
      if (items.length >= kind.max) rejectIf([{ path: 'input', message: `Højst ${kind.max}.` }]);
      return kind.put(current, [...items, item!]);
    }
    const id = 'update' in operation ? operation.update.id : operation.remove.id;
    const at = items.findIndex((existing) => kind.id(existing) === id);
    if (at < 0) throw new MutationRejected(NotFoundError.of(kind.what, id));
    if ('remove' in operation)
      return kind.put(
        current,
        items.filter((_, i) => i !== at),
      );
    rejectIf(duplicate(kind, items, item!, at));
    items[at] = item!;
    return kind.put(current, items);
  };
}

function duplicate<Item>(kind: ItemKind<Item>, items: Item[], item: Item, except: number | null): FieldError[] {
  const id = kind.id(item);
  return items.some((existing, i) => i !== except && kind.id(existing) === id)
    ? [{ path: 'input', message: `${kind.what} findes allerede.` }]
    : [];
}

/** The hours-wide settings; a field left out stays as it is, an empty note removes the note. */
export interface HoursSettings {
  alwaysOpen?: boolean | null;
  openOnHolidays?: boolean | null;
  note?: string | null;
}

const settingsSchema = openingHoursSchema.pick({ note: true });

/**
 * The edit that sets "open day and night", "same hours on holidays" and the note of a record's opening
 * hours, leaving its weekly times and exceptions as they are.
 */
export function hoursSettingsEdit(settings: HoursSettings): RecordEdit {
  const checked = settings.note === undefined ? null : validate(settingsSchema, { note: settings.note }, 'input');
  return (current) => {
    if (checked && !checked.ok) rejectIf(checked.error.fieldErrors);
    const hours = current.openingHours ?? emptyHours();
    const note = checked?.ok ? checked.value.note || null : (hours.note ?? null);
    return {
      openingHours: {
        ...hours,
        alwaysOpen: settings.alwaysOpen ?? hours.alwaysOpen,
        openOnHolidays: settings.openOnHolidays ?? hours.openOnHolidays ?? false,
        note,
      },
    };
  };
}
