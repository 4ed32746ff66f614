import type { HoursLike } from '#directory';

const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
const SHORT: Record<(typeof DAYS)[number], string> = { MON: 'man', TUE: 'tir', WED: 'ons', THU: 'tor', FRI: 'fre', SAT: 'lør', SUN: 'søn' };

const clock = (hhmm: string) => hhmm.replace(':', '.');

/**
 * Weekly opening hours in a line of Danish, consecutive days with the same hours run together:
 * "man–tor 08.00–15.00, fre 08.00–13.00; lukket på helligdage". Null when there are none.
 */
export function hoursText(hours: (HoursLike & { note?: string | null }) | null | undefined): string | null {
  if (!hours) return null;
  const note = hours.note ? ` (${hours.note})` : '';
  if (hours.alwaysOpen) return hours.note?.startsWith('Døgnåben') ? hours.note : `Døgnåben${note}`;
  const perDay = DAYS.map((day) =>
    hours.weekly
      .filter((w) => w.day === day)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((w) => `${clock(w.opens)}–${clock(w.closes)}`)
      .join(' og '),
  );
  const runs: string[] = [];
  for (let i = 0; i < DAYS.length;) {
    let j = i;
    while (j + 1 < DAYS.length && perDay[j + 1] === perDay[i]) j++;
    if (perDay[i]) runs.push(`${SHORT[DAYS[i]]}${j > i ? `–${SHORT[DAYS[j]]}` : ''} ${perDay[i]}`);
    i = j + 1;
  }
  if (!runs.length) return hours.note ?? null;
  const holidays = hours.openOnHolidays || /helligdag/i.test(hours.note ?? '') ? '' : '; lukket på helligdage';
  return `${runs.join(', ')}${holidays}${note}`;
}
