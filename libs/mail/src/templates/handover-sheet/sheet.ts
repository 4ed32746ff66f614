// The handover sheet: one renderer for the printable page (GET /overlevering) and the mail
// (sendHandoverSheet). Plain data in, a whole HTML document (or plain text) out; every value is
// escaped by the html`` tag. No scripts, no images, no citizen data.

import { z } from 'zod';
import { danishDate } from '../format.js';
import { html, type SafeHtml } from '../html.js';

const ZONE = 'Europe/Copenhagen';
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
  entryPoints: z.array(entryPoint),
  regionalEntryPoints: z.array(entryPoint),
  offers: z.array(offer),
  volunteerOrganisations: z.array(z.object({ name: words, local: z.boolean(), website: httpUrl.nullable(), description: optionalWords })),
  themeDays: z.array(
    z.object({ title: words, network: words, startsAt: instant, endsAt: instant, venue: optionalWords, online: z.boolean() }),
  ),
  /** The printable page with the same question. */
  pageUrl: httpUrl,
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

const moment = new Intl.DateTimeFormat('da-DK', { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const clock = new Intl.DateTimeFormat('da-DK', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

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
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1.2rem; margin: 0 0 1rem; }
  dl.facts dt { font-weight: bold; }
  dl.facts dd { margin: 0; }
  .note, .from { border: 1px solid #cbd2d9; background: #eef4fb; padding: .6rem .9rem; margin: .8rem 0; }
  .entry { border-bottom: 1px solid #e4e7eb; padding: .5rem 0; break-inside: avoid; }
  .entry p, .entry ul { margin: .15rem 0; }
  .entry ul { padding-left: 1.2rem; }
  .muted { color: #52606d; }
  .stale { color: #8a2c0d; font-weight: bold; }
  .open { color: #1e6b34; font-weight: bold; }
  .closed { color: #8a2c0d; font-weight: bold; }
  footer { margin-top: 2rem; border-top: 1px solid #cbd2d9; padding-top: .6rem; font-size: .9rem; color: #52606d; }
  @page { size: A4; margin: 15mm 14mm; }
  @media print {
    body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
    .note, .from { background: none; }
    a { color: inherit; text-decoration: none; }
  }
`;

function entryHtml(e: EntryPoint): SafeHtml {
  const open = openingText(e.opening);
  const stale = staleText(e);
  return html`<div class="entry">
    <h3>${e.name}${e.kind === 'PERSON' && e.roleTitle ? html` <span class="muted">– ${e.roleTitle}</span>` : ''}</h3>
    <p class="muted">${e.place}</p>
    ${stale && html`<p class="stale">${stale}</p>`} ${open && html`<p class="${e.opening?.openNow ? 'open' : 'closed'}">${open}</p>`}
    ${e.hours && html`<p>Åbningstid: ${e.hours}</p>`} ${e.helpText && html`<p>${e.helpText}</p>`}
    ${
      e.channels.length
        ? html`<ul>
            ${e.channels.map((c) => html`<li>${channelText(c)}</li>`)}
          </ul>`
        : ''
    }
  </div>`;
}

function offerHtml(o: SheetOffer): SafeHtml {
  const stale = staleText(o);
  return html`<div class="entry">
    <h3>${o.name}</h3>
    <p class="muted">${o.provider}${o.ages ? ` · ${o.ages}` : ''}</p>
    ${stale && html`<p class="stale">${stale}</p>`}
    <p><strong>Adgang:</strong> ${offerAccess(o)}</p>
    ${o.holdsAuthority && html`<p>Myndighed: en henvendelse kan åbne en sag.</p>`} ${o.hours && html`<p>Åbningstid: ${o.hours}</p>`}
    ${o.helpText && html`<p>${o.helpText}</p>`}
    ${
      o.channels.length
        ? html`<ul>
            ${o.channels.map((c) => html`<li>${channelText(c)}</li>`)}
          </ul>`
        : ''
    }
  </div>`;
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

function section<T>(title: string, items: T[], render: (item: T) => SafeHtml, none: string): SafeHtml {
  return html`<section>
    <h2>${title}</h2>
    ${items.length ? items.map(render) : html`<p class="muted">${none}</p>`}
  </section>`;
}

/** The sheet as a whole HTML document; with `mail`, framed as a message from a colleague. */
export function renderHandoverSheet(data: HandoverSheetData, mail?: HandoverSheetMail): string {
  const title = `Overleveringsark – ${data.municipality}`;
  const from =
    mail &&
    html`<div class="from">
      <p><strong>${mail.senderName}</strong> har sendt dig dette overleveringsark fra Vejviser.</p>
      ${mail.message && html`<p>Besked: ${mail.message}</p>`}
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
        ${section('Indgange i kommunen', data.entryPoints, entryHtml, 'Ingen indgange fundet for situationen.')}
        ${section('Regionale indgange', data.regionalEntryPoints, entryHtml, 'Ingen regionale indgange fundet for situationen.')}
        ${section('Tilbud, der passer', data.offers, offerHtml, 'Ingen aktive tilbud fundet for alder og situation.')}
        ${section(
          'Frivillige organisationer',
          data.volunteerOrganisations,
          (v) =>
            html`<div class="entry">
              <h3>${v.name}${v.local ? html` <span class="muted">– lokalt</span>` : ''}</h3>
              ${v.description && html`<p>${v.description}</p>`} ${v.website && html`<p><a href="${v.website}">${v.website}</a></p>`}
            </div>`,
          'Ingen frivillige organisationer fundet.',
        )}
        ${section(
          'Kommende temadage',
          data.themeDays,
          (d) =>
            html`<div class="entry">
              <h3>${d.title}</h3>
              <p>
                ${when(d.startsAt)}–${clock.format(new Date(d.endsAt))}${d.venue ? `, ${d.venue}` : ''}${d.online ? ' (også online)' : ''}
              </p>
              <p class="muted">${d.network}</p>
            </div>`,
          'Ingen kommende temadage om emnet.',
        )}
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

function textSection<T>(title: string, items: T[], render: (item: T) => string, none: string): string {
  return [title, '-'.repeat(title.length), items.length ? items.map(render).join('\n\n') : none].join('\n');
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
    textSection('Indgange i kommunen', data.entryPoints, entryText, 'Ingen indgange fundet for situationen.'),
    '',
    textSection('Regionale indgange', data.regionalEntryPoints, entryText, 'Ingen regionale indgange fundet for situationen.'),
    '',
    textSection('Tilbud, der passer', data.offers, offerText, 'Ingen aktive tilbud fundet for alder og situation.'),
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
    ),
    '',
    textSection(
      'Kommende temadage',
      data.themeDays,
      (d) => `* ${d.title}\n  ${when(d.startsAt)}–${clock.format(new Date(d.endsAt))}${d.venue ? `, ${d.venue}` : ''}\n  ${d.network}`,
      'Ingen kommende temadage om emnet.',
    ),
    '',
    NO_CITIZEN_DATA,
    `Lavet i Vejviser ${when(data.madeAt)}. Åbningstider og tilbud gælder ${when(data.at)}.`,
    `Arket til udskrift: ${data.pageUrl}`,
  ].join('\n');
}
