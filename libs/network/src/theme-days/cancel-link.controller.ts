import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { danishFormat, escapeHtml, serverPage, serverPageAlert, serverPageButton, serverPageCsp } from '#core';
import { RegistrationsService } from './registrations.service.js';
import { RegistrationStatus, ThemeDay, ThemeDayRegistration } from './theme-day.entity.js';
import { ThemeDayMails } from './theme-day-mails.js';

/** No scripts or frames; styles and fonts from the app; the button posts back to the page. */
const CSP = serverPageCsp(true);
const WHEN = danishFormat.fullDateTime;

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
  @Header('Content-Security-Policy', CSP)
  async show(@Param('token') token: string): Promise<string> {
    const found = await this.find(token);
    if (!found)
      return serverPage(
        'Linket virker ikke',
        serverPageAlert('warning', 'Linket er ugyldigt eller udløbet. Kontakt arrangøren, hvis du vil melde fra.'),
      );
    const { registration, day } = found;
    const facts = `<p><strong>${escapeHtml(day.title)}</strong><br>${escapeHtml(WHEN.format(day.startsAt))}</p>`;
    if (registration.status === RegistrationStatus.CANCELLED) return serverPage('Du er allerede meldt fra', facts);
    const what = registration.status === RegistrationStatus.WAITLISTED ? 'ventelisten til temadagen' : 'temadagen';
    return serverPage(
      `Meld fra ${what}`,
      `${facts}<p>Tilmeldt som ${escapeHtml(registration.name ?? '')}.</p>
       ${serverPageButton('Meld mig fra')}
       <p class="small">Pladsen går videre til den første på ventelisten.</p>`,
    );
  }

  @Post(':token')
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Content-Security-Policy', CSP)
  async cancel(@Param('token') token: string): Promise<string> {
    const result = await this.registrations.cancelByToken(token);
    if (result instanceof ThemeDayRegistration) {
      return serverPage(
        'Du er meldt fra',
        serverPageAlert('success', 'Tak for besked. Du får en bekræftelse på mail, og din plads går videre til den næste på ventelisten.'),
      );
    }
    return serverPage('Framelding ikke mulig', serverPageAlert('warning', result.message));
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
