import { danishFormat } from '#core';

const { date: dateFormat, weekday: weekdayFormat, clock: timeFormat, plainDate: plainDateFormat } = danishFormat;

/** "10. februar 2027"; a plain date ("2027-02-10") is taken as that calendar day, a time as Danish local time. */
export function danishDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? plainDateFormat.format(new Date(`${iso}T00:00:00Z`)) : dateFormat.format(new Date(iso));
}

/** "09.00" in Danish local time. */
export function danishTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

/** "onsdag den 10. februar 2027 kl. 09.00–15.30" (both ends on the same day), or with the end date when it is later. */
export function danishPeriod(startsAt: string, endsAt: string): string {
  const start = `${weekdayFormat.format(new Date(startsAt))} den ${danishDate(startsAt)} kl. ${danishTime(startsAt)}`;
  return danishDate(startsAt) === danishDate(endsAt)
    ? `${start}–${danishTime(endsAt)}`
    : `${start} til ${weekdayFormat.format(new Date(endsAt))} den ${danishDate(endsAt)} kl. ${danishTime(endsAt)}`;
}
