// The one place that knows Denmark's time zone. Offsets come from the platform's time-zone data (Intl), so
// the rules (and any change to them) follow the tz database instead of arithmetic written here.
//
// A date-time written without an offset means Copenhagen wall time. Wall times that happen twice (the autumn
// hour when clocks go back, e.g. 2026-10-25T02:30) are their first occurrence, in summer time (+02:00);
// wall times that never happen (the spring hour skipped, e.g. 2027-03-28T02:30) are refused.

export const COPENHAGEN_ZONE = 'Europe/Copenhagen';

/** The earliest and latest years a date-time may be written with (wider ranges are typos or attacks). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const DAY_MINUTES = 1440;

/** A date-time a person wrote that cannot be read, lies outside the years allowed, or does not exist. */
export class DateTimeInputError extends Error {}

/** A Copenhagen wall time that does not exist (the hour skipped when summer time begins). */
export class NonexistentTimeError extends DateTimeInputError {}

// ---------------------------------------------------------------------------------------------------
// Offsets

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: COPENHAGEN_ZONE, timeZoneName: 'longOffset' });
const offsetCache = new Map<number, number>();
/** Since 1900 Copenhagen's offset changes only on whole UTC hours, so it can be cached by the hour. */
const CACHE_FROM = Date.UTC(FIRST_YEAR, 0, 1);

function zoneOffset(t: number): number {
  const name = offsetFormat.formatToParts(t).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]) + Number(match[4] ?? 0) / 60;
  return match[1] === '-' ? -minutes : minutes;
}

/** Copenhagen's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function copenhagenOffset(at: Date | number): number {
  const t = typeof at === 'number' ? at : at.getTime();
  if (t < CACHE_FROM) return zoneOffset(t);
  const hour = Math.floor(t / HOUR);
  let offset = offsetCache.get(hour);
  if (offset === undefined) {
    if (offsetCache.size > 50_000) offsetCache.clear();
    offsetCache.set(hour, (offset = zoneOffset(hour * HOUR)));
  }
  return offset;
}

// ---------------------------------------------------------------------------------------------------
// Instants → wall time

export interface CopenhagenParts {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO date in Copenhagen, "2026-12-12". */
  date: string;
  /** Minutes since local midnight. */
  minutes: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** Offset from UTC in minutes. */
  offset: number;
}

/** The wall-clock parts of an instant in Copenhagen. */
export function copenhagenParts(at: Date | number): CopenhagenParts {
  const t = typeof at === 'number' ? at : at.getTime();
  const offset = copenhagenOffset(t);
  const local = new Date(t + offset * MINUTE);
  const [hour, minute] = [local.getUTCHours(), local.getUTCMinutes()];
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour,
    minute,
    second: local.getUTCSeconds(),
    date: isoDate(local.getTime()),
    minutes: hour * 60 + minute,
    weekday: (local.getUTCDay() + 6) % 7,
    offset,
  };
}

/** The date in Copenhagen, "2026-12-12". */
export const copenhagenDate = (at: Date | number = new Date()): string => copenhagenParts(at).date;

/** ISO 8601 in Copenhagen time with its offset, e.g. "2026-03-30T08:00:00+02:00". */
export function formatCopenhagenIso(at: Date): string {
  const offset = copenhagenOffset(at);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(Math.round(offset));
  const zone = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${new Date(at.getTime() + offset * MINUTE).toISOString().slice(0, 19)}${zone}`;
}

// ---------------------------------------------------------------------------------------------------
// Wall time → instants

/** What to do with a wall time in the spring gap: refuse it, or move it forward by the hour skipped. */
export type GapRule = 'refuse' | 'later';

/**
 * The instant of a Copenhagen wall time: `date` ("2026-12-12") plus `minutes` since its midnight (may run
 * past 1440 into the next days; may be fractional for seconds). A time that happens twice is its first
 * occurrence; one that does not exist throws NonexistentTimeError, or with `gap: 'later'` moves forward by
 * the hour skipped (02:30 on the last Sunday of March is 03:30 summer time).
 */
export function copenhagenInstant(date: string, minutes: number, gap: GapRule = 'refuse'): Date {
  const days = Math.floor(minutes / DAY_MINUTES);
  const local = utcMidnight(addDays(date, days)) + (minutes - days * DAY_MINUTES) * MINUTE;
  const before = copenhagenOffset(local - DAY);
  const after = copenhagenOffset(local + DAY);
  // The larger offset gives the earlier instant: first occurrence first.
  for (const offset of before === after ? [before] : [Math.max(before, after), Math.min(before, after)]) {
    const t = local - offset * MINUTE;
    if (copenhagenOffset(t) === offset) return new Date(t);
  }
  if (gap === 'later') return new Date(local - before * MINUTE);
  const clock = `${pad(Math.floor((minutes - days * DAY_MINUTES) / 60))}:${pad(Math.floor(minutes % 60))}`;
  throw new NonexistentTimeError(
    `Klokken ${clock} den ${danishFormat.plainDate.format(new Date(`${addDays(date, days)}T00:00:00Z`))} findes ikke i dansk tid: ` +
      'urene stilles en time frem, når sommertiden begynder. Vælg et andet klokkeslæt, eller skriv tidspunktet med forskydning, fx "…T03:30:00+02:00".',
  );
}

// ---------------------------------------------------------------------------------------------------
// Reading what people write

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;
const EXTENDED_YEAR = /^[+-]\d{6}-/;

export const DATE_TIME_EXAMPLE = '"2026-12-12T23:30" (dansk tid) eller "2026-12-12T23:30:00+01:00"';

/**
 * A date-time in ISO 8601: with an offset ("…Z", "…+01:00") that instant; without one, Copenhagen wall time
 * (the autumn hour that happens twice is its first occurrence; the spring hour that does not exist is
 * refused); a date alone is its midnight in Copenhagen. Throws DateTimeInputError with a Danish message.
 */
export function parseDateTime(text: string): Date {
  const value = text.trim();
  const match = DATE_TIME.exec(value);
  if (!match) {
    if (EXTENDED_YEAR.test(value)) throw outOfRange();
    throw new DateTimeInputError(`Tidspunktet kan ikke læses. Skriv det i ISO 8601, fx ${DATE_TIME_EXAMPLE}.`);
  }
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (year < FIRST_YEAR || year > LAST_YEAR) throw outOfRange();
  const date = `${y}-${mo}-${d}`;
  if (month < 1 || month > 12 || day < 1 || day > 31 || isoDate(Date.parse(`${date}T00:00:00Z`)) !== date)
    throw new DateTimeInputError(`Datoen ${date} findes ikke. Skriv tidspunktet i ISO 8601, fx ${DATE_TIME_EXAMPLE}.`);
  if (hour > 23 || minute > 59 || second > 59)
    throw new DateTimeInputError(`Klokkeslættet findes ikke. Skriv tidspunktet i ISO 8601, fx ${DATE_TIME_EXAMPLE}.`);
  const millis = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  const minutes = hour * 60 + minute + (second + millis / 1000) / 60;
  if (!zone) return copenhagenInstant(date, minutes);
  const offset = zoneMinutes(zone);
  if (offset === null) throw new DateTimeInputError(`Forskydningen fra UTC kan ikke læses. Skriv fx ${DATE_TIME_EXAMPLE}.`);
  return new Date(Date.parse(`${date}T00:00:00Z`) + Math.round(minutes * MINUTE) - offset * MINUTE);
}

function zoneMinutes(zone: string): number | null {
  if (zone === 'Z' || zone === 'z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 18 || minutes > 59) return null;
  return (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function outOfRange(): DateTimeInputError {
  return new DateTimeInputError(`Tidspunktet skal ligge mellem år ${FIRST_YEAR} og ${LAST_YEAR}, fx ${DATE_TIME_EXAMPLE}.`);
}

/** Whether an instant lies within the years a date-time may be written with (in Copenhagen). */
export function inDateTimeRange(at: Date): boolean {
  const t = at.getTime();
  if (Number.isNaN(t)) return false;
  const { year } = copenhagenParts(t);
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

// ---------------------------------------------------------------------------------------------------
// Calendar dates

// Opening hours walk the calendar day by day for every record shown (the handover guide: some hundred a request),
// so a date's UTC midnight and a day's ISO date are each worked out once and kept (bounded, like the offsets).
const CALENDAR_CACHE_SIZE = 50_000;
const dayStarts = new Map<string, number>();
const isoDates = new Map<number, string>();

const midnights = new Map<string, number>();

/** Date.parse of the date's midnight in UTC ("2026-12-12T00:00:00Z"). */
function utcMidnight(date: string): number {
  let t = midnights.get(date);
  if (t === undefined) {
    t = Date.parse(`${date}T00:00:00Z`);
    if (midnights.size > CALENDAR_CACHE_SIZE) midnights.clear();
    midnights.set(date, t);
  }
  return t;
}

/** Date.UTC of the date's year, month and day (as written, so "2026-02-30" is 2 March). */
function dayStart(date: string): number {
  let start = dayStarts.get(date);
  if (start === undefined) {
    const [y, m, d] = date.split('-').map(Number);
    start = Date.UTC(y, m - 1, d);
    if (dayStarts.size > CALENDAR_CACHE_SIZE) dayStarts.clear();
    dayStarts.set(date, start);
  }
  return start;
}

export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) {
    const [y, m, d] = date.split('-').map(Number);
    return isoDate(Date.UTC(y, m - 1, d + days));
  }
  return isoDate(dayStart(date) + days * DAY);
}

/** The weekday of an ISO date: 0 = Monday … 6 = Sunday. */
export function weekdayOf(date: string): number {
  return (new Date(dayStart(date)).getUTCDay() + 6) % 7;
}

function isoDate(utcMs: number): string {
  const day = Math.floor(utcMs / DAY);
  let date = isoDates.get(day);
  if (date === undefined) {
    // An invalid time throws here (RangeError), as it always has; nothing is kept for it.
    date = new Date(utcMs).toISOString().slice(0, 10);
    if (isoDates.size > CALENDAR_CACHE_SIZE) isoDates.clear();
    isoDates.set(day, date);
  }
  return date;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// ---------------------------------------------------------------------------------------------------
// Danish formatters, all in Copenhagen time (but `plainDate`, for calendar dates stored without a zone)

const da = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('da-DK', { timeZone: COPENHAGEN_ZONE, ...options });

export const danishFormat = {
  /** "12. december 2026". */
  date: da({ day: 'numeric', month: 'long', year: 'numeric' }),
  /** "lørdag". */
  weekday: da({ weekday: 'long' }),
  /** "lørdag den 12. december 2026". */
  weekdayDate: da({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
  /** "23.30". */
  clock: da({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  /** "12. december 2026 kl. 23.30". */
  dateTime: da({ dateStyle: 'long', timeStyle: 'short' }),
  /** "lørdag den 12. december 2026 kl. 23.30". */
  fullDateTime: da({ dateStyle: 'full', timeStyle: 'short' }),
  /** "12.12.2026, 23.30.00". */
  shortDateTime: da({ dateStyle: 'short', timeStyle: 'medium' }),
  /** A calendar date ("2026-12-12" read at UTC midnight) as "12. december 2026". */
  plainDate: new Intl.DateTimeFormat('da-DK', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }),
} as const;
