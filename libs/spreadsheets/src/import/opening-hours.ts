import { Weekday } from '#directory';

/** What an "Åbningstid" cell says: weekly hours (or open day and night), and whether all of the text was understood. */
export interface ParsedHours {
  alwaysOpen: boolean;
  weekly: { day: Weekday; opens: string; closes: string }[];
  /** false: some of the text was not understood; the import keeps the whole text as the note and warns. */
  complete: boolean;
}

const WEEK = [Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI, Weekday.SAT, Weekday.SUN];
const DAY_NAMES: [RegExp, number][] = [
  [/^man/, 0],
  [/^tir/, 1],
  [/^ons/, 2],
  [/^tor/, 3],
  [/^fre/, 4],
  [/^lør/, 5],
  [/^søn/, 6],
];
const DAY = '(?:mandag|man|tirsdag|tirs|tir|onsdag|ons|torsdag|tors|tor|fredag|fre|lørdag|lør|søndag|søn)\\.?';
const TO = '\\s*(?:-|–|—|til)\\s*';
const DAY_SPAN = `${DAY}(?:${TO}${DAY})?`;
const DAYS = `(?:hverdage|alle\\s+dage|dagligt|weekend(?:en)?|${DAY_SPAN}(?:\\s*(?:,|og|&|/)\\s*${DAY_SPAN})*)`;
const TIME = '\\d{1,2}(?:[.:]\\d{2})?';
const SPAN = `(?:kl\\.?\\s*)?${TIME}${TO}${TIME}`;
const SEGMENT = new RegExp(`(${DAYS})\\s*:?\\s*(?:(${SPAN}(?:\\s*(?:og|,|&)\\s*${SPAN})*)|(lukket))`, 'g');
const ALWAYS = /^(?:døgnåben(?:t)?|døgnet\s+rundt|åbent\s+(?:hele\s+)?døgnet|hele\s+døgnet|24\s*\/\s*7|24\s*timer\s+i\s+døgnet)$/;
/** What may stand between segments without meaning anything. */
const FILLER = /^[\s,;.&/]*(?:(?:og|samt)[\s,;.&/]*)*$/;

function dayIndex(name: string): number {
  return DAY_NAMES.find(([pattern]) => pattern.test(name))![1];
}

function daysOf(text: string): number[] {
  if (text === 'hverdage') return [0, 1, 2, 3, 4];
  if (/^weekend/.test(text)) return [5, 6];
  if (/^(alle|dagligt)/.test(text)) return [0, 1, 2, 3, 4, 5, 6];
  const days: number[] = [];
  for (const part of text.split(/\s*(?:,|og|&|\/)\s*/)) {
    const [from, to] = part.split(new RegExp(TO)).map(dayIndex);
    for (let d = from; ; d = (d + 1) % 7) {
      days.push(d);
      if (to === undefined || d === to) break;
    }
  }
  return days;
}

/** "8" → "08:00", "16.30" → "16:30"; null when not a time of day. */
function clock(text: string): string | null {
  const [h, m = '00'] = text.split(/[.:]/);
  const hour = Number(h);
  const minute = Number(m);
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return null;
  return `${String(hour).padStart(2, '0')}:${m.padStart(2, '0')}`;
}

/**
 * The usual Danish ways of writing opening hours: "man-fre 8-15", "Mandag-torsdag 9.00-16.00, fredag 9-14",
 * "hverdage 8:30-15", "lør og søn 10-12", "døgnåbent", "døgnet rundt", "lukket". A later mention of a day replaces an earlier one.
 */
export function parseOpeningHours(input: string): ParsedHours {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (ALWAYS.test(text)) return { alwaysOpen: true, weekly: [], complete: true };
  if (/^(?:lukket|altid lukket)$/.test(text)) return { alwaysOpen: false, weekly: [], complete: true };
  const byDay = new Map<number, { opens: string; closes: string }[]>();
  let rest = '';
  let last = 0;
  let valid = true;
  for (const match of text.matchAll(SEGMENT)) {
    rest += text.slice(last, match.index);
    last = match.index + match[0].length;
    const spans = match[2]
      ? [...match[2].matchAll(new RegExp(`(${TIME})${TO}(${TIME})`, 'g'))].map(([, a, b]) => ({ opens: clock(a), closes: clock(b) }))
      : [];
    if (spans.some((s) => !s.opens || !s.closes || s.opens === s.closes)) {
      valid = false;
      continue;
    }
    for (const day of daysOf(match[1])) byDay.set(day, spans as { opens: string; closes: string }[]);
  }
  rest += text.slice(last);
  const weekly = [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([day, spans]) => spans.map((span) => ({ day: WEEK[day], ...span })));
  return { alwaysOpen: false, weekly, complete: valid && byDay.size > 0 && FILLER.test(rest) };
}

/** The hours an import sets from a cell: fully understood, no note; otherwise the text is kept as the note. */
export interface SheetHours {
  alwaysOpen?: boolean;
  weekly?: ParsedHours['weekly'];
  note: string | null;
}

/** The hours of an "Åbningstid" cell ("" clears only the note), and whether it needs a warning. */
export function sheetHours(text: string | null): { hours: SheetHours; understood: boolean } {
  if (!text) return { hours: { note: null }, understood: true };
  const parsed = parseOpeningHours(text);
  const known = parsed.alwaysOpen || parsed.weekly.length > 0;
  if (!known && !parsed.complete) return { hours: { note: text }, understood: false };
  // "Lukket" keeps its word as the note: no weekly hours alone would not say so to a reader.
  const note = parsed.complete && known ? null : text;
  return { hours: { alwaysOpen: parsed.alwaysOpen, weekly: parsed.weekly, note }, understood: parsed.complete };
}
