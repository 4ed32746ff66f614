import { createHash } from 'node:crypto';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CalendarFeedService } from './calendar-feed.service.js';

const ICS_FILE = /^(.+)\.ics$/;
/** Calendar clients poll; a few minutes of caching spares the database. */
const CACHE_SECONDS = 300;

/** GET /calendar/networks/:id.ics and /calendar/organisations/:id.ics: public theme days as iCalendar feeds. */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get('networks/:file')
  async network(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const id = ICS_FILE.exec(file)?.[1];
    send(req, res, id ? await this.feeds.networkFeed(id) : null, 'Netværket findes ikke, så der er ingen kalender.');
  }

  @Get('organisations/:file')
  async organisation(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const id = ICS_FILE.exec(file)?.[1];
    send(req, res, id ? await this.feeds.organisationFeed(id) : null, 'Organisationen findes ikke, så der er ingen kalender.');
  }
}

function send(req: Request, res: Response, body: string | null, missing: string): void {
  if (body === null) {
    res.status(404).type('text/plain; charset=utf-8').send(missing);
    return;
  }
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', `public, max-age=${CACHE_SECONDS}`);
  if (matches(req.headers['if-none-match'], etag)) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('Content-Disposition', 'inline; filename="temadage.ics"');
  res.status(200).end(body, 'utf8');
}

/** If-None-Match: "*" or a list of (possibly weak) tags. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
