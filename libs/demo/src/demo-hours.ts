// Opening-hours building blocks for the demo dataset. No interval crosses midnight; lines that are
// open around the clock carry `alwaysOpen: true` plus 00:00–23:59 on all seven days, so a reader that
// ignores the flag still sees them as open.

import type { DemoOpeningHours, Weekday } from './demo-dataset.types.js';

export type HoursException = NonNullable<DemoOpeningHours['exceptions']>[number];
export type HoursSlot = readonly [Weekday, string, string];

const ALL_DAYS: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

/** The closures every municipal office in the demo shares (brief: 24, 25 and 31 December 2026). */
const CHRISTMAS_CLOSED: readonly HoursException[] = [
  { date: '2026-12-24', closed: true, note: 'Lukket juleaften' },
  { date: '2026-12-25', closed: true, note: 'Lukket 1. juledag' },
  { date: '2026-12-31', closed: true, note: 'Lukket nytårsaftensdag' },
];

const EXTRA_CLOSURES: readonly (readonly HoursException[])[] = [
  [{ date: '2027-01-01', closed: true, note: 'Lukket nytårsdag' }],
  [
    { date: '2026-12-23', closed: false, opens: '08:00', closes: '12:00', note: 'Lille juleaftensdag: lukker kl. 12' },
    { date: '2027-01-01', closed: true, note: 'Lukket nytårsdag' },
  ],
  [
    { date: '2026-04-02', closed: true, note: 'Lukket skærtorsdag' },
    { date: '2026-04-03', closed: true, note: 'Lukket langfredag' },
    { date: '2026-04-06', closed: true, note: 'Lukket 2. påskedag' },
    { date: '2026-05-14', closed: true, note: 'Lukket Kristi himmelfartsdag' },
    { date: '2026-05-25', closed: true, note: 'Lukket 2. pinsedag' },
  ],
  [{ date: '2026-06-05', closed: false, opens: '08:00', closes: '12:00', note: 'Grundlovsdag: åbent til kl. 12' }],
  [],
];

/** Christmas closures plus one of a few extra sets, chosen by `variant` (any integer). */
export function holidayExceptions(variant: number): HoursException[] {
  const extra = EXTRA_CLOSURES[Math.abs(variant) % EXTRA_CLOSURES.length] ?? [];
  return [...CHRISTMAS_CLOSED, ...extra];
}

export type OfficeVariant = 'standard' | 'long' | 'short' | 'late-thursday';

const OFFICE: Record<OfficeVariant, readonly HoursSlot[]> = {
  standard: [
    ['MON', '08:00', '15:00'],
    ['TUE', '08:00', '15:00'],
    ['WED', '08:00', '15:00'],
    ['THU', '08:00', '15:00'],
    ['FRI', '08:00', '13:00'],
  ],
  long: [
    ['MON', '08:00', '15:30'],
    ['TUE', '08:00', '15:30'],
    ['WED', '08:00', '15:30'],
    ['THU', '08:00', '15:30'],
    ['FRI', '08:00', '14:00'],
  ],
  short: [
    ['MON', '09:00', '12:00'],
    ['TUE', '09:00', '12:00'],
    ['WED', '09:00', '12:00'],
    ['THU', '09:00', '12:00'],
    ['FRI', '09:00', '12:00'],
  ],
  'late-thursday': [
    ['MON', '08:30', '15:00'],
    ['TUE', '08:30', '15:00'],
    ['WED', '08:30', '15:00'],
    ['THU', '08:30', '17:30'],
    ['FRI', '08:30', '13:00'],
  ],
};

export function slots(list: readonly HoursSlot[]): DemoOpeningHours['weekly'] {
  return list.map(([day, opens, closes]) => ({ day, opens, closes }));
}

/** Ordinary office hours (Mon–Fri) with holiday closures. */
export function officeHours(variant: OfficeVariant, holidayVariant: number, note?: string): DemoOpeningHours {
  return {
    weekly: slots(OFFICE[variant]),
    exceptions: holidayExceptions(holidayVariant),
    note: note ?? 'Lukket på helligdage',
  };
}

/** Hours given slot by slot, e.g. drop-in afternoons. */
export function customHours(list: readonly HoursSlot[], holidayVariant: number, note?: string): DemoOpeningHours {
  return {
    weekly: slots(list),
    exceptions: holidayExceptions(holidayVariant),
    ...(note === undefined ? {} : { note }),
  };
}

/** A line that is open day and night, every day of the year. */
export function alwaysOpen(note?: string): DemoOpeningHours {
  return {
    alwaysOpen: true,
    weekly: ALL_DAYS.map((day) => ({ day, opens: '00:00', closes: '23:59' })),
    note: note ?? 'Døgnåben – også weekender og helligdage',
  };
}

/** Same hours every day of the week (helplines with evening hours); open on public holidays too. */
export function everyDay(opens: string, closes: string, note?: string): DemoOpeningHours {
  return {
    openOnHolidays: true,
    weekly: ALL_DAYS.map((day) => ({ day, opens, closes })),
    ...(note === undefined ? {} : { note }),
  };
}
