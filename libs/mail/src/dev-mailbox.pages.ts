import type { AddressObject, ParsedMail } from 'mailparser';
import { html, type SafeHtml } from './templates/html.js';
import type { MailTemplate, RenderedMail } from './templates/mail-template.js';
import { danishFormat } from '#core';

/** One .eml file in the mailbox, parsed (or not, if it could not be read). */
export interface MailboxEntry {
  file: string;
  mail: ParsedMail | null;
}

const timeFormat = danishFormat.shortDateTime;

export function mailboxPage(entries: MailboxEntry[], total: number): string {
  const rows = entries.map(
    ({ file, mail }) =>
      html`<tr>
        <td>${mail?.date ? timeFormat.format(mail.date) : ''}</td>
        <td>${addresses(mail?.to)}</td>
        <td>${mail ? (mail.subject ?? '(intet emne)') : '(kunne ikke læses)'}</td>
        <td><a href="/dev/mailbox/messages/${encodeURIComponent(file)}">Åbn</a></td>
      </tr>`,
  );
  const body =
    total === 0
      ? html`<p>Der er ingen mails endnu. Mails, som Vejviser sender, bliver gemt her i stedet for at blive sendt.</p>`
      : html`<p>${total > entries.length ? `Viser de nyeste ${entries.length} af ${total} mails.` : `${total} mails, nyeste først.`}</p>
          <table>
            <thead>
              <tr>
                <th>Tid</th>
                <th>Til</th>
                <th>Emne</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>`;
  return devPage('Postkasse', body);
}

export function messagePage(file: string, mail: ParsedMail): string {
  const calendars = mail.attachments.filter((a) => a.contentType === 'text/calendar' || a.filename?.endsWith('.ics'));
  const others = mail.attachments.filter((a) => !calendars.includes(a));
  const body = html`<p>
      <a href="/dev/mailbox">← Postkassen</a> · <a href="/dev/mailbox/messages/${encodeURIComponent(file)}/raw">Rå .eml</a>
    </p>
    <table class="headers">
      <tr>
        <th>Fra</th>
        <td>${addresses(mail.from)}</td>
      </tr>
      <tr>
        <th>Til</th>
        <td>${addresses(mail.to)}</td>
      </tr>
      ${
        mail.cc
          ? html`<tr>
              <th>Cc</th>
              <td>${addresses(mail.cc)}</td>
            </tr>`
          : ''
      }
      <tr>
        <th>Emne</th>
        <td>${mail.subject ?? ''}</td>
      </tr>
      <tr>
        <th>Dato</th>
        <td>${mail.date ? timeFormat.format(mail.date) : ''}</td>
      </tr>
      <tr>
        <th>Message-ID</th>
        <td><code>${mail.messageId ?? ''}</code></td>
      </tr>
    </table>
    ${
      mail.html
        ? html`<h2>HTML-del</h2>
            ${frame(mail.html)}`
        : ''
    }
    ${
      mail.text
        ? html`<details ${mail.html ? '' : html`open`}>
            <summary>Tekstdel</summary>
            <pre>${mail.text}</pre>
          </details>`
        : ''
    }
    ${calendars.map(
      (a) =>
        html`<details>
          <summary>Kalender (${a.contentType})</summary>
          <pre>${a.content.toString('utf8')}</pre>
        </details>`,
    )}
    ${
      others.length > 0
        ? html`<h2>Vedhæftede filer</h2>
            <ul>
              ${others.map((a) => html`<li>${a.filename ?? '(uden navn)'} – ${a.contentType}, ${a.size} byte</li>`)}
            </ul>`
        : ''
    }`;
  return devPage(mail.subject ?? file, body);
}

export function templateListPage(templates: { template: MailTemplate<unknown>; rendered: RenderedMail }[]): string {
  const rows = templates.map(({ template, rendered }) => {
    const base = `/dev/mailbox/templates/${encodeURIComponent(template.name)}`;
    return html`<tr>
      <td><code>${template.name}</code></td>
      <td>${template.description}</td>
      <td>${rendered.subject}</td>
      <td>
        <a href="${base}">HTML</a> ·
        <a href="${base}?part=text">Tekst</a>${rendered.icalEvent ? html` · <a href="${base}?part=ics">Kalender</a>` : ''}
      </td>
    </tr>`;
  });
  const body = html`<p>Hver skabelon vist med sine eksempeldata (opdigtede navne og adresser).</p>
    <table>
      <thead>
        <tr>
          <th>Navn</th>
          <th>Beskrivelse</th>
          <th>Emne</th>
          <th>Vis</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`;
  return devPage('Mailskabeloner', body);
}

export function templatePage(template: MailTemplate<unknown>, rendered: RenderedMail, part: 'html' | 'text' | 'ics'): string {
  const base = `/dev/mailbox/templates/${encodeURIComponent(template.name)}`;
  const content =
    part === 'html' ? frame(rendered.html) : html`<pre>${part === 'text' ? rendered.text : (rendered.icalEvent?.content ?? '')}</pre>`;
  const body = html`<p>
      <a href="/dev/mailbox/templates">← Skabelonerne</a> · <a href="${base}">HTML</a> ·
      <a href="${base}?part=text">Tekst</a>${rendered.icalEvent ? html` · <a href="${base}?part=ics">Kalender</a>` : ''}
    </p>
    <p>${template.description}</p>
    <table class="headers">
      <tr>
        <th>Emne</th>
        <td>${rendered.subject}</td>
      </tr>
    </table>
    ${content}`;
  return devPage(`Skabelon: ${template.name}`, body);
}

/** The mail's own HTML, isolated: no scripts, no access to this page. */
function frame(mailHtml: string): SafeHtml {
  return html`<iframe sandbox="" srcdoc="${mailHtml}" title="Mailens HTML-del"></iframe>`;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return '';
  return (Array.isArray(value) ? value : [value]).map((a) => a.text).join(', ');
}

function devPage(title: string, body: SafeHtml): string {
  return html`<!DOCTYPE html>
    <html lang="da">
      <head>
        <meta charset="utf-8" />
        <title>${title} – Vejviser (udvikling)</title>
        <style>
          body {
            font-family: system-ui, sans-serif;
            margin: 2rem auto;
            max-width: 70rem;
            padding: 0 1rem;
            color: #1f2933;
          }
          table {
            border-collapse: collapse;
            width: 100%;
            margin: 1rem 0;
          }
          th,
          td {
            text-align: left;
            vertical-align: top;
            padding: 0.4rem 0.6rem;
            border-bottom: 1px solid #cbd2d9;
          }
          table.headers th {
            width: 9rem;
          }
          iframe {
            width: 100%;
            height: 70vh;
            border: 1px solid #cbd2d9;
          }
          pre {
            white-space: pre-wrap;
            background: #f5f7fa;
            padding: 1rem;
            border: 1px solid #cbd2d9;
          }
          nav a {
            margin-right: 1rem;
          }
        </style>
      </head>
      <body>
        <nav><a href="/dev/mailbox">Postkasse</a><a href="/dev/mailbox/templates">Skabeloner</a></nav>
        <h1>${title}</h1>
        ${body}
      </body>
    </html> `.value;
}
