// The handover sheet as plain text: the text part of the mail a colleague sends.

import {
  CALL_NOW_NONE,
  NO_CITIZEN_DATA,
  STAFF_NOTES,
  askedAbout,
  callNowIntro,
  channelText,
  clock,
  moreText,
  offerAccess,
  openingText,
  staleText,
  when,
  type EntryPoint,
  type HandoverSheetData,
  type HandoverSheetMail,
  type Section,
  type SheetOffer,
} from './sheet-data.js';

function entryText(e: EntryPoint): string {
  return [
    `* ${e.name}${e.kind === 'PERSON' && e.roleTitle ? ` – ${e.roleTitle}` : ''}`,
    `  ${e.place}`,
    ...[staleText(e), openingText(e.opening), e.hours && `Åbningstid: ${e.hours}`, e.helpText]
      .filter((l): l is string => !!l)
      .map((l) => `  ${l}`),
    ...e.channels.map((c) => `  - ${channelText(c)}`),
  ].join('\n');
}

function offerText(o: SheetOffer): string {
  return [
    `* ${o.name}`,
    `  ${o.provider}${o.ages ? ` · ${o.ages}` : ''}`,
    ...[
      staleText(o),
      `Adgang: ${offerAccess(o)}`,
      o.holdsAuthority && 'Myndighed: en henvendelse kan åbne en sag.',
      o.hours && `Åbningstid: ${o.hours}`,
      o.helpText,
    ]
      .filter((l): l is string => !!l)
      .map((l) => `  ${l}`),
    ...o.channels.map((c) => `  - ${channelText(c)}`),
  ].join('\n');
}

/** A section of the text version: its title, the intro line (if any), the items (or `none`), then the "more online" line. */
function textSection<T>(
  title: string,
  items: T[],
  render: (item: T) => string,
  none: string,
  { intro = null, more = null }: { intro?: string | null; more?: string | null } = {},
): string {
  return [
    title,
    '-'.repeat(title.length),
    ...(intro ? [intro, ''] : []),
    items.length ? items.map(render).join('\n\n') : none,
    ...(more ? ['', more] : []),
  ].join('\n');
}

function moreLine(data: HandoverSheetData, section: Section): string | null {
  const line = moreText(data, section);
  return line && `${line}: ${data.onlineUrl ?? data.pageUrl}`;
}

/** The same sheet as plain text, without its title. */
export function handoverSheetText(data: HandoverSheetData, mail?: HandoverSheetMail): string {
  return [
    ...(mail
      ? [`${mail.senderName} har sendt dig dette overleveringsark fra Vejviser.`, ...(mail.message ? [`Besked: ${mail.message}`] : []), '']
      : []),
    ...askedAbout(data).map(([label, value]) => `${label}: ${value}`),
    '',
    STAFF_NOTES[data.staffChannels],
    '',
    textSection('Ring nu', data.callNow, entryText, CALL_NOW_NONE, { intro: data.callNow.length ? callNowIntro(data) : null }),
    '',
    textSection(
      data.callNow.length ? 'Andre indgange i kommunen' : 'Indgange i kommunen',
      data.entryPoints,
      entryText,
      'Ingen andre indgange fundet for situationen.',
      { more: moreLine(data, 'entryPoints') },
    ),
    '',
    textSection('Regionale indgange', data.regionalEntryPoints, entryText, 'Ingen regionale indgange fundet for situationen.', {
      more: moreLine(data, 'regionalEntryPoints'),
    }),
    '',
    textSection('Tilbud, der passer', data.offers, offerText, 'Ingen aktive tilbud fundet for alder og situation.', {
      more: moreLine(data, 'offers'),
    }),
    '',
    textSection(
      'Frivillige organisationer',
      data.volunteerOrganisations,
      (v) =>
        [
          `* ${v.name}${v.local ? ' – lokalt' : ''}`,
          ...(v.description ? [`  ${v.description}`] : []),
          ...(v.website ? [`  ${v.website}`] : []),
        ].join('\n'),
      'Ingen frivillige organisationer fundet.',
      { more: moreLine(data, 'volunteerOrganisations') },
    ),
    '',
    textSection(
      'Kommende temadage',
      data.themeDays,
      (d) => `* ${d.title}\n  ${when(d.startsAt)}–${clock.format(new Date(d.endsAt))}${d.venue ? `, ${d.venue}` : ''}\n  ${d.network}`,
      'Ingen kommende temadage om emnet.',
      { more: moreLine(data, 'themeDays') },
    ),
    '',
    NO_CITIZEN_DATA,
    `Lavet i Vejviser ${when(data.madeAt)}. Åbningstider og tilbud gælder ${when(data.at)}.`,
    ...(data.onlineUrl ? [`Hele svaret online: ${data.onlineUrl}`] : []),
    `Arket til udskrift: ${data.pageUrl}`,
  ].join('\n');
}
