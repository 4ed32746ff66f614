import { Controller, Get, Headers, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ViewerFromRequest } from '#auth';
import { RequestContext, serverPage, serverPageAlert, serverPageCsp, type Viewer } from '#core';
import { SupervisionAttendanceService } from './supervision-attendance.service.js';
import { SUPERVISION_RECORD_CSS } from './supervision-record.js';

/** No scripts, frames or forms: the record is a document to read and print (styles and fonts from the app). */
const CSP = serverPageCsp(false);
const RECORD_CSP = serverPageCsp(false, SUPERVISION_RECORD_CSS);

/**
 * GET /supervision/record/:memberId — the printable record of a member's supervision hours, as
 * HTML, for the member and the network's coordinators. The bearer token goes in the Authorization
 * header, as for /graphql: 401 without a valid one; 404 for a member the viewer may not see, as
 * for one that does not exist. A browser gets those answers as pages in the app's look, others as plain text.
 */
@Controller('supervision')
export class SupervisionRecordController {
  constructor(
    private readonly viewers: ViewerFromRequest,
    private readonly attendance: SupervisionAttendanceService,
  ) {}

  @Get('record/:memberId')
  async record(
    @Param('memberId') memberId: string,
    @Headers('authorization') authorization: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    let viewer: Viewer;
    try {
      viewer = await this.viewers.viewer(authorization);
    } catch {
      this.refuse(req, res, 401, 'Adgangstokenet er ugyldigt eller udløbet. Log ind igen.');
      return;
    }
    if (viewer.kind === 'anonymous') {
      this.refuse(req, res, 401, 'Log ind for at se oversigten over din supervision (Authorization: Bearer <token>).');
      return;
    }
    const html = await this.attendance.record(new RequestContext(viewer, req.ip ?? 'unknown'), memberId);
    if (!html) {
      this.refuse(req, res, 404, 'Oversigten findes ikke, eller du har ikke adgang til den.');
      return;
    }
    res.status(200).setHeader('Content-Type', 'text/html; charset=utf-8').setHeader('Content-Security-Policy', RECORD_CSP).send(html);
  }

  private refuse(req: Request, res: Response, status: 401 | 404, message: string): void {
    if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="vejviser"');
    res.status(status);
    if (!req.headers.accept?.includes('text/html')) {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8').send(message);
      return;
    }
    const page =
      status === 401
        ? serverPage(
            'Log ind for at se oversigten',
            `${serverPageAlert('warning', 'Oversigten over din supervision vises kun for dig og netværkets koordinatorer, når I er logget ind.')}<p><a href="/log-ind">Log ind i Vejviser</a></p>`,
          )
        : serverPage('Oversigten findes ikke', `${serverPageAlert('warning', message)}<p><a href="/">Til Vejviser</a></p>`);
    res.setHeader('Content-Type', 'text/html; charset=utf-8').setHeader('Content-Security-Policy', CSP).send(page);
  }
}
