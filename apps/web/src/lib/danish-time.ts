/** Dates and times in Danish, always in Copenhagen time (WEB.md: "lørdag 12. december kl. 23.30"). */
const ZONE = 'Europe/Copenhagen';

const dateTimeParts = new Intl.DateTimeFormat('da-DK', {
  timeZone: ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const dateOnly = new Intl.DateTimeFormat('da-DK', { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const weekdayShort = new Intl.DateTimeFormat('da-DK', { timeZone: ZONE, weekday: 'short' });
const clock = new Intl.DateTimeFormat('da-DK', { timeZone: ZONE, hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** "lørdag 12. december kl. 23.30" (composed from parts: browsers' ICU versions word it differently). */
export function formatDateTime(iso: string | Date): string {
  const parts = dateTimeParts.formatToParts(new Date(iso));
  return `${part(parts, 'weekday')} ${part(parts, 'day')}. ${part(parts, 'month')} kl. ${part(parts, 'hour')}.${part(parts, 'minute')}`;
}

/** "12. december 2026". */
export function formatDate(iso: string | Date): string {
  return dateOnly.format(new Date(iso));
}

/** "8.00" (Danish clock: a full stop between hours and minutes). */
export function formatClock(iso: string | Date): string {
  return clock.format(new Date(iso)).replace(':', '.');
}

/** "man. kl. 8.00" within the coming week of `from`, else "mandag 4. januar kl. 8.00". */
export function formatNextTime(iso: string, from: Date = new Date()): string {
  const at = new Date(iso);
  const days = (at.getTime() - from.getTime()) / 86_400_000;
  if (days < 6) return `${weekdayShort.format(at)} kl. ${formatClock(at)}`;
  return `${formatDateTime(at).split(' kl. ')[0]} kl. ${formatClock(at)}`;
}

/** A local "HH:MM" time from the API ("08:00") as "8.00". */
export function formatLocalClock(hhmm: string): string {
  const [h, m] = hhmm.split(':');
  return `${Number(h)}.${m}`;
}
