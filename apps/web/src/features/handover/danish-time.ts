const ZONE = 'Europe/Copenhagen';
const parts = new Intl.DateTimeFormat('da-DK', {
  timeZone: ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

function pieces(at: Date): Record<string, string> {
  return Object.fromEntries(parts.formatToParts(at).map((p) => [p.type, p.value]));
}

/** "kl. 23.30" in Copenhagen time. */
export function clock(at: Date): string {
  const p = pieces(at);
  return `kl. ${p.hour}.${p.minute}`;
}

/** "lørdag 9. januar kl. 23.30" (with the year when it is not `reference`'s). */
export function danishMoment(at: Date, reference: Date = at): string {
  const p = pieces(at);
  const year = p.year !== pieces(reference).year ? ` ${p.year}` : '';
  return `${p.weekday} ${p.day}. ${p.month}${year} ${clock(at)}`;
}

/** The date in Copenhagen, "2027-01-09". */
export const localDay = (at: Date) => dayKey.format(at);

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

export interface OpeningLike {
  openNow: boolean;
  closesAt?: string | null;
  nextOpensAt?: string | null;
  holiday?: string | null;
}

/** "Åben nu – døgnåben", "Åben nu – lukker kl. 15.00", "Lukket – åbner mandag 11. januar kl. 08.00" (words, not colour). */
export function openingWords(status: OpeningLike | null | undefined, at: Date, now: boolean): string {
  if (!status) return 'Åbningstid ikke oplyst';
  const state = status.openNow ? (now ? 'Åben nu' : 'Åben på tidspunktet') : 'Lukket';
  const holiday = status.holiday ? ` (${status.holiday})` : '';
  if (status.openNow) {
    if (!status.closesAt) return `${state}${holiday} – døgnåben`;
    const closes = new Date(status.closesAt);
    return `${state}${holiday} – lukker ${localDay(closes) === localDay(at) ? clock(closes) : danishMoment(closes, at)}`;
  }
  return status.nextOpensAt ? `${state}${holiday} – åbner ${danishMoment(new Date(status.nextOpensAt), at)}` : `${state}${holiday}`;
}

/** "tel:+4570004655" for a phone number as people write it. */
export const telHref = (value: string) => `tel:${value.replace(/[^+\d]/g, '')}`;
