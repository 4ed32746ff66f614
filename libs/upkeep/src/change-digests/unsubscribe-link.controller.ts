import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { serverPage, serverPageAlert, serverPageButton, serverPageCsp } from '#core';
import { ChangeDigestLinks } from './change-digest-links.js';
import { ChangeSubscriptionsService } from './change-subscriptions.service.js';

const NO_CACHE = 'no-store';
/** No scripts or frames; styles and fonts from the app; the button posts back to the page. */
const CSP = serverPageCsp(true);

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
  @Header('Content-Security-Policy', CSP)
  show(@Param('token') token: string): string {
    if (!this.links.subscriptionOf(token)) return invalid();
    return serverPage(
      'Afmeld ugens ændringer',
      `<p>Vil du ikke længere have den ugentlige oversigt over ændrede kontakter og tilbud?</p>
       ${serverPageButton('Afmeld oversigten')}
       <p class="small">Du kan altid abonnere igen, når du er logget ind i Vejviser.</p>`,
    );
  }

  @Post(':token')
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', NO_CACHE)
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Content-Security-Policy', CSP)
  async unsubscribe(@Param('token') token: string): Promise<string> {
    const id = this.links.subscriptionOf(token);
    if (!id) return invalid();
    const ended = await this.subscriptions.unsubscribeById(id);
    const done = serverPageAlert('success', 'Du får ikke flere oversigter over ændringer fra dette abonnement.');
    return serverPage(ended ? 'Du er afmeldt' : 'Du er allerede afmeldt', done);
  }
}

function invalid(): string {
  return serverPage(
    'Linket virker ikke',
    serverPageAlert('warning', 'Linket er ugyldigt. Log ind i Vejviser for at ændre eller afmelde dine abonnementer.'),
  );
}
