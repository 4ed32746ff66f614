import ICAL from 'ical.js';
import { CALENDAR_ZONE, COPENHAGEN_VTIMEZONE, copenhagenInstant, copenhagenParts, type CopenhagenParts } from '#core';

/** Supervision sessions keep their Copenhagen wall-clock time across summer and winter time. */
export const SUPERVISION_ZONE = CALENDAR_ZONE;
/** A group meets "through a year": the expansion stops after a year or this many sessions. */
export const MAX_SESSIONS = 60;
const HORIZON_MS = 366 * 24 * 60 * 60 * 1000;
/** Candidates ical.js may give before we stop looking (rules that skip most of them). */
const MAX_CANDIDATES = 5000;

const FREQUENCIES = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
const DAY = '(MO|TU|WE|TH|FR|SA|SU)';
const PART_CHECKS: Record<string, RegExp> = {
  FREQ: /^[A-Z]+$/,
  INTERVAL: /^[1-9]\d{0,2}$/,
  COUNT: /^[1-9]\d{0,2}$/,
  UNTIL: /^\d{8}(T\d{6}Z?)?$/,
  BYDAY: new RegExp(`^([+-]?[1-5]?\\d?)?${DAY}(,([+-]?[1-5]?\\d?)?${DAY})*$`),
  BYMONTHDAY: /^-?\d{1,2}(,-?\d{1,2})*$/,
  BYMONTH: /^\d{1,2}(,\d{1,2})*$/,
  BYSETPOS: /^-?\d{1,3}(,-?\d{1,3})*$/,
  WKST: new RegExp(`^${DAY}$`),
};

/** Denmark's rules since 1996 (EU summer time), as in the calendar feeds: ical.js iterates in it; instants come from core's zone. */
const VTIMEZONE = ['BEGIN:VCALENDAR', ...COPENHAGEN_VTIMEZONE, 'END:VCALENDAR'].join('\r\n');

let zone: ICAL.Timezone | null = null;
function copenhagen(): ICAL.Timezone {
  if (!zone) {
    const component = new ICAL.Component(ICAL.parse(VTIMEZONE)).getFirstSubcomponent('vtimezone');
    if (!component) throw new Error('VTIMEZONE mangler');
    zone = new ICAL.Timezone(component);
  }
  return zone;
}

export type WallClock = Pick<CopenhagenParts, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'>;

/** The instant as Copenhagen wall-clock time. */
export function wallClockOf(instant: Date): WallClock {
  const { year, month, day, hour, minute, second } = copenhagenParts(instant);
  return { year, month, day, hour, minute, second };
}

/** The Copenhagen calendar day of an instant, "2027-03-30". */
export function copenhagenDate(instant: Date): string {
  return copenhagenParts(instant).date;
}

/** Copenhagen wall-clock time → the instant (a time skipped in spring moves forward by the hour skipped). */
export function instantOf(wall: WallClock): Date {
  const date = `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
  return copenhagenInstant(date, wall.hour * 60 + wall.minute + wall.second / 60, 'later');
}

export type ParsedRule = { ok: true; rule: string; recur: ICAL.Recur; parts: Map<string, string> } | { ok: false; message: string };

const EXAMPLE = 'fx "FREQ=WEEKLY;INTERVAL=3;BYDAY=TU;COUNT=12"';

/**
 * Checks an RFC 5545 RRULE strictly (ical.js itself ignores parts it does not know) and returns it
 * normalised: upper case, without "RRULE:", a date-only or local UNTIL turned into UTC at the end
 * of that Copenhagen day or time.
 */
export function parseRule(input: string): ParsedRule {
  const raw = input
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
  if (!raw || raw.length > 300) return { ok: false, message: `Angiv en gentagelsesregel (RRULE), ${EXAMPLE}.` };
  const parts = new Map<string, string>();
  for (const piece of raw.split(';')) {
    const [key, value, ...rest] = piece.split('=');
    const check = PART_CHECKS[key];
    if (!check) return { ok: false, message: `Ukendt eller ikke understøttet del i reglen: "${piece}". Brug ${EXAMPLE}.` };
    if (value === undefined || rest.length || !check.test(value)) return { ok: false, message: `Ugyldig værdi i reglen: "${piece}".` };
    if (parts.has(key)) return { ok: false, message: `${key} står mere end én gang i reglen.` };
    parts.set(key, value);
  }
  const freq = parts.get('FREQ');
  if (!freq || !FREQUENCIES.has(freq)) return { ok: false, message: 'FREQ skal være DAILY, WEEKLY, MONTHLY eller YEARLY.' };
  if (parts.has('COUNT') && parts.has('UNTIL')) return { ok: false, message: 'Reglen må ikke have både COUNT og UNTIL.' };
  if (!numbersWithin(parts.get('BYMONTHDAY'), 1, 31) || !numbersWithin(parts.get('BYMONTH'), 1, 12, false)) {
    return { ok: false, message: 'BYMONTHDAY skal være 1–31 (eller -1 til -31) og BYMONTH 1–12.' };
  }
  if (!numbersWithin(parts.get('BYSETPOS'), 1, 366)) return { ok: false, message: 'BYSETPOS skal være 1–366 (eller negativ).' };
  const until = parts.get('UNTIL');
  if (until && !until.endsWith('Z')) parts.set('UNTIL', utcUntil(until));
  const rule = [...parts].map(([key, value]) => `${key}=${value}`).join(';');
  try {
    return { ok: true, rule, recur: ICAL.Recur.fromString(rule), parts };
  } catch (error) {
    return { ok: false, message: `Reglen kunne ikke læses: ${error instanceof Error ? error.message : String(error)}.` };
  }
}

export interface Schedule {
  recurrence: string;
  /** The first session; its Copenhagen time of day is kept for every session. */
  firstSessionAt: Date;
  sessionMinutes: number;
  /** Copenhagen days without a session, "2027-04-13". */
  exceptions: readonly string[];
}

export interface SessionSlot {
  startsAt: Date;
  endsAt: Date;
}

export type Expansion = { ok: true; rule: string; slots: SessionSlot[] } | { ok: false; message: string };

/**
 * The sessions of a schedule: the first session and the rule's later occurrences, in Copenhagen
 * wall-clock time (13:00 stays 13:00 in summer and winter), without the exception days, for at
 * most a year after the first session and at most MAX_SESSIONS sessions.
 */
export function expandSessions(schedule: Schedule): Expansion {
  const parsed = parseRule(schedule.recurrence);
  if (!parsed.ok) return parsed;
  const first = new Date(Math.floor(schedule.firstSessionAt.getTime() / 1000) * 1000);
  if (Number.isNaN(first.getTime())) return { ok: false, message: 'Ugyldigt tidspunkt for første møde.' };
  const horizon = first.getTime() + HORIZON_MS;
  const skipped = new Set(schedule.exceptions);
  const iterator = parsed.recur.iterator(ICAL.Time.fromData({ ...wallClockOf(first), isDate: false }, copenhagen()));
  const slots: SessionSlot[] = [];
  let matched = 0;
  for (
    let next = iterator.next(), index = 0;
    next && index < MAX_CANDIDATES && slots.length < MAX_SESSIONS;
    next = iterator.next(), index++
  ) {
    const startsAt = instantOf(next);
    if (startsAt.getTime() > horizon) break;
    if (!matchesDayParts(next, parsed.parts)) continue;
    // A first session the rule does not give is left out by ical.js (RFC 5545 leaves it undefined): refuse it instead.
    if (matched++ === 0 && startsAt.getTime() !== first.getTime()) {
      return { ok: false, message: 'Første møde skal ligge på en dag og et tidspunkt, som reglen giver (fx en tirsdag ved BYDAY=TU).' };
    }
    if (skipped.has(`${next.year}-${pad(next.month)}-${pad(next.day)}`)) continue;
    slots.push({ startsAt, endsAt: new Date(startsAt.getTime() + schedule.sessionMinutes * 60_000) });
  }
  if (!slots.length) return { ok: false, message: 'Reglen giver ingen møder inden for et år efter første møde (undtagelser fraregnet).' };
  return { ok: true, rule: parsed.rule, slots };
}

/** ical.js can roll an impossible day over into the next month (30 February → 2 March); such candidates are dropped. */
function matchesDayParts(time: ICAL.Time, parts: Map<string, string>): boolean {
  const months = parts.get('BYMONTH');
  if (months && !months.split(',').map(Number).includes(time.month)) return false;
  const days = parts.get('BYMONTHDAY');
  if (!days) return true;
  const inMonth = ICAL.Time.daysInMonth(time.month, time.year);
  return days
    .split(',')
    .map(Number)
    .some((d) => (d > 0 ? d === time.day : inMonth + d + 1 === time.day));
}

function numbersWithin(list: string | undefined, min: number, max: number, negative = true): boolean {
  if (!list) return true;
  return list.split(',').every((v) => {
    const n = Math.abs(Number(v));
    return Number.isInteger(n) && n >= min && n <= max && (negative || !v.startsWith('-'));
  });
}

/** "20271231" or "20271231T120000" (Copenhagen time) → "20271231T225959Z" / "20271231T110000Z". */
function utcUntil(until: string): string {
  const [year, month, day] = [until.slice(0, 4), until.slice(4, 6), until.slice(6, 8)].map(Number);
  const time = until.length > 8 ? until.slice(9) : '235959';
  const [hour, minute, second] = [time.slice(0, 2), time.slice(2, 4), time.slice(4, 6)].map(Number);
  return instantOf({ year, month, day, hour, minute, second })
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
