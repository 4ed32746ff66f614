import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { escapeHtml } from '#core';
import { ChangeDigestLinks } from './change-digest-links.js';
import { ChangeSubscriptionsService } from './change-subscriptions.service.js';

const NO_CACHE = 'no-store';

/**
 * The unsubscribe link in change digests. Opening it only shows a button, because mail scanners
 * follow links; pressing the button (POST) ends the subscription.
 */
@Controller('aendringer/afmeld')
export class UnsubscribeLinkController {
  constructor(
    private readonly links: ChangeDigestLinks,
    private readonly subscriptions: ChangeSubscriptionsService,
  ) {}

  @Get(':token')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', NO_CACHE)
  @Header('Referrer-Policy', 'no-referrer')
  show(@Param('token') token: string): string {
    if (!this.links.subscriptionOf(token)) return invalid();
    return page(
      'Afmeld ugens ændringer',
      `<p>Vil du ikke længere have den ugentlige oversigt over ændrede kontakter og tilbud?</p>
       <form method="post"><button type="submit">Afmeld oversigten</button></form>
       <p class="small">Du kan altid abonnere igen, når du er logget ind i Vejviser.</p>`,
    );
  }

  @Post(':token')
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', NO_CACHE)
  @Header('Referrer-Policy', 'no-referrer')
  async unsubscribe(@Param('token') token: string): Promise<string> {
    const id = this.links.subscriptionOf(token);
    if (!id) return invalid();
    const ended = await this.subscriptions.unsubscribeById(id);
    const done = '<p>Du får ikke flere oversigter over ændringer fra dette abonnement.</p>';
    return page(ended ? 'Du er afmeldt' : 'Du er allerede afmeldt', done);
  }
}

function invalid(): string {
  return page('Linket virker ikke', '<p>Linket er ugyldigt. Log ind i Vejviser for at ændre eller afmelde dine abonnementer.</p>');
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} – Vejviser</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
button{font-size:1rem;padding:.6rem 1.2rem;background:#0b5394;color:#fff;border:0;border-radius:4px;cursor:pointer}.small{color:#555;font-size:.9rem}</style>
</head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}
