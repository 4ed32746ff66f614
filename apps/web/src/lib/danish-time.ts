/** Dates and times in Danish, always in Copenhagen time (WEB.md: "lørdag 12. december kl. 23.30"). */
const ZONE = 'Europe/Copenhagen';

const moment = new Intl.DateTimeFormat('da-DK', {
  timeZone: ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const dateOnly = new Intl.DateTimeFormat('da-DK', { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The parts of a moment in Copenhagen (composed by hand: browsers' ICU versions word the whole differently). */
function pieces(at: string | Date): Record<string, string> {
  return Object.fromEntries(moment.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
}

/** "08.00" (Danish clock: a full stop between hours and minutes). */
export function formatClock(at: string | Date): string {
  const p = pieces(at);
  return `${p.hour}.${p.minute}`;
}

/** "lørdag 12. december kl. 23.30", with the year when it is not `reference`'s. */
export function formatDateTime(at: string | Date, reference: string | Date = at): string {
  const p = pieces(at);
  const year = p.year !== pieces(reference).year ? ` ${p.year}` : '';
  return `${p.weekday} ${p.day}. ${p.month}${year} kl. ${formatClock(at)}`;
}

/** "12. december 2026". */
export function formatDate(at: string | Date): string {
  return dateOnly.format(new Date(at));
}

/** A local "HH:MM" time from the API ("08:00") as "08.00". */
export function formatLocalClock(hhmm: string): string {
  return hhmm.replace(':', '.');
}

/** The date in Copenhagen, "2027-01-09". */
export const localDay = (at: string | Date) => dayKey.format(new Date(at));

/**
 * Now, to the minute: opening hours are given to the minute, so the answer is the same all of it, and the same
 * question asked again within it is the same request (the API may answer it from memory).
 */
export function thisMinute(): Date {
  return new Date(Math.floor(Date.now() / 60_000) * 60_000);
}

/** A value for <input type="datetime-local"> in Copenhagen time. */
export function localInputValue(at: Date): string {
  const p = pieces(at);
  return `${localDay(at)}T${p.hour}:${p.minute}`;
}

/** A moment read from the address or a form, or why it cannot be read (in Danish). */
export type ReadMoment = { ok: true; at: Date } | { ok: false; message: string };

const WALL_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
export const UNREADABLE_MOMENT = 'Tidspunktet kan ikke læses. Skriv det som 2027-01-09T23:30 (dansk tid) eller 2027-01-09T23:30:00+01:00.';
export const NONEXISTENT_MOMENT =
  'Klokkeslættet findes ikke i dansk tid: urene stilles en time frem, når sommertiden begynder. Vælg et andet klokkeslæt.';

/**
 * A date-time as the API reads it: with an offset as written; without one, Copenhagen wall time. An hour that
 * happens twice (autumn) is its first occurrence (summer time); an hour that is skipped (spring) is refused.
 */
export function readMoment(text: string): ReadMoment {
  const value = text.trim();
  const wall = WALL_TIME.exec(value);
  if (wall) {
    const [, date, hour, minute, second = '00', millis = '0'] = wall;
    const clock = `${hour}:${minute}`;
    // Summer time first: in the autumn overlap that is the first occurrence.
    for (const offset of ['+02:00', '+01:00']) {
      const at = new Date(`${date}T${clock}:${second}.${millis.padEnd(3, '0')}${offset}`);
      if (!Number.isNaN(at.getTime()) && localInputValue(at) === `${date}T${clock}`) return { ok: true, at };
    }
    const day = new Date(`${date}T12:00:00Z`);
    const exists = !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === date && Number(hour) < 24 && Number(minute) < 60;
    return { ok: false, message: exists ? NONEXISTENT_MOMENT : UNREADABLE_MOMENT };
  }
  const at = new Date(value);
  return WITH_OFFSET.test(value) && !Number.isNaN(at.getTime()) ? { ok: true, at } : { ok: false, message: UNREADABLE_MOMENT };
}
