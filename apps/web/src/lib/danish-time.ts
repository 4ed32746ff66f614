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

/** A value for <input type="datetime-local"> in Copenhagen time. */
export function localInputValue(at: Date): string {
  const p = pieces(at);
  return `${localDay(at)}T${p.hour}:${p.minute}`;
}

/** The instant of a datetime-local value read as Copenhagen time (either offset of the day). */
export function fromLocalInput(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  for (const offset of ['+01:00', '+02:00']) {
    const at = new Date(`${value}:00${offset}`);
    if (localInputValue(at) === value) return at;
  }
  return null;
}
