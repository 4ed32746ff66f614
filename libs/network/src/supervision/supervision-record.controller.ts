import { Controller, Get, Headers, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ViewerFromRequest } from '#auth';
import { RequestContext, type Viewer } from '#core';
import { SupervisionAttendanceService } from './supervision-attendance.service.js';

/** No scripts, frames or forms: the record is a document to read and print. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * GET /supervision/record/:memberId — the printable record of a member's supervision hours, as
 * HTML, for the member and the network's coordinators. The bearer token goes in the Authorization
 * header, as for /graphql: 401 without a valid one; 404 for a member the viewer may not see, as
 * for one that does not exist.
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
      this.plain(res, 401, 'Adgangstokenet er ugyldigt eller udløbet. Log ind igen.');
      return;
    }
    if (viewer.kind === 'anonymous') {
      this.plain(res, 401, 'Log ind for at se oversigten over din supervision (Authorization: Bearer <token>).');
      return;
    }
    const html = await this.attendance.record(new RequestContext(viewer, req.ip ?? 'unknown'), memberId);
    if (!html) {
      this.plain(res, 404, 'Oversigten findes ikke, eller du har ikke adgang til den.');
      return;
    }
    res.status(200).setHeader('Content-Type', 'text/html; charset=utf-8').setHeader('Content-Security-Policy', CSP).send(html);
  }

  private plain(res: Response, status: number, message: string): void {
    if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="vejviser"');
    res.status(status).setHeader('Content-Type', 'text/plain; charset=utf-8').send(message);
  }
}
