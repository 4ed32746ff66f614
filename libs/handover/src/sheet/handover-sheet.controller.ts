import { Controller, Get, Headers, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ViewerFromRequest } from '#auth';
import {
  DateTimeInputError,
  RequestContext,
  inlineStyleHashes,
  pageCsp,
  parseDateTime,
  serverPage,
  serverPageAlert,
  serverPageCsp,
  type Viewer,
} from '#core';
import { HandoverGuideService } from '../guide/handover-guide.service.js';
import { HandoverSheets } from './handover-sheets.js';
import { renderHandoverSheet } from './sheet-html.js';

/** No scripts, frames or forms: the sheet is a document to read and print, styled by its own <style> alone. */
const sheetCsp = (html: string) => pageCsp({ 'style-src': inlineStyleHashes(html) });

type Param = string | string[] | undefined;
const single = (value: Param): string | undefined => (Array.isArray(value) ? value[0] : value);
/** `situationer` repeated (`?situationer=a&situationer=b`), comma-separated (`?situationer=a,b`), or both. */
const list = (value: Param): string[] =>
  (Array.isArray(value) ? value : [value ?? ''])
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(Boolean);

/** `tidspunkt` as the API reads it (Copenhagen time without an offset); absent: null; unreadable: why, in Danish. */
function moment(text: string | undefined): Date | null | string {
  if (!text) return null;
  try {
    return parseDateTime(text);
  } catch (error) {
    if (error instanceof DateTimeInputError) return error.message;
    throw error;
  }
}

/**
 * GET /overlevering/ark?kommune=0217&alder=17&situationer=discharge,self-harm&tidspunkt=2027-02-01T10:00 (Copenhagen time
 * without an offset, or with one: 2027-02-01T10:00:00%2B01:00)
 * — the handover guide as a printable page, for mail and browsers without JavaScript (the web app has
 * the whole answer at /overlevering with the same parameters). Anyone may open it and sees the public
 * channels; with a bearer token in the Authorization header (as for /graphql) also the direct lines
 * for professionals. Nothing about the question is stored or logged.
 */
@Controller()
export class HandoverSheetController {
  constructor(
    private readonly viewers: ViewerFromRequest,
    private readonly guides: HandoverGuideService,
    private readonly sheets: HandoverSheets,
  ) {}

  @Get('overlevering/ark')
  async sheet(
    @Query('kommune') kommune: Param,
    @Query('alder') alder: Param,
    @Query('situationer') situationer: Param,
    @Query('tidspunkt') tidspunkt: Param,
    @Headers('authorization') authorization: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Robots-Tag', 'noindex');
    let viewer: Viewer;
    try {
      viewer = await this.viewers.viewer(authorization);
    } catch {
      this.plain(
        res,
        401,
        'Adgangstokenet er ugyldigt eller udløbet. Log ind igen, eller åbn siden uden token for de offentlige kontaktveje.',
      );
      return;
    }
    const municipality = single(kommune)?.trim();
    if (!municipality) {
      this.plain(res, 400, 'Angiv kommunen, fx /overlevering/ark?kommune=0217&alder=17&situationer=discharge-child-youth-psychiatry.');
      return;
    }
    const ageText = single(alder)?.trim();
    if (ageText && !/^\d{1,3}$/.test(ageText)) {
      this.plain(res, 400, 'Alderen skal være et helt tal fra 0 til 120.');
      return;
    }
    const at = moment(single(tidspunkt)?.trim());
    if (typeof at === 'string') {
      this.plain(res, 400, at);
      return;
    }
    const checked = await this.guides.check({
      municipality,
      age: ageText ? Number(ageText) : null,
      situations: list(situationer),
      at,
    });
    if (!checked.ok) {
      this.plain(res, 400, checked.errors.map((e) => e.message).join('\n'));
      return;
    }
    const ctx = new RequestContext(viewer, req.ip ?? 'unknown');
    const data = await this.sheets.build(ctx, checked.request, ctx.seesStaffChannels ? 'SHOWN' : 'HIDDEN_ANONYMOUS', at !== null);
    const html = renderHandoverSheet(data);
    res.status(200).setHeader('Content-Type', 'text/html; charset=utf-8').setHeader('Content-Security-Policy', sheetCsp(html)).send(html);
  }

  /** A refusal: a Danish page for a browser (the sheet is opened from mail), plain text for anything else. */
  private plain(res: Response, status: number, message: string): void {
    if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="vejviser"');
    res.status(status);
    if (res.req.accepts(['text/plain', 'html']) === 'html') {
      const body = `${message
        .split('\n')
        .map((line) => serverPageAlert('warning', line))
        .join('')}<p><a href="/overlevering">Stil spørgsmålet i Vejviser</a></p>`;
      const page = serverPage('Arket kan ikke vises', body);
      res.setHeader('Content-Security-Policy', serverPageCsp(false)).type('html').send(page);
      return;
    }
    res.setHeader('Content-Type', 'text/plain; charset=utf-8').send(message);
  }
}
