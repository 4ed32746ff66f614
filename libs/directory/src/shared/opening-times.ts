// Opening times in Copenhagen: Danish public holidays, whether a record is open at a moment, when it
// next opens, and the plain fields a search engine filters on.
//
// What a day's hours are, first rule that applies:
//   1. an exception for that date (closed, or its own hours) — also on an always-open line;
//   2. `alwaysOpen`: open all day;
//   3. a Danish public holiday (helligdag): closed, unless `openOnHolidays` says the weekly hours apply;
//   4. the weekly hours of that weekday.
// An interval whose closing time is earlier than its opening time runs past midnight and belongs to the
// day it opened on (a Friday 22:00–02:00 line on a Saturday holiday is open until 02:00). "23:59" and
// "24:00" both mean midnight, so "00:00–23:59" every day is open without a gap.

import { addDays, copenhagenInstant, copenhagenParts, formatCopenhagenIso, weekdayOf } from '#core';
import { Weekday } from './enums.js';

/** The parts of OpeningHours these functions read (jsonb rows written before `openOnHolidays` lack it). */
export interface HoursLike {
  alwaysOpen: boolean;
  openOnHolidays?: boolean | null;
  weekly: { day: Weekday | string; opens: string; closes: string }[];
  exceptions: { date: string; closed: boolean; opens?: string | null; closes?: string | null }[];
}

// ---------------------------------------------------------------------------------------------------
// Danish public holidays

export interface PublicHoliday {
  /** ISO date. */
  date: string;
  /** Danish name, e.g. "Langfredag". */
  name: string;
}

/** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

const holidayCache = new Map<number, PublicHoliday[]>();

/**
 * The public holidays (helligdage) of a year, by date. Store bededag (4th Friday after Easter) was
 * abolished from 2024 and counts only up to 2023. Juleaftensdag (24/12), grundlovsdag (5/6),
 * nytårsaftensdag (31/12) and 1. maj are not public holidays: many places close or close early, and
 * they say so with an exception for the date.
 */
export function danishPublicHolidays(year: number): PublicHoliday[] {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const relative: [number, string][] = [
    [-3, 'Skærtorsdag'],
    [-2, 'Langfredag'],
    [0, 'Påskedag'],
    [1, '2. påskedag'],
    ...(year <= 2023 ? ([[26, 'Store bededag']] as [number, string][]) : []),
    [39, 'Kristi himmelfartsdag'],
    [49, 'Pinsedag'],
    [50, '2. pinsedag'],
  ];
  const holidays = [
    { date: `${year}-01-01`, name: 'Nytårsdag' },
    ...relative.map(([days, name]) => ({ date: addDays(easter, days), name })),
    { date: `${year}-12-25`, name: 'Juledag' },
    { date: `${year}-12-26`, name: '2. juledag' },
  ];
  holidayCache.set(year, holidays);
  return holidays;
}

export function publicHolidayOn(date: string): PublicHoliday | null {
  return danishPublicHolidays(Number(date.slice(0, 4))).find((h) => h.date === date) ?? null;
}

// ---------------------------------------------------------------------------------------------------
// Copenhagen wall-clock time (the zone itself lives in core's time/copenhagen.ts)

const DAY_MINUTES = 1440;
const WEEKDAYS: readonly Weekday[] = [Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI, Weekday.SAT, Weekday.SUN];

export interface WallClock {
  /** ISO date in Copenhagen. */
  date: string;
  /** Minutes since local midnight. */
  minutes: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

export function wallClock(at: Date): WallClock {
  const { date, minutes, weekday } = copenhagenParts(at);
  return { date, minutes, weekday };
}

/**
 * The instant of a Copenhagen wall-clock time (`minutes` may run past 1440 into the next days). A time
 * that happens twice (autumn) is its first occurrence; one that does not exist (spring) moves forward
 * by the hour that was skipped: an opening at 02:30 on the last Sunday of March opens at 03:30 CEST.
 */
export function instantOf(date: string, minutes: number): Date {
  return copenhagenInstant(date, minutes, 'later');
}

/** ISO 8601 in Copenhagen time with its offset, e.g. "2026-03-30T08:00:00+02:00". */
export const formatCopenhagen = formatCopenhagenIso;

// ---------------------------------------------------------------------------------------------------
// Day plans and the state at a moment

function toMinutes(hhmm: string): number {
  if (hhmm === '23:59') return DAY_MINUTES;
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** [start, end) in minutes from the opening day's midnight; end > start (past midnight: up to 2880). */
function span(opens: string, closes: string): [number, number] {
  const start = toMinutes(opens);
  const end = toMinutes(closes);
  return [start, end > start ? end : end + DAY_MINUTES];
}

/** The intervals a date's hours open, by the rules at the top of this file. */
export function dayPlan(hours: HoursLike, date: string): [number, number][] {
  const exceptions = hours.exceptions.filter((e) => e.date === date);
  if (exceptions.length) {
    return exceptions.filter((e) => !e.closed && e.opens && e.closes).map((e) => span(e.opens!, e.closes!));
  }
  if (hours.alwaysOpen) return [[0, DAY_MINUTES]];
  if (!hours.openOnHolidays && publicHolidayOn(date)) return [];
  const weekday = WEEKDAYS[weekdayOf(date)];
  return hours.weekly.filter((w) => w.day === weekday).map((w) => span(w.opens, w.closes));
}

export interface OpeningState {
  openNow: boolean;
  /** When the current opening ends; null when closed, or open for at least the next year. */
  closesAt: Date | null;
  /** The next moment after `at` it opens (after the current opening, when open); null: not within a year. */
  nextOpensAt: Date | null;
  /** The public holiday on `at`'s date in Copenhagen, if any. */
  holiday: string | null;
}

/** The farthest ahead (days) the state is looked for: exceptions are rarely set further out. */
const HORIZON_DAYS = 400;

/** Open or not at `at`, until when, and when it next opens, in Copenhagen time. */
export function openingState(hours: HoursLike, at: Date): OpeningState {
  const { date } = wallClock(at);
  const t = at.getTime();
  const holiday = publicHolidayOn(date)?.name ?? null;
  const later = hours.exceptions.filter((e) => e.date >= addDays(date, -1));
  // Shortcuts for the two common cases that would otherwise be walked for a whole year.
  if (hours.alwaysOpen && later.length === 0) return { openNow: true, closesAt: null, nextOpensAt: null, holiday };
  if (!hours.alwaysOpen && hours.weekly.length === 0 && !later.some((e) => !e.closed))
    return { openNow: false, closesAt: null, nextOpensAt: null, holiday };

  // Openings are added day by day, so in order of start; each merges into the last when they touch.
  const merged: [number, number][] = [];
  for (let day = -1; day <= HORIZON_DAYS; day++) {
    const d = addDays(date, day);
    const plan = dayPlan(hours, d).sort((a, b) => a[0] - b[0]);
    for (const [start, end] of plan) {
      const [s, e] = [instantOf(d, start).getTime(), instantOf(d, end).getTime()];
      const last = merged.at(-1);
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else if (e > s) merged.push([s, e]);
    }
    // Settled once the next opening is known and the current one (if any) ends before the next day.
    const current = merged.find(([start, end]) => start <= t && t < end);
    const next = merged.find(([start]) => start > t);
    const nextDay = instantOf(d, DAY_MINUTES).getTime();
    if (next && (!current || current[1] < nextDay)) return state(current, next, holiday);
  }
  // Nothing settled within the horizon: an opening still running at its end has no closing time.
  const end = instantOf(addDays(date, HORIZON_DAYS), DAY_MINUTES).getTime();
  const current = merged.find(([start, stop]) => start <= t && t < stop);
  return state(
    current && (current[1] < end ? current : [current[0], null]),
    merged.find(([start]) => start > t),
    holiday,
  );
}

function state(current: [number, number | null] | undefined, next: [number, number] | undefined, holiday: string | null): OpeningState {
  return {
    openNow: current !== undefined,
    closesAt: current && current[1] !== null ? new Date(current[1]) : null,
    nextOpensAt: next ? new Date(next[0]) : null,
    holiday,
  };
}

// ---------------------------------------------------------------------------------------------------
// Filterable fields for search engines. Time is cut into quarter hours: a slot is open when its first
// minute is. Weekly slots are numbered weekday × 192 + quarter, counted from the opening day's midnight,
// so a quarter past midnight of an overnight opening (96–191) stays with the day it opened on and the
// holiday rule can be applied to that day. Exceptions are "date/quarter" strings.

export const SLOT_MINUTES = 15;
const QUARTERS_PER_DAY = DAY_MINUTES / SLOT_MINUTES;
const WEEKDAY_STRIDE = 2 * QUARTERS_PER_DAY;

/** What a search document stores about its opening hours; plain arrays and booleans for any engine. */
export interface OpeningFields {
  alwaysOpen: boolean;
  openOnHolidays: boolean;
  /** Weekly open slots (weekday × 192 + quarter from the opening day's midnight); empty when always open. */
  openSlots: number[];
  /** Dates with an exception. */
  exceptionDates: string[];
  /** "YYYY-MM-DD/quarter" for every open quarter of an exception date (quarters ≥ 96 run past midnight). */
  exceptionOpen: string[];
}

export const NO_OPENING_FIELDS: OpeningFields = {
  alwaysOpen: false,
  openOnHolidays: false,
  openSlots: [],
  exceptionDates: [],
  exceptionOpen: [],
};

function quarters([start, end]: [number, number]): number[] {
  const list: number[] = [];
  for (let q = Math.ceil(start / SLOT_MINUTES); q * SLOT_MINUTES < end; q++) list.push(q);
  return list;
}

export function openingFields(hours: HoursLike | null): OpeningFields {
  if (!hours) return NO_OPENING_FIELDS;
  const weekly = hours.alwaysOpen
    ? []
    : hours.weekly.flatMap((w) => quarters(span(w.opens, w.closes)).map((q) => WEEKDAYS.indexOf(w.day as Weekday) * WEEKDAY_STRIDE + q));
  return {
    alwaysOpen: hours.alwaysOpen,
    openOnHolidays: hours.openOnHolidays ?? false,
    openSlots: [...new Set(weekly)].sort((a, b) => a - b),
    exceptionDates: [...new Set(hours.exceptions.map((e) => e.date))].sort(),
    exceptionOpen: [
      ...new Set(
        hours.exceptions
          .filter((e) => !e.closed && e.opens && e.closes)
          .flatMap((e) => quarters(span(e.opens!, e.closes!)).map((q) => `${e.date}/${q}`)),
      ),
    ],
  };
}

/** What a search for "open at this moment" asks of the fields above. */
export interface OpenAtFilter {
  /** The moment's date in Copenhagen, and the day before (whose overnight openings may still run). */
  date: string;
  previousDate: string;
  /** Weekly slot of the moment on its own day, and as a past-midnight slot of the day before. */
  slot: number;
  spillSlot: number;
  /** Exception keys: "date/quarter" and "previousDate/(96 + quarter)". */
  dayKey: string;
  spillKey: string;
  holiday: boolean;
  previousHoliday: boolean;
}

export function openAtFilter(at: Date): OpenAtFilter {
  const { date, minutes, weekday } = wallClock(at);
  const quarter = Math.floor(minutes / SLOT_MINUTES);
  const previousDate = addDays(date, -1);
  return {
    date,
    previousDate,
    slot: weekday * WEEKDAY_STRIDE + quarter,
    spillSlot: ((weekday + 6) % 7) * WEEKDAY_STRIDE + QUARTERS_PER_DAY + quarter,
    dayKey: `${date}/${quarter}`,
    spillKey: `${previousDate}/${QUARTERS_PER_DAY + quarter}`,
    holiday: publicHolidayOn(date) !== null,
    previousHoliday: publicHolidayOn(previousDate) !== null,
  };
}

/**
 * The filter every engine implements, in plain code: open today by an exception, by being always open,
 * or by the weekly hours (not on a holiday unless open on holidays); or still open from yesterday.
 */
export function matchesOpenAt(doc: OpeningFields, q: OpenAtFilter): boolean {
  const today =
    doc.exceptionOpen.includes(q.dayKey) ||
    (!doc.exceptionDates.includes(q.date) && (doc.alwaysOpen || ((!q.holiday || doc.openOnHolidays) && doc.openSlots.includes(q.slot))));
  const fromYesterday =
    doc.exceptionOpen.includes(q.spillKey) ||
    (!doc.exceptionDates.includes(q.previousDate) && (!q.previousHoliday || doc.openOnHolidays) && doc.openSlots.includes(q.spillSlot));
  return today || fromYesterday;
}
