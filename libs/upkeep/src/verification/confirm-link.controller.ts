import { Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { escapeHtml, serverPage, serverPageAlert, serverPageButton } from '#core';
import { RecordConfirmations } from '#directory';
import { UPKEEP_CONFIG, type UpkeepConfig } from '../upkeep.config.js';
import { CONFIRM_PAGE_CSP, REFUSED, recordSummary } from './confirm-page.js';
import { VerificationLinks, type LinkLookup, type LinkState } from './verification-links.js';

/**
 * GET /bekraeft/<token> shows the record and a button; only pressing it (POST) confirms, so mail
 * scanners that open links confirm nothing. Works without signing in; each link confirms one record once.
 */
@Controller('bekraeft')
export class ConfirmLinkController {
  constructor(
    private readonly records: RecordConfirmations,
    private readonly links: VerificationLinks,
    @Inject(UPKEEP_CONFIG) private readonly config: UpkeepConfig,
  ) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const found = await this.links.inspect(token);
    if (found.state !== 'OPEN' || !found.record) return this.refuse(res, found);
    const summary = await recordSummary(this.records, found.record.type, found.record.id);
    this.send(
      res,
      200,
      serverPage(
        'Er oplysningerne stadig rigtige?',
        `${summary}<p>Tjek oplysningerne ovenfor. Er de stadig rigtige, så tryk på knappen. Du bekræfter som ${escapeHtml(found.record.accountName)}.</p>
         ${serverPageButton('Ja, det er stadig rigtigt')}
         <p class="small">Er noget forkert, så <a href="${escapeHtml(this.links.editUrl(found.record.type, found.record.id))}">ret oplysningerne</a> i stedet.</p>`,
      ),
    );
  }

  @Post(':token')
  async confirm(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const result = await this.links.confirm(token);
    if (!result.verifiedAt || !result.record) return this.refuse(res, result);
    const summary = await recordSummary(this.records, result.record.type, result.record.id);
    this.send(
      res,
      200,
      serverPage(
        'Tak – posten er bekræftet',
        `${serverPageAlert('success', 'Posten er nu bekræftet som rigtig. Vejviser spørger igen, når den skal tjekkes næste gang.')}${summary}
         <p class="small">Andre poster i samme mail skal bekræftes hver for sig.</p>`,
      ),
    );
  }

  /** Refused links show no record: an old or leaked link must not keep showing staff-only lines. */
  private refuse(res: Response, found: LinkLookup): void {
    const { status, title, text } = REFUSED[found.state as Exclude<LinkState, 'OPEN'>];
    this.send(
      res,
      status,
      serverPage(
        title,
        `${serverPageAlert('warning', text)}<p class="small"><a href="${escapeHtml(this.config.publicUrl)}">Til Vejviser</a></p>`,
      ),
    );
  }

  private send(res: Response, status: number, html: string): void {
    res
      .status(status)
      .setHeader('Content-Type', 'text/html; charset=utf-8')
      .setHeader('Cache-Control', 'no-store')
      .setHeader('Referrer-Policy', 'no-referrer')
      .setHeader('X-Robots-Tag', 'noindex')
      .setHeader('Content-Security-Policy', CONFIRM_PAGE_CSP)
      .send(html);
  }
}
