import { html, type SafeHtml } from './html.js';

export interface LayoutContent {
  /** The heading, also the page title. */
  title: string;
  /** The line mail clients show after the subject in the inbox (hidden in the message itself). */
  preheader?: string;
  /** Why the recipient got the mail; completes "Du får denne mail, fordi …". */
  reason: string;
}

const COLOURS = { text: '#1f2933', muted: '#52606d', line: '#cbd2d9', accent: '#1d4e89', tint: '#eef4fb' };

/** The shared HTML frame: one narrow column, inline styles, no images, readable on paper. */
export function htmlLayout(content: LayoutContent, body: SafeHtml): string {
  const { text, muted, line, accent } = COLOURS;
  return html`<!DOCTYPE html>
    <html lang="da">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${content.title}</title>
        <style>
          @media print {
            a[href]::after {
              content: ' (' attr(href) ')';
              font-weight: normal;
            }
          }
        </style>
      </head>
      <body
        style="margin:0;padding:0;background:#ffffff;color:${text};font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;"
      >
        <div style="display:none;max-height:0;overflow:hidden;">${content.preheader ?? ''}</div>
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;">
          <tr>
            <td align="center" style="padding:24px 12px;">
              <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;border-collapse:collapse;">
                <tr>
                  <td style="padding:0 0 12px 0;border-bottom:3px solid ${accent};font-size:20px;font-weight:bold;color:${accent};">
                    Vejviser
                  </td>
                </tr>
                <tr>
                  <td style="padding:20px 0 8px 0;">
                    <h1 style="margin:0;font-size:22px;line-height:1.3;color:${text};">${content.title}</h1>
                  </td>
                </tr>
                <tr>
                  <td style="padding:8px 0 24px 0;">${body}</td>
                </tr>
                <tr>
                  <td style="padding:16px 0 0 0;border-top:1px solid ${line};font-size:13px;color:${muted};">
                    <p style="margin:0 0 8px 0;">Du får denne mail, fordi ${content.reason}</p>
                    <p style="margin:0;">Vejviser – kontakter og tilbud på tværs af kommuner og regioner. Mailen er sendt automatisk.</p>
                  </td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html> `.value;
}

/** The same frame as plain text. */
export function textLayout(content: LayoutContent, body: string): string {
  return [
    content.title,
    '='.repeat(Math.min(content.title.length, 72)),
    '',
    body.trim(),
    '',
    '-- ',
    'Vejviser',
    `Du får denne mail, fordi ${content.reason}`,
    '',
  ].join('\n');
}

/** A paragraph. */
export function paragraph(content: SafeHtml | string): SafeHtml {
  return html`<p style="margin:0 0 16px 0;">${content}</p>`;
}

/** A plain link; only http(s) and mailto addresses are allowed. */
export function link(href: string, label: string): SafeHtml {
  return html`<a href="${checkedHref(href)}" style="color:${COLOURS.accent};">${label}</a>`;
}

/** A link that looks like a button on screen and stays legible in print and without colours. */
export function button(href: string, label: string): SafeHtml {
  checkedHref(href);
  const { accent, tint } = COLOURS;
  return html`<a
    href="${href}"
    style="display:inline-block;padding:10px 18px;background:${tint};border:2px solid ${accent};border-radius:4px;color:${accent};font-weight:bold;text-decoration:none;"
    >${label}</a
  >`;
}

/** A two-column list of facts ("Tid", "Sted" …). */
export function facts(rows: readonly (readonly [label: string, value: SafeHtml | string | undefined])[]): SafeHtml {
  const shown = rows.filter(([, value]) => value !== undefined && value !== '');
  return html`<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:0 0 16px 0;">
    ${shown.map(
      ([label, value]) =>
        html`<tr>
          <td style="padding:4px 16px 4px 0;vertical-align:top;font-weight:bold;white-space:nowrap;">${label}</td>
          <td style="padding:4px 0;vertical-align:top;">${value}</td>
        </tr>`,
    )}
  </table>`;
}

function checkedHref(href: string): string {
  if (!/^(https?:|mailto:)/i.test(href)) throw new Error(`Et link i en mail skal være http(s) eller mailto: ${href}`);
  return href;
}
