// The handover sheet's data and the wording its page, mail and text versions share. The renderers
// (sheet-html.ts, sheet-text.ts) live here, with the sheet; the mail lib delivers the rendered sheet.

import { z } from 'zod';
import { danishFormat } from '#core';
import { CHANNEL_KIND_LABELS } from '#directory';

const instant = z.iso.datetime({ offset: true });
const httpUrl = z.url({ protocol: /^https?$/ });
const words = z.string().trim().min(1);
const optionalWords = z.string().trim().min(1).nullable();

const channel = z.object({ kind: words, label: optionalWords, value: words, staffOnly: z.boolean() });
const opening = z
  .object({ openNow: z.boolean(), closesAt: instant.nullable(), nextOpensAt: instant.nullable(), holiday: optionalWords })
  .nullable();
const freshness = { stale: z.boolean(), lastVerifiedAt: instant.nullable() };

const entryPoint = z.object({
  kind: z.enum(['FUNCTION', 'PERSON']),
  name: words,
  roleTitle: optionalWords,
  /** Organisation – unit. */
  place: words,
  helpText: optionalWords,
  channels: z.array(channel),
  hours: optionalWords,
  opening,
  ...freshness,
});

const offer = z.object({
  name: words,
  provider: words,
  /** Danish: how a citizen gets it. */
  accessRoute: words,
  ages: optionalWords,
  referredBy: optionalWords,
  decidedBy: optionalWords,
  waitingTime: optionalWords,
  holdsAuthority: z.boolean(),
  helpText: optionalWords,
  channels: z.array(channel),
  hours: optionalWords,
  ...freshness,
});

export const handoverSheetData = z.object({
  municipality: words,
  municipalityCode: z.string().regex(/^\d{4}$/),
  region: optionalWords,
  /** The moment the sheet is about (opening status, region, offers). */
  at: instant,
  /** When it was made. */
  madeAt: instant,
  age: z.number().int().min(0).max(120).nullable(),
  situations: z.array(words),
  /** Whether direct lines for professionals are on the sheet, and if not, why. */
  staffChannels: z.enum(['SHOWN', 'HIDDEN_ANONYMOUS', 'HIDDEN_NO_ACCOUNT']),
  /** The one(s) to call now: open at `at`, exact situation, the age fits. In full. */
  callNow: z.array(entryPoint).default([]),
  /** The first few of the municipality's other entry points (and so on): `more` says how many the web page has besides. */
  entryPoints: z.array(entryPoint),
  regionalEntryPoints: z.array(entryPoint),
  offers: z.array(offer),
  volunteerOrganisations: z.array(z.object({ name: words, local: z.boolean(), website: httpUrl.nullable(), description: optionalWords })),
  themeDays: z.array(
    z.object({ title: words, network: words, startsAt: instant, endsAt: instant, venue: optionalWords, online: z.boolean() }),
  ),
  /** How many more of each section the web page shows than the sheet. */
  more: z
    .object({
      entryPoints: z.number().int().min(0),
      regionalEntryPoints: z.number().int().min(0),
      offers: z.number().int().min(0),
      volunteerOrganisations: z.number().int().min(0),
      themeDays: z.number().int().min(0),
    })
    .default({ entryPoints: 0, regionalEntryPoints: 0, offers: 0, volunteerOrganisations: 0, themeDays: 0 }),
  /** The printable page with the same question (/overlevering/ark). */
  pageUrl: httpUrl,
  /** The web page with the same question and every item (/overlevering). */
  onlineUrl: httpUrl.nullable().default(null),
});
export type HandoverSheetData = z.infer<typeof handoverSheetData>;
export type EntryPoint = HandoverSheetData['entryPoints'][number];
export type SheetOffer = HandoverSheetData['offers'][number];
export type Channel = EntryPoint['channels'][number];

/** What a mail adds around the sheet. */
export interface HandoverSheetMail {
  senderName: string;
  message: string | null;
}

export const STAFF_NOTES: Record<HandoverSheetData['staffChannels'], string> = {
  SHOWN: 'Arket viser også direkte linjer for fagpersoner (markeret »kun fagpersoner«). Giv dem ikke videre til borgeren.',
  HIDDEN_ANONYMOUS:
    'Direkte linjer for fagpersoner vises kun for fagpersoner, der er logget ind i Vejviser. Arket viser de offentlige kontaktveje.',
  HIDDEN_NO_ACCOUNT:
    'Direkte linjer for fagpersoner er udeladt, fordi modtageren ikke har en aktiv konto i Vejviser. Arket viser de offentlige kontaktveje.',
};

export const NO_CITIZEN_DATA =
  'Arket indeholder ingen oplysninger om borgeren – kun hvem man kan henvende sig til. Skriv ikke navn, CPR-nummer eller helbredsoplysninger på det. ' +
  'Oplysninger markeret »Ikke bekræftet siden …« kan være forældede: ring og tjek dem, før du henviser.';

const moment = danishFormat.weekdayDate;
export const clock = danishFormat.clock;

/** "10. marts 2026" (a time read as Danish local time). */
const danishDate = (iso: string) => danishFormat.date.format(new Date(iso));

/** "torsdag den 31. december 2026 kl. 10.00". */
export function when(iso: string): string {
  return `${moment.format(new Date(iso))} kl. ${clock.format(new Date(iso))}`;
}

export function openingText(state: EntryPoint['opening']): string | null {
  if (!state) return null;
  const holiday = state.holiday ? ` (${state.holiday})` : '';
  if (state.openNow) return `Åben på tidspunktet${holiday}${state.closesAt ? ` – lukker ${when(state.closesAt)}` : ''}.`;
  return `Lukket på tidspunktet${holiday}${state.nextOpensAt ? ` – åbner ${when(state.nextOpensAt)}` : ''}.`;
}

export function staleText(record: { stale: boolean; lastVerifiedAt: string | null }): string | null {
  if (!record.stale) return null;
  return record.lastVerifiedAt
    ? `Ikke bekræftet siden ${danishDate(record.lastVerifiedAt)} – ring og tjek.`
    : 'Ikke bekræftet siden oprettelsen – ring og tjek.';
}

export function channelText(c: Channel): string {
  const kind = (CHANNEL_KIND_LABELS as Record<string, string>)[c.kind] ?? c.kind;
  const label = c.label && c.label.toLowerCase() !== kind.toLowerCase() ? ` (${c.label})` : '';
  return `${kind}${label}: ${c.value}${c.staffOnly ? ' – kun fagpersoner' : ''}`;
}

export function askedAbout(data: HandoverSheetData): [string, string][] {
  return [
    ['Kommune', `${data.municipality} (${data.municipalityCode})`],
    ['Region', data.region ?? 'Ukendt'],
    ['Alder', data.age === null ? 'Alle aldre' : `${data.age} år`],
    ['Situation', data.situations.length ? data.situations.join(', ') : 'Alle situationer'],
    ['Tidspunkt', when(data.at)],
    ['Lavet', when(data.madeAt)],
  ];
}

export function offerAccess(o: SheetOffer): string {
  return [
    o.accessRoute,
    o.referredBy && `Henvisning fra: ${o.referredBy}`,
    o.decidedBy && `Visiteres af: ${o.decidedBy}`,
    o.waitingTime && `Ventetid: ${o.waitingTime}`,
  ]
    .filter(Boolean)
    .join('. ');
}

export type Section = keyof HandoverSheetData['more'];

/** "Se 11 flere online: https://…/overlevering?…" – the line under a section the sheet shortened. */
export function moreText(data: HandoverSheetData, section: Section): string | null {
  const count = data.more[section];
  if (!count) return null;
  return `Se ${count} ${count === 1 ? 'mere' : 'flere'} online`;
}

export const CALL_NOW_NONE =
  'Ingen indgang til situationen er åben på tidspunktet. Herunder står, hvornår indgangene åbner. Ved akut fare for liv: ring 112.';

export function callNowIntro(data: HandoverSheetData): string {
  return `Åben ${when(data.at)}, på situationen og til alderen.`;
}
