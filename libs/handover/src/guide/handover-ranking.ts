import { ContactKind, openingStatusOf, type Contact, type OpeningStatus } from '#directory';

/**
 * The ages a situation is about, where it says so itself: BUP sees children and young people under 18,
 * adult psychiatry people from 18, the youth effort people of 15–25, and the transition to adult life is
 * planned from 16 and can run to 23 (aftercare under Barnets Lov). Every other situation: any age.
 */
export const SITUATION_AGES: Readonly<Record<string, readonly [number, number]>> = {
  'discharge-child-youth-psychiatry': [0, 17],
  'discharge-adult-psychiatry': [18, 120],
  'youth-without-education': [15, 25],
  'transition-18': [16, 23],
};

/** What ranking needs of a question: the situations as asked, those that match (with parents and children), the age and the moment. */
export interface RankingQuestion {
  askedSituations: readonly string[];
  at: Date;
  age: number | null;
}

/** An entry point with what the guide found out about it at the moment asked about. */
export interface RankedEntryPoint {
  contact: Contact;
  openingStatus: OpeningStatus | null;
  /** It serves one of the situations asked about itself, not only a parent or a sub-situation (no situations asked: true). */
  exactSituation: boolean;
  /** The ages of its age-specific situations include the age asked about (no age asked, or no age-specific situation: true). */
  ageFits: boolean;
  /**
   * One to call now: open at the moment, the age fits and an exact situation; when no open entry point of the
   * list has an exact situation, the open ones whose ages fit (a general line: the duty phone for any discharge).
   */
  callNow: boolean;
}

/**
 * Whether a contact serves the age: a contact tagged with age-specific situations (BUP discharge, adult
 * discharge, …) serves the ages of those; one with none serves every age.
 */
export function ageFits(situationKeys: readonly string[], age: number | null): boolean {
  if (age === null) return true;
  const ranges = situationKeys.map((key) => SITUATION_AGES[key]).filter((range) => range !== undefined);
  return !ranges.length || ranges.some(([min, max]) => min <= age && age <= max);
}

/** The situations asked about that the contact serves itself. */
function exactMatches(contact: Contact, asked: readonly string[]): number {
  return asked.filter((key) => contact.situationKeys.includes(key)).length;
}

/**
 * Ranks entry points for the moment asked about (a night nurse at 2 a.m.): open at `at` first, then an
 * exact situation before a parent or child match, then age fit, then functions before persons; ties go
 * to more exact matches, then (open) the later closing or (closed) the sooner opening, then the name.
 */
export function rankEntryPoints(contacts: readonly Contact[], question: RankingQuestion): RankedEntryPoint[] {
  const ranked = contacts.map((contact) => {
    const openingStatus = openingStatusOf(contact.openingHours, question.at);
    const exact = question.askedSituations.length ? exactMatches(contact, question.askedSituations) : 1;
    const fits = ageFits(contact.situationKeys, question.age);
    const open = openingStatus?.openNow === true;
    return {
      entry: { contact, openingStatus, exactSituation: exact > 0, ageFits: fits, callNow: open && fits },
      key: [
        open ? 0 : 1,
        exact > 0 ? 0 : 1,
        fits ? 0 : 1,
        contact.kind === ContactKind.FUNCTION ? 0 : 1,
        -exact,
        // Open: the one open longest first (always open has no closing); closed: the one opening soonest.
        open
          ? -(openingStatus?.closesAt?.getTime() ?? Number.MAX_SAFE_INTEGER)
          : (openingStatus?.nextOpensAt?.getTime() ?? Number.MAX_SAFE_INTEGER),
      ],
    };
  });
  ranked.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i] - b.key[i];
    return a.entry.contact.name.localeCompare(b.entry.contact.name, 'da') || a.entry.contact.id.localeCompare(b.entry.contact.id);
  });
  const entries = ranked.map((r) => r.entry);
  // Exact matches win the call; only without one does a general line that is open take it.
  if (entries.some((e) => e.callNow && e.exactSituation)) for (const e of entries) e.callNow &&= e.exactSituation;
  return entries;
}
