// The handover sheet: one renderer for the printable page (GET /overlevering/ark) and the mail
// (sendHandoverSheet). Plain data in, a whole HTML document (or plain text) out; every value is
// escaped by the html`` tag. No scripts, no images, no citizen data. The one(s) to call now in full,
// the first few of every other section and how many more the web page (/overlevering) shows: one or
// two A4 pages.

import { z } from 'zod';
import { danishDate } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { danishFormat } from '#core';

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
type EntryPoint = HandoverSheetData['entryPoints'][number];
type SheetOffer = HandoverSheetData['offers'][number];
type Channel = EntryPoint['channels'][number];

/** What a mail adds around the sheet. */
export interface HandoverSheetMail {
  senderName: string;
  message: string | null;
}

const CHANNEL_KINDS: Record<string, string> = {
  PHONE: 'Telefon',
  SMS: 'SMS',
  EMAIL: 'E-mail',
  WEB: 'Web',
  CHAT: 'Chat',
  VIDEO: 'Video',
  DROP_IN: 'Fremmøde',
};

const STAFF_NOTES: Record<HandoverSheetData['staffChannels'], string> = {
  SHOWN: 'Arket viser også direkte linjer for fagpersoner (markeret »kun fagpersoner«). Giv dem ikke videre til borgeren.',
  HIDDEN_ANONYMOUS:
    'Direkte linjer for fagpersoner vises kun for fagpersoner, der er logget ind i Vejviser. Arket viser de offentlige kontaktveje.',
  HIDDEN_NO_ACCOUNT:
    'Direkte linjer for fagpersoner er udeladt, fordi modtageren ikke har en aktiv konto i Vejviser. Arket viser de offentlige kontaktveje.',
};

export const NO_CITIZEN_DATA =
  'Arket indeholder ingen oplysninger om borgeren – kun hvem man kan henvende sig til. Skriv ikke navn, CPR-nummer eller helbredsoplysninger på det. ' +
  'Oplysninger markeret »Ikke bekræftet siden …« kan være forældede: ring og tjek dem, før du henviser.';

const { weekdayDate: moment, clock } = danishFormat;

/** "torsdag den 31. december 2026 kl. 10.00". */
function when(iso: string): string {
  return `${moment.format(new Date(iso))} kl. ${clock.format(new Date(iso))}`;
}

function openingText(state: EntryPoint['opening']): string | null {
  if (!state) return null;
  const holiday = state.holiday ? ` (${state.holiday})` : '';
  if (state.openNow) return `Åben på tidspunktet${holiday}${state.closesAt ? ` – lukker ${when(state.closesAt)}` : ''}.`;
  return `Lukket på tidspunktet${holiday}${state.nextOpensAt ? ` – åbner ${when(state.nextOpensAt)}` : ''}.`;
}

function staleText(record: { stale: boolean; lastVerifiedAt: string | null }): string | null {
  if (!record.stale) return null;
  return record.lastVerifiedAt
    ? `Ikke bekræftet siden ${danishDate(record.lastVerifiedAt)} – ring og tjek.`
    : 'Ikke bekræftet siden oprettelsen – ring og tjek.';
}

function channelText(c: Channel): string {
  const kind = CHANNEL_KINDS[c.kind] ?? c.kind;
  const label = c.label && c.label.toLowerCase() !== kind.toLowerCase() ? ` (${c.label})` : '';
  return `${kind}${label}: ${c.value}${c.staffOnly ? ' – kun fagpersoner' : ''}`;
}

function askedAbout(data: HandoverSheetData): [string, string][] {
  return [
    ['Kommune', `${data.municipality} (${data.municipalityCode})`],
    ['Region', data.region ?? 'Ukendt'],
    ['Alder', data.age === null ? 'Alle aldre' : `${data.age} år`],
    ['Situation', data.situations.length ? data.situations.join(', ') : 'Alle situationer'],
    ['Tidspunkt', when(data.at)],
    ['Lavet', when(data.madeAt)],
  ];
}

const CSS = `
  body { font-family: Arial, Helvetica, sans-serif; color: #1f2933; margin: 1.5rem auto; max-width: 50rem; padding: 0 1rem; line-height: 1.45; }
  .brand { font-weight: bold; color: #1d4e89; border-bottom: 3px solid #1d4e89; padding-bottom: .4rem; margin: 0 0 1rem; }
  h1 { font-size: 1.5rem; margin: 0 0 .8rem; }
  h2 { font-size: 1.15rem; margin: 1.6rem 0 .4rem; border-bottom: 1px solid #cbd2d9; padding-bottom: .2rem; }
  h3 { font-size: 1rem; margin: 0 0 .2rem; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: .1rem 1.2rem; margin: 0 0 1rem; }
  dl.facts dt { font-weight: bold; }
  dl.facts dd { margin: 0; }
  .note, .from { border: 1px solid #cbd2d9; background: #eef4fb; padding: .6rem .9rem; margin: .8rem 0; }
  .entry { border-bottom: 1px solid #e4e7eb; padding: .5rem 0; break-inside: avoid; }
  .call { border: 2px solid #1f2933; padding: .6rem .9rem; margin: .4rem 0; }
  .call h3 { font-size: 1.2rem; }
  .call li { font-size: 1.1rem; font-weight: bold; }
  .more { margin: .4rem 0 0; font-style: italic; }
  .entry p, .entry ul { margin: .15rem 0; }
  .entry ul { padding-left: 1.2rem; }
  .muted { color: #52606d; }
  .stale { color: #8a2c0d; font-weight: bold; }
  .open { color: #1e6b34; font-weight: bold; }
  .closed { color: #8a2c0d; font-weight: bold; }
  footer { margin-top: 2rem; border-top: 1px solid #cbd2d9; padding-top: .6rem; font-size: .9rem; color: #52606d; }
  @page { size: A4; margin: 12mm 13mm; }
  @media print {
    body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.25; color: #000; }
    .brand { margin: 0 0 .4rem; padding-bottom: .2rem; }
    h1 { font-size: 1.3rem; margin: 0 0 .4rem; }
    h2 { font-size: 1.05rem; margin: .7rem 0 .2rem; break-after: avoid; }
    h3 { font-size: .95rem; margin: 0; }
    .call h3 { font-size: 1.15rem; }
    dl.facts { margin: 0 0 .4rem; }
    .note { margin: .4rem 0; padding: .3rem .6rem; }
    .entry { padding: .25rem 0; }
    .entry p, .entry ul { margin: .05rem 0; }
    footer { margin-top: .8rem; font-size: 8.5pt; }
    /* Two pages at most: on paper the ones to call now keep their help text, the rest say who and how, and
       the link to the whole answer is printed once under the question. */
    .entry:not(.call) .help, .more .link { display: none; }
    .note, .from { background: none; }
    .open, .closed, .stale, .muted, footer { color: #000; }
    a { color: inherit; text-decoration: none; }
  }
`;

function entryHtml(e: EntryPoint, call = false): SafeHtml {
  const open = openingText(e.opening);
  const stale = staleText(e);
  return html`<div class="${call ? 'entry call' : 'entry'}">
    <h3>${e.name}${e.kind === 'PERSON' && e.roleTitle ? html` <span class="muted">– ${e.roleTitle}</span>` : ''}</h3>
    <p class="muted">${e.place}</p>
    ${stale && html`<p class="stale">${stale}</p>`}
    <p>
      ${open && html`<span class="${e.opening?.openNow ? 'open' : 'closed'}">${open}</span>`} ${e.hours && html`Åbningstid: ${e.hours}`}
    </p>
    ${e.helpText && html`<p class="help">${e.helpText}</p>`} ${channelsHtml(e.channels, call)}
  </div>`;
}

function offerHtml(o: SheetOffer): SafeHtml {
  const stale = staleText(o);
  return html`<div class="entry">
    <h3>${o.name}</h3>
    <p class="muted">${o.provider}${o.ages ? ` · ${o.ages}` : ''}</p>
    ${stale && html`<p class="stale">${stale}</p>`}
    <p>
      <strong>Adgang:</strong> ${offerAccess(o)}${o.holdsAuthority ? '. Myndighed: en henvendelse kan åbne en sag.' : ''}${
        o.hours ? ` Åbningstid: ${o.hours}` : ''
      }
    </p>
    ${o.helpText && html`<p class="help">${o.helpText}</p>`} ${channelsHtml(o.channels)}
  </div>`;
}

/** A list for the ones to call now; elsewhere one line, to keep the sheet to two pages. */
function channelsHtml(channels: Channel[], list = false): SafeHtml | '' {
  if (!channels.length) return '';
  if (list)
    return html`<ul>
      ${channels.map((c) => html`<li>${channelText(c)}</li>`)}
    </ul>`;
  return html`<p class="channels">${channels.map((c, i) => html`${i ? ' · ' : ''}${channelText(c)}`)}</p>`;
}

function offerAccess(o: SheetOffer): string {
  return [
    o.accessRoute,
    o.referredBy && `Henvisning fra: ${o.referredBy}`,
    o.decidedBy && `Visiteres af: ${o.decidedBy}`,
    o.waitingTime && `Ventetid: ${o.waitingTime}`,
  ]
    .filter(Boolean)
    .join('. ');
}

type Section = keyof HandoverSheetData['more'];

/** "Se 11 flere online: https://…/overlevering?…" – the line under a section the sheet shortened. */
function moreText(data: HandoverSheetData, section: Section): string | null {
  const count = data.more[section];
  if (!count) return null;
  return `Se ${count} ${count === 1 ? 'mere' : 'flere'} online`;
}

function section<T>(
  data: HandoverSheetData,
  title: string,
  items: T[],
  render: (item: T) => SafeHtml,
  none: string,
  more?: Section,
): SafeHtml {
  const line = more && moreText(data, more);
  const url = data.onlineUrl ?? data.pageUrl;
  return html`<section>
    <h2>${title}</h2>
    ${items.length ? items.map(render) : html`<p class="muted">${none}</p>`}
    ${
      line &&
      html`<p class="more">
        ${line}<span class="link">: <a href="${url}">${url}</a></span>
      </p>`
    }
  </section>`;
}

const CALL_NOW_NONE =
  'Ingen indgang til situationen er åben på tidspunktet. Herunder står, hvornår indgangene åbner. Ved akut fare for liv: ring 112.';

function callNowIntro(data: HandoverSheetData): string {
  return `Åben ${when(data.at)}, på situationen og til alderen.`;
}

/** The sections in order: call now (in full), the municipality's other entry points, the region's, offers, volunteers, theme days. */
function sections(data: HandoverSheetData): SafeHtml {
  return html`<section>
      <h2>Ring nu</h2>
      ${
        data.callNow.length
          ? html`<p class="muted">${callNowIntro(data)}</p>
              ${data.callNow.map((e) => entryHtml(e, true))}`
          : html`<p>${CALL_NOW_NONE}</p>`
      }
    </section>
    ${section(
      data,
      data.callNow.length ? 'Andre indgange i kommunen' : 'Indgange i kommunen',
      data.entryPoints,
      (e) => entryHtml(e),
      'Ingen andre indgange fundet for situationen.',
      'entryPoints',
    )}
    ${section(data, 'Regionale indgange', data.regionalEntryPoints, (e) => entryHtml(e), 'Ingen regionale indgange fundet for situationen.', 'regionalEntryPoints')}
    ${section(data, 'Tilbud, der passer', data.offers, offerHtml, 'Ingen aktive tilbud fundet for alder og situation.', 'offers')}
    ${section(
      data,
      'Frivillige organisationer',
      data.volunteerOrganisations,
      (v) =>
        html`<div class="entry">
          <h3>${v.name}${v.local ? html` <span class="muted">– lokalt</span>` : ''}</h3>
          <p>${v.description && html`${v.description} `}${v.website && html`<a href="${v.website}">${v.website}</a>`}</p>
        </div>`,
      'Ingen frivillige organisationer fundet.',
      'volunteerOrganisations',
    )}
    ${section(
      data,
      'Kommende temadage',
      data.themeDays,
      (d) =>
        html`<div class="entry">
          <h3>${d.title}</h3>
          <p>
            ${when(d.startsAt)}–${clock.format(new Date(d.endsAt))}${d.venue ? `, ${d.venue}` : ''}${d.online ? ' (også online)' : ''}
            <span class="muted">· ${d.network}</span>
          </p>
        </div>`,
      'Ingen kommende temadage om emnet.',
      'themeDays',
    )}`;
}

/** The sheet as a whole HTML document; with `mail`, framed as a message from a colleague. */
export function renderHandoverSheet(data: HandoverSheetData, mail?: HandoverSheetMail): string {
  const title = `Overleveringsark – ${data.municipality}`;
  const from =
    mail &&
    html`<div class="from">
      <p><strong>${mail.senderName}</strong> har sendt dig dette overleveringsark fra Vejviser.</p>
      ${mail.message && html`<p>Besked: ${mail.message}</p>`}
      ${data.onlineUrl && html`<p>Hele svaret online (opdateret når du åbner det): <a href="${data.onlineUrl}">${data.onlineUrl}</a></p>`}
      <p>Arket til udskrift (med de offentlige kontaktveje, opdateret når du åbner det): <a href="${data.pageUrl}">${data.pageUrl}</a></p>
    </div>`;
  return html`<!DOCTYPE html>
    <html lang="da">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <style>
          ${CSS}
        </style>
      </head>
      <body>
        <p class="brand">Vejviser</p>
        <h1>${title}</h1>
        ${from}
        <dl class="facts">
          ${askedAbout(data).map(
            ([label, value]) =>
              html`<dt>${label}</dt>
                <dd>${value}</dd>`,
          )}
        </dl>
        <p class="note">${STAFF_NOTES[data.staffChannels]}</p>
        ${data.onlineUrl && !mail && html`<p class="online">Hele svaret online: <a href="${data.onlineUrl}">${data.onlineUrl}</a></p>`}
        ${sections(data)}
        <footer>
          <p>${NO_CITIZEN_DATA}</p>
          <p>Lavet i Vejviser ${when(data.madeAt)}. Åbningstider og tilbud gælder ${when(data.at)}.</p>
          ${mail && html`<p>Du får denne mail, fordi ${mail.senderName} har sendt dig et overleveringsark fra Vejviser. Mailen er sendt automatisk.</p>`}
        </footer>
      </body>
    </html> `.value;
}

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
