import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BadRequestException, Controller, Get, Header, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import type { ParsedMail } from 'mailparser';
import { pageCsp } from '#core';
import { mailboxPage, messagePage, templateListPage, templatePage, type MailboxEntry } from './dev-mailbox.pages.js';
import { MAIL_TEMPLATES, isMailTemplateName, renderTemplate, renderedSamples } from './templates/index.js';

/** Provider token: the folder the file transport writes to. */
export const MAILBOX_DIR = Symbol('MAILBOX_DIR');

const HTML = 'text/html; charset=utf-8';
/**
 * No scripts anywhere on these pages, including inside the mails shown. Styles stay inline ('unsafe-inline'): a mail
 * is styled by style attributes and <style> (mail clients take nothing else), and it is shown in a sandboxed
 * srcdoc frame, which keeps this page's policy. Dev only; never served in production.
 */
const CSP = pageCsp({ 'style-src': ["'unsafe-inline'"], 'img-src': ["'self'", 'data:'] });
const LISTED = 200;
const EML_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.eml$/;
const PARTS = ['html', 'text', 'ics'] as const;

/** The dev mailbox: the .eml files the file transport wrote, and previews of every template. Never registered in production. */
@Controller('dev/mailbox')
export class DevMailboxController {
  constructor(@Inject(MAILBOX_DIR) private readonly dir: string) {}

  @Get()
  @Header('Content-Type', HTML)
  @Header('Content-Security-Policy', CSP)
  async list(): Promise<string> {
    const files = await this.files();
    const entries: MailboxEntry[] = await Promise.all(
      files.slice(0, LISTED).map(async (file) => ({ file, mail: await this.parse(file).catch(() => null) })),
    );
    return mailboxPage(entries, files.length);
  }

  @Get('messages/:file')
  @Header('Content-Type', HTML)
  @Header('Content-Security-Policy', CSP)
  async message(@Param('file') file: string): Promise<string> {
    return messagePage(file, await this.parse(file));
  }

  @Get('messages/:file/raw')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  async raw(@Param('file') file: string): Promise<string> {
    return (await this.read(file)).toString('utf8');
  }

  @Get('templates')
  @Header('Content-Type', HTML)
  @Header('Content-Security-Policy', CSP)
  templates(): string {
    return templateListPage(renderedSamples());
  }

  @Get('templates/:name')
  @Header('Content-Type', HTML)
  @Header('Content-Security-Policy', CSP)
  template(@Param('name') name: string, @Query('part') part?: string): string {
    if (!isMailTemplateName(name)) throw new NotFoundException(`Ukendt skabelon: ${name}`);
    const shown = part ?? 'html';
    if (!isPart(shown)) throw new BadRequestException(`Ukendt del "${shown}"; vælg html, text eller ics.`);
    const template = MAIL_TEMPLATES[name];
    const rendered = renderTemplate(name, template.sample);
    if (shown === 'ics' && !rendered.icalEvent) throw new NotFoundException(`Skabelonen ${name} har ingen kalenderdel.`);
    return templatePage(template, rendered, shown);
  }

  /** The .eml files, newest first (names begin with the time they were written). */
  private async files(): Promise<string[]> {
    const names = await readdir(this.dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    return names.filter((name) => EML_FILE.test(name)).sort((a, b) => b.localeCompare(a));
  }

  /** mailparser is a dev dependency: loaded only when the mailbox is used, so production never needs it. */
  private async parse(file: string): Promise<ParsedMail> {
    const { simpleParser } = await import('mailparser');
    return simpleParser(await this.read(file));
  }

  /** Only a plain "*.eml" name directly in the mailbox folder; anything else is refused before the disk is touched. */
  private async read(file: string): Promise<Buffer> {
    if (!EML_FILE.test(file)) throw new BadRequestException('Ugyldigt filnavn.');
    return readFile(join(this.dir, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new NotFoundException('Mailen findes ikke.');
      throw error;
    });
  }
}

function isPart(value: string): value is (typeof PARTS)[number] {
  return (PARTS as readonly string[]).includes(value);
}
