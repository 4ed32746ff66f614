// The handover sheet as a whole HTML document: the printable page (GET /overlevering/ark) and, with
// `mail`, the body of the mail a colleague sends (sendHandoverSheet). Every value is escaped by the
// html`` tag. No scripts, no images, no citizen data. The one(s) to call now in full, the first few of
// every other section and how many more the web page (/overlevering) shows: one or two A4 pages.

import { html, type SafeHtml } from '#core';
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
  type Channel,
  type HandoverSheetMail,
  type Section,
  type SheetOffer,
} from './sheet-data.js';

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
