import type { Transporter } from 'nodemailer';
import type { SMTPTransportOptions } from 'nodemailer/lib/smtp-transport';
import { nodemailer, nodemailerMessage } from './mail-composer.js';
import type { MailTransport, OutgoingMail, SentReceipt } from './mail-transport.js';

export interface SmtpTransportOptions {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465; `?requireTLS=true` refuses plain text. */
  url: string;
  /** false only for a server with a self-signed certificate. */
  rejectUnauthorized: boolean;
}

/** Real SMTP through nodemailer: one connection per message, short timeouts so a dead server fails fast and the job retries. */
export class SmtpTransport implements MailTransport {
  readonly kind = 'smtp';
  private transporter: Transporter | null = null;
  private readonly options: SMTPTransportOptions;

  constructor(options: SmtpTransportOptions) {
    // Checked now, so a bad SMTP_URL stops the start; nodemailer is loaded at the first message.
    this.options = smtpOptions(options);
  }

  private async connection(): Promise<Transporter> {
    return (this.transporter ??= (await nodemailer()).createTransport(this.options));
  }

  async send(mail: OutgoingMail): Promise<SentReceipt> {
    const info = await (await this.connection()).sendMail(nodemailerMessage(mail));
    return { accepted: (info.accepted ?? []).map(String), response: String(info.response ?? '') };
  }

  async verify(): Promise<void> {
    await (await this.connection()).verify();
  }

  close(): void {
    this.transporter?.close();
  }
}

/** Parses the URL here rather than in nodemailer, so the TLS setting from configuration always wins and no password reaches an error message. */
export function smtpOptions({ url, rejectUnauthorized }: SmtpTransportOptions): SMTPTransportOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('SMTP_URL er ikke en gyldig URL (forventet smtp://bruger:kode@vært:587 eller smtps://…:465).');
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') {
    throw new Error(`SMTP_URL skal begynde med smtp:// eller smtps:// (fik ${parsed.protocol}//).`);
  }
  const secure = parsed.protocol === 'smtps:';
  const user = decodeURIComponent(parsed.username);
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    requireTLS: parsed.searchParams.get('requireTLS') === 'true',
    auth: user ? { user, pass: decodeURIComponent(parsed.password) } : undefined,
    tls: { rejectUnauthorized },
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    dnsTimeout: 10_000,
  };
}
