import { pageCsp, styleHash } from '../http/content-security-policy.js';
import { escapeHtml } from './escape-html.js';

/**
 * The frame of the pages the server renders itself for links in mail (/bekraeft/…, /temadage/afmeld/…,
 * /aendringer/afmeld/…, /supervision/record/…): the web app's look — Det Fælles Designsystem's stylesheet and
 * IBM Plex Sans from the app's own /assets, its header and footer — without JavaScript. When the web app is not
 * built, the same markup with a small inline stylesheet.
 */

/** Where the built web app's stylesheets are (e.g. ["/assets/index-BKgc09sl.css"]); the API registers it at start. */
let stylesheets: () => readonly string[] = () => [];

/** Called by the API with a function that reads the built web app's stylesheet paths (empty when it is not built). */
export function useWebAppStylesheets(find: () => readonly string[]): void {
  stylesheets = find;
}

/**
 * Content-Security-Policy for these pages: no scripts or frames; styles and fonts from the app itself, plus the
 * page's own <style> by its hash (either variant: with the web app's stylesheet or without; `css` as given to
 * serverPage); forms, when `forms` is true, post back only to the app.
 */
export function serverPageCsp(forms: boolean, css = ''): string {
  return pageCsp({
    'style-src': ["'self'", styleHash(STYLED_CSS + css), styleHash(FALLBACK_CSS + css)],
    'font-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'form-action': [forms ? "'self'" : "'none'"],
  });
}

/** Used when the web app's stylesheet is missing: the look these pages had before the web app. */
const FALLBACK_CSS = `body{font-family:system-ui,sans-serif;margin:0;line-height:1.5;color:#1a1a1a}
.container{max-width:48rem;margin:0 auto;padding:0 1rem}.skipnav{position:absolute;left:-999rem}.skipnav:focus{left:1rem;top:1rem}
.header{border-bottom:3px solid #0b5394;padding:.75rem 0}.solution-heading a{font-weight:bold;font-size:1.25rem;color:#0b5394}
.page-main{padding-top:2rem;padding-bottom:3rem}.footer{border-top:1px solid #cbd2d9;padding:1rem 0;font-size:.9rem}
.inline-list{list-style:none;padding:0;display:flex;gap:1.25rem}.alert{border-left:4px solid #0b5394;background:#eef4fb;padding:.5rem 1rem;margin:1rem 0}
.alert-warning{border-color:#b35c00;background:#fff4e5}.alert-success{border-color:#2f7d32;background:#edf7ed}
.card{border:1px solid #cbd2d9;border-radius:4px;padding:.5rem 1rem;margin:1rem 0}ul{padding-left:1.2rem}
.button{font-size:1rem;padding:.6rem 1.2rem;background:#0b5394;color:#fff;border:0;border-radius:4px;cursor:pointer;min-height:44px}
.small{color:#555;font-size:.9rem}@media print{.d-print-none{display:none}}`;

/** A little on top of the designsystem, as the web app's own rules do. */
const STYLED_CSS = `.card{border:1px solid #bfbfbf;border-radius:4px;padding:.5rem 1rem;margin:1rem 0}.small{font-size:1.4rem}`;

/**
 * A whole server-rendered page: lang="da", a skip link, the header with "Vejviser" linking to /, `title` as its
 * only h1 (and its title), `body` (HTML, already escaped) and the footer. `css`: the page's own rules (e.g. print).
 */
export function serverPage(title: string, body: string, css = ''): string {
  const sheets = stylesheets();
  const styles = sheets.length
    ? `${sheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('')}<style>${STYLED_CSS}${css}</style>`
    : `<style>${FALLBACK_CSS}${css}</style>`;
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} – Vejviser</title>${styles}</head>
<body><a class="skipnav" href="#main-content">Gå til sidens indhold</a>
<header class="header d-print-none"><div class="solution-info"><div class="solution-info-inner container site-header">
<div class="solution-heading"><a href="/" aria-label="Vejviser – forsiden">Vejviser</a></div></div></div></header>
<main id="main-content" class="container page-main"><h1>${escapeHtml(title)}</h1>
${body}
</main>
<footer class="d-print-none"><div class="footer"><div class="container">
<p>Vejviser indeholder ingen oplysninger om borgere. Skriv aldrig navne, CPR-numre eller diagnoser i Vejviser.</p>
<ul class="unstyled-list inline-list"><li><a href="/tilgaengelighed">Tilgængelighedserklæring</a></li><li><a href="/privatliv">Privatlivspolitik</a></li></ul>
</div></div></footer></body></html>`;
}

/** A designsystem alert box (info, success, warning) holding one paragraph of plain text: the page's message, shown on load. */
export function serverPageAlert(variant: 'info' | 'success' | 'warning', text: string): string {
  return `<div class="alert alert-${variant}"><div class="alert-body"><p class="alert-text">${escapeHtml(text)}</p></div></div>`;
}

/** The one button of a press-a-button page: a form that posts back to the page itself. */
export function serverPageButton(label: string): string {
  return `<form method="post"><button type="submit" class="button button-primary">${escapeHtml(label)}</button></form>`;
}
