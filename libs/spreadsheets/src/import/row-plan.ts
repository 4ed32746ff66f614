import {
  ChannelKind,
  Visibility,
  type Channel,
  type ChannelInput,
  type Contact,
  type CreateContactInput,
  type CreateOfferInput,
  type Offer,
  type OpeningHours,
  type OpeningHoursInput,
  type UpdateContactInput,
  type UpdateOfferInput,
} from '#directory';
import type { SheetHours } from './opening-hours.js';
import type { SheetRow } from './sheet-rows.js';

/** What a row would change: the mutation's input, the fields it changes, and the column of each channel sent. */
export interface Plan<I> {
  input: I;
  changed: string[];
  channelColumns: (string | undefined)[];
}

type Existing = Pick<Contact, 'name' | 'helpText' | 'channels' | 'openingHours' | 'situationKeys'> &
  Partial<Pick<Contact, 'roleTitle' | 'kind'>> &
  Partial<Pick<Offer, 'description' | 'ageMin' | 'ageMax' | 'municipalityCodes' | 'accessRoute'>>;

const sameList = (a: readonly unknown[], b: readonly unknown[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/** The channels of the kinds the sheet has columns for, replaced by the sheet's; others kept as they are. */
function channelsFor(row: SheetRow, current: Channel[]): { channels: ChannelInput[]; columns: (string | undefined)[] } | undefined {
  const sheet: [ChannelKind, string[] | undefined, string | undefined][] = [
    [ChannelKind.PHONE, row.values.phones, row.columns.PHONE],
    [ChannelKind.EMAIL, row.values.emails, row.columns.EMAIL],
    [ChannelKind.WEB, row.values.webs, row.columns.WEB],
  ];
  const replaced = new Set(sheet.filter(([, values]) => values !== undefined).map(([kind]) => kind));
  if (replaced.size === 0) return undefined;
  const kept = current.filter((c) => !replaced.has(c.kind));
  const channels: ChannelInput[] = kept.map(({ kind, value, label, visibility }) => ({ kind, value, label, visibility }));
  const columns: (string | undefined)[] = kept.map(() => undefined);
  for (const [kind, values, column] of sheet) {
    for (const value of values ?? []) {
      // A line the record already has keeps its label and visibility (a STAFF line stays STAFF).
      const same = current.find((c) => c.kind === kind && c.value === value);
      channels.push({ kind, value, label: same?.label ?? null, visibility: same?.visibility ?? Visibility.PUBLIC });
      columns.push(column);
    }
  }
  return { channels, columns };
}

function hoursInput(hours: OpeningHours): OpeningHoursInput {
  return {
    alwaysOpen: hours.alwaysOpen,
    openOnHolidays: hours.openOnHolidays,
    weekly: hours.weekly.map(({ day, opens, closes }) => ({ day, opens, closes })),
    exceptions: hours.exceptions.map(({ date, closed, opens, closes, note }) => ({ date, closed, opens, closes, note })),
    note: hours.note ?? null,
  };
}

function hoursFor(sheet: SheetHours | undefined, current: OpeningHours | null): OpeningHoursInput | null | undefined {
  if (sheet === undefined) return undefined;
  const base = current ? hoursInput(current) : { alwaysOpen: false, weekly: [], exceptions: [], note: null };
  const next = { ...base, ...sheet };
  const same = (a: OpeningHoursInput) => JSON.stringify([a.alwaysOpen ?? false, a.weekly ?? [], a.note ?? null]);
  if (!current && !sheet.note && !sheet.alwaysOpen && !sheet.weekly?.length) return undefined;
  return same(next) === same(base) && current ? undefined : next;
}

/** The fields of `row` that differ from `current` (everything, for a new record). */
function changes(row: SheetRow, current: Existing | null, offer: boolean): Plan<Record<string, unknown>> {
  const v = row.values;
  const input: Record<string, unknown> = {};
  const set = (key: string, value: unknown, was: unknown) => {
    if (value === undefined) return;
    const same = Array.isArray(value) && Array.isArray(was) ? sameList(value, was) : (value ?? null) === (was ?? null);
    if (!current || !same) input[key] = value;
  };
  set('name', row.name, current?.name);
  set('helpText', v.helpText, current?.helpText);
  set('situations', v.situations, current?.situationKeys);
  if (offer) {
    set('description', v.description, current?.description);
    set('ageMin', v.ageMin, current?.ageMin);
    set('ageMax', v.ageMax, current?.ageMax);
    set('municipalityCodes', v.municipalityCodes, current?.municipalityCodes);
    set('accessRoute', v.accessRoute, current?.accessRoute);
  } else {
    set('roleTitle', v.roleTitle, current?.roleTitle);
    set('kind', v.contactKind, current?.kind);
  }
  const hours = hoursFor(v.openingHours, current?.openingHours ?? null);
  if (hours !== undefined) input.openingHours = hours;
  const channels = channelsFor(row, current?.channels ?? []);
  let channelColumns: (string | undefined)[] = [];
  if (channels) {
    const key = (list: { kind: string; value: string }[]) => list.map((c) => `${c.kind}:${c.value}`);
    if (!current || JSON.stringify(key(channels.channels)) !== JSON.stringify(key(current.channels))) {
      input.channels = channels.channels;
      channelColumns = channels.columns;
    }
  }
  return { input, changed: Object.keys(input), channelColumns };
}

export function contactPlan(row: SheetRow, organisationId: string, unitId: string | null, current: Contact | null) {
  const plan = changes(row, current, false);
  return current ? (plan as Plan<UpdateContactInput>) : { ...plan, input: { ...plan.input, organisationId, unitId } as CreateContactInput };
}

export function offerPlan(row: SheetRow, organisationId: string, unitId: string | null, current: Offer | null) {
  const plan = changes(row, current, true);
  return current ? (plan as Plan<UpdateOfferInput>) : { ...plan, input: { ...plan.input, organisationId, unitId } as CreateOfferInput };
}
