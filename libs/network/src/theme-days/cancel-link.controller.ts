import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { escapeHtml } from '#core';
import { RegistrationsService } from './registrations.service.js';
import { RegistrationStatus, ThemeDay, ThemeDayRegistration } from './theme-day.entity.js';
import { ThemeDayMails } from './theme-day-mails.js';

const WHEN = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'full', timeStyle: 'short' });

/**
 * The cancellation link in theme-day mails. Opening it only shows a button: mail scanners that
 * follow links must not cancel anyone. Pressing the button (POST) cancels.
 */
@Controller('temadage/afmeld')
export class CancelLinkController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationsService,
  ) {}

  @Get(':token')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  async show(@Param('token') token: string): Promise<string> {
    const found = await this.find(token);
    if (!found) return page('Linket virker ikke', '<p>Linket er ugyldigt eller udløbet. Kontakt arrangøren, hvis du vil melde fra.</p>');
    const { registration, day } = found;
    const facts = `<p><strong>${escapeHtml(day.title)}</strong><br>${escapeHtml(WHEN.format(day.startsAt))}</p>`;
    if (registration.status === RegistrationStatus.CANCELLED) return page('Du er allerede meldt fra', facts);
    const what = registration.status === RegistrationStatus.WAITLISTED ? 'ventelisten til temadagen' : 'temadagen';
    return page(
      `Meld fra ${what}`,
      `${facts}<p>Tilmeldt som ${escapeHtml(registration.name ?? '')}.</p>
       <form method="post"><button type="submit">Meld mig fra</button></form>
       <p class="small">Pladsen går videre til den første på ventelisten.</p>`,
    );
  }

  @Post(':token')
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  async cancel(@Param('token') token: string): Promise<string> {
    const result = await this.registrations.cancelByToken(token);
    if (result instanceof ThemeDayRegistration) {
      return page(
        'Du er meldt fra',
        '<p>Tak for besked. Du får en bekræftelse på mail, og din plads går videre til den næste på ventelisten.</p>',
      );
    }
    return page('Framelding ikke mulig', `<p>${escapeHtml(result.message)}</p>`);
  }

  private async find(token: string): Promise<{ registration: ThemeDayRegistration; day: ThemeDay } | null> {
    const registration = await this.dataSource
      .getRepository(ThemeDayRegistration)
      .findOneBy({ cancelTokenHash: ThemeDayMails.tokenHash(token.trim()) });
    if (!registration) return null;
    const day = await this.dataSource.getRepository(ThemeDay).findOneByOrFail({ id: registration.themeDayId });
    return { registration, day };
  }
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} – Vejviser</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
button{font-size:1rem;padding:.6rem 1.2rem;background:#0b5394;color:#fff;border:0;border-radius:4px;cursor:pointer}.small{color:#555;font-size:.9rem}</style>
</head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}
