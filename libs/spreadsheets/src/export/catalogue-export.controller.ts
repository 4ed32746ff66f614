import { Controller, Get, Headers, Logger, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ViewerFromRequest } from '#auth';
import { BadInputError, RequestContext, copenhagenDate, type Viewer } from '#core';
import { readCatalogueRequest } from './catalogue-params.js';
import { CatalogueSheet } from './catalogue-sheet.js';
import { SHEET_FORMATS, type SheetFormat } from './sheet-writers.js';

type Query = Parameters<typeof readCatalogueRequest>[0];

/**
 * GET /eksport/katalog.csv and /eksport/katalog.xlsx?kommune=0217&situationer=…&alder-fra=13&alder-til=17&adgangsvej=anonym
 * — the catalogue as a spreadsheet (offers, contacts, organisations and units, a Type column telling them apart), with
 * the catalogue's and the web app's search filters (catalogue-params.ts). Anyone gets the public data; a professional
 * signed in (a bearer token in the Authorization header, as for /graphql) who adds `medarbejderlinjer=1` also gets
 * the staff lines of offers and contacts, in a column of their own. A bad parameter
 * is a Danish 400 before anything is written.
 */
@Controller('eksport')
export class CatalogueExportController {
  private readonly logger = new Logger('CatalogueExport');

  constructor(
    private readonly viewers: ViewerFromRequest,
    private readonly sheets: CatalogueSheet,
  ) {}

  @Get('katalog.csv')
  csv(@Query() query: Query, @Headers('authorization') authorization: string | undefined, @Req() req: Request, @Res() res: Response) {
    return this.export('csv', query, authorization, req, res);
  }

  @Get('katalog.xlsx')
  xlsx(@Query() query: Query, @Headers('authorization') authorization: string | undefined, @Req() req: Request, @Res() res: Response) {
    return this.export('xlsx', query, authorization, req, res);
  }

  private async export(format: SheetFormat, query: Query, authorization: string | undefined, req: Request, res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Robots-Tag', 'noindex');
    let viewer: Viewer;
    try {
      viewer = await this.viewers.viewer(authorization);
    } catch {
      res.setHeader('WWW-Authenticate', 'Bearer realm="vejviser"');
      return this.refuse(res, 401, 'Adgangstokenet er ugyldigt eller udløbet. Log ind igen, eller hent regnearket uden token.');
    }
    const request = readCatalogueRequest(query);
    if (!request.ok) return this.refuse(res, 400, request.message);
    const ctx = new RequestContext(viewer, req.ip ?? 'unknown');
    if (request.staffLines && !ctx.seesStaffChannels) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="vejviser"');
      return this.refuse(
        res,
        401,
        'Medarbejderlinjer er kun for fagpersoner, der er logget ind. Log ind, eller hent regnearket uden medarbejderlinjer=1.',
      );
    }
    let data;
    try {
      data = await this.sheets.open(request.selection, request.kinds, request.staffLines);
    } catch (error) {
      if (error instanceof BadInputError) return this.refuse(res, 400, error.message);
      throw error;
    }
    const { contentType, write } = SHEET_FORMATS[format];
    res.status(200).setHeader('Content-Type', contentType);
    res.setHeader('Content-Disposition', `attachment; filename="tilbudskatalog-${copenhagenDate()}.${format}"`);
    try {
      await write(data, res);
    } catch (error) {
      // The answer has begun: it cannot become an error page, so it is cut off (the client sees it incomplete).
      this.logger.error(`Eksporten af tilbudskataloget stoppede: ${error instanceof Error ? error.message : String(error)}`);
      res.destroy();
    }
  }

  private refuse(res: Response, status: number, message: string): void {
    res.status(status).setHeader('Content-Type', 'text/plain; charset=utf-8').send(message);
  }
}
